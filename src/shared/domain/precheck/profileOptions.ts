import type { DocumentKind } from '../documentKinds';
import { validityRuleFor, type RuleProfile } from '../ruleProfileSchema';
import type { PrecheckOptions } from './types';

/**
 * The pre-check numbers of a rule profile for a document kind: the days from publication to 施行 and the
 * validity term by title (通告, 暂行/试行, general — RULES §1.8–1.9 are local rules, so the profile decides).
 */
export function precheckOptionsFor(profile: RuleProfile, kind: DocumentKind): Partial<PrecheckOptions> {
  return {
    minDaysToEffect: profile.effectiveDate.minDaysAfterPublication,
    validityTerm: (title) => {
      const match = validityRuleFor(profile, kind, title);
      if (!match) return null;
      const appliesTo = match.rule === 'general' ? '文件' : `${match.basis}的文件`;
      return { maxYears: match.term.maxYears, appliesTo };
    },
  };
}
