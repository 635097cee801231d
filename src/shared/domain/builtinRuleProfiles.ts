import nationalDefault from '../../../resources/rule-profiles/national-default.json';
import shanghaiExample from '../../../resources/rule-profiles/shanghai-example.json';
import { RuleProfile } from './ruleProfileSchema';

/** The profiles shipped with the app; the administrator picks one at setup and may edit a copy. */
export const BUILTIN_RULE_PROFILES: readonly RuleProfile[] = [nationalDefault, shanghaiExample].map(
  (profile) => RuleProfile.parse(profile),
);

export const DEFAULT_RULE_PROFILE_ID = 'national-default';

export function builtinRuleProfile(id: string): RuleProfile | null {
  return BUILTIN_RULE_PROFILES.find((profile) => profile.id === id) ?? null;
}

/** The national default, for tests and for a workspace that has not chosen a profile yet. */
export function defaultRuleProfile(): RuleProfile {
  const profile = builtinRuleProfile(DEFAULT_RULE_PROFILE_ID);
  if (!profile) throw new Error('内置的全国通用默认规则缺失');
  return profile;
}
