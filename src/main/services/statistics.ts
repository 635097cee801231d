import type { ParsedInput, StatsDocument, StatsView } from '../../shared/api';
import { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS } from '../../shared/domain/documentKinds';
import { computeStatistics, periodRange, type Statistics } from '../../shared/domain/statistics';
import { firstDocumentYear, listStatsTitles, readStatsFacts } from '../db/repos/statistics';
import type { Deps } from '../deps';
import { activeRuleProfile, holidayTable, today } from './rules';

/** The year's (or quarter's) figures, computed from the registers on the project's working-day calendar. */
export function computeStats(deps: Deps, input: ParsedInput<'stats.get'>): Statistics {
  const profile = activeRuleProfile(deps).profile;
  const filedKinds = DOCUMENT_KINDS.filter((kind) => profile.filing[kind].required);
  const period = input.quarter ? { year: input.year, quarter: input.quarter } : { year: input.year };
  const facts = readStatsFacts(deps.db, { ...periodRange(period), filedKinds });
  return computeStatistics(period, facts, holidayTable(deps), today(deps));
}

/** `stats.get`: the figures and the years to choose from. */
export function getStats(deps: Deps, input: ParsedInput<'stats.get'>): StatsView {
  const stats = computeStats(deps, input);
  const thisYear = Number(today(deps).slice(0, 4));
  const first = Math.min(firstDocumentYear(deps.db) ?? thisYear, thisYear, input.year);
  const last = Math.max(thisYear, input.year);
  const years = Array.from({ length: last - first + 1 }, (_unused, index) => last - index);
  return { ...stats, years };
}

/** `stats.documents`: the documents behind an opened figure, enough to list and open each. */
export function statsDocuments(deps: Deps, input: ParsedInput<'stats.documents'>): StatsDocument[] {
  return listStatsTitles(deps.db, input.ids).map(({ kind, ...title }) => ({
    ...title,
    kindLabel: DOCUMENT_KIND_LABELS[kind],
  }));
}
