import type { DocumentKind } from '../documentKinds';
import { validityTermFor, type RuleProfile } from '../ruleProfileSchema';
import type { PrecheckOptions } from './types';

/**
 * The pre-check numbers a rule profile sets for a kind, as the review service passes them when it opens a
 * case: the general and 暂行/试行 validity limits and the minimum days from publication to 施行.
 */
export function profilePrecheckOptions(profile: RuleProfile, kind: DocumentKind): Partial<PrecheckOptions> {
  const general = validityTermFor(profile, kind, '');
  const provisional = validityTermFor(profile, kind, '暂行');
  return {
    ...(general ? { maxValidityYears: general.maxYears } : {}),
    ...(provisional ? { provisionalMaxValidityYears: provisional.maxYears } : {}),
    minDaysToEffect: profile.effectiveDate.minDaysAfterPublication,
  };
}
