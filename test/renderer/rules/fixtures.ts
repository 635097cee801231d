import type { ChannelOutput } from '../../../src/shared/api';
import { BUILTIN_RULE_PROFILES, builtinRuleProfile } from '../../../src/shared/domain/builtinRuleProfiles';

type RulesView = ChannelOutput<'rules.get'>;

const BUNDLED_YEARS = Array.from({ length: 2026 - 2004 + 1 }, (_, index) => 2004 + index);

/** What 'rules.get' answers on a fresh workstation: the shipped national profile, bundled holidays. */
export function rulesView(overrides: Partial<RulesView> = {}): RulesView {
  const profile = builtinRuleProfile('national-default');
  if (!profile) throw new Error('national-default profile missing');
  return {
    profile,
    customized: false,
    customUnreadable: false,
    builtins: BUILTIN_RULE_PROFILES.map(({ id, name, description }) => ({ id, name, description })),
    holidayYears: BUNDLED_YEARS,
    importedHolidayYears: [],
    ...overrides,
  };
}
