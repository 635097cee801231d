import type { ParsedInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import { deadline } from '../../shared/domain/calendar/deadline';
import {
  BUNDLED_HOLIDAYS,
  type HolidayTable,
  type HolidayYearImport,
  holidayDataYears,
  withImportedYears,
} from '../../shared/domain/calendar/holidayTable';
import type { IsoDate } from '../../shared/domain/calendar/isoDate';
import { RuleProfile } from '../../shared/domain/ruleProfileSchema';
import {
  BUILTIN_RULE_PROFILES,
  DEFAULT_RULE_PROFILE_ID,
  builtinRuleProfile,
} from '../../shared/domain/builtinRuleProfiles';
import { getSetting, putSetting } from '../db/repos/settings';
import type { Deps } from '../deps';
import type { ServiceContext } from './context';

const PROFILE_KEY = 'ruleProfile';
const HOLIDAYS_KEY = 'holidayYears';

type StoredProfile = { id: string } | { custom: unknown };

interface ActiveProfile {
  profile: RuleProfile;
  customized: boolean;
  /** The agency's edited copy no longer passes validation (e.g. written by another version): unused. */
  customUnreadable: boolean;
}

/**
 * The agency's rule profile: a built-in one, or its own edited copy (validated again on every read). An
 * edited copy that no longer validates is not used: the built-in profile it started from (or the
 * default) applies, and the rules view says so, so the administrator can set it again.
 */
export function activeRuleProfile(deps: Deps): ActiveProfile {
  const stored = getSetting<StoredProfile>(deps.db, PROFILE_KEY);
  let customUnreadable = false;
  let id = DEFAULT_RULE_PROFILE_ID;
  if (stored && 'custom' in stored) {
    const parsed = RuleProfile.safeParse(stored.custom);
    if (parsed.success) return { profile: parsed.data, customized: true, customUnreadable };
    customUnreadable = true;
    const startedFrom = (stored.custom as { id?: unknown } | null)?.id;
    if (typeof startedFrom === 'string') id = startedFrom;
  } else if (stored && 'id' in stored) {
    id = stored.id;
  }
  const profile = builtinRuleProfile(id) ?? builtinRuleProfile(DEFAULT_RULE_PROFILE_ID);
  if (!profile) throw new Error('no built-in rule profile');
  return { profile, customized: false, customUnreadable };
}

function importedYears(deps: Deps): HolidayYearImport[] {
  return getSetting<HolidayYearImport[]>(deps.db, HOLIDAYS_KEY) ?? [];
}

/** The working-day calendar: chinese-days' years plus what the administrator imported. */
export function holidayTable(deps: Deps): HolidayTable {
  return withImportedYears(BUNDLED_HOLIDAYS, importedYears(deps));
}

/** The active rule profile, the built-in ones to choose from and the years the calendar knows. */
export function getRules(deps: Deps) {
  const { profile, customized, customUnreadable } = activeRuleProfile(deps);
  return {
    profile,
    customized,
    customUnreadable,
    builtins: BUILTIN_RULE_PROFILES.map(({ id, name, description }) => ({ id, name, description })),
    holidayYears: holidayDataYears(holidayTable(deps)),
    importedHolidayYears: importedYears(deps).map((entry) => entry.year),
  };
}

export function setProfile(ctx: ServiceContext, input: ParsedInput<'rules.setProfile'>) {
  ctx.describeChange({ targetType: 'settings', targetId: PROFILE_KEY });
  if (input.id !== undefined) {
    if (!builtinRuleProfile(input.id)) throw new DomainError('NOT_FOUND', '没有这个规则配置。');
    putSetting(ctx.db, PROFILE_KEY, { id: input.id });
    ctx.describeChange({ detail: { profile: input.id } });
  } else if (input.profile) {
    putSetting(ctx.db, PROFILE_KEY, { custom: input.profile });
    ctx.describeChange({ detail: { profile: input.profile.id, customized: true, name: input.profile.name } });
  }
  return getRules(ctx);
}

/** An imported year replaces an earlier import (or the bundled data) of the same year. */
export function importHolidays(ctx: ServiceContext, input: ParsedInput<'rules.importHolidays'>) {
  const years = new Map(importedYears(ctx).map((entry) => [entry.year, entry]));
  for (const entry of input.file) years.set(entry.year, entry);
  putSetting(
    ctx.db,
    HOLIDAYS_KEY,
    [...years.values()].sort((a, b) => a.year - b.year),
  );
  ctx.describeChange({
    targetType: 'settings',
    targetId: HOLIDAYS_KEY,
    detail: { years: input.file.map((entry) => entry.year) },
  });
  return getRules(ctx);
}

/** A deadline on this workstation's working-day calendar (imported holiday years included). */
export function computeDeadline(ctx: ServiceContext, input: ParsedInput<'calendar.deadline'>) {
  return deadline(input.from, { count: input.count, unit: input.unit }, holidayTable(ctx));
}

/** Today in the workstation's local time, as the calendar counts days. */
export function today(deps: Deps): IsoDate {
  const now = deps.clock.now();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
