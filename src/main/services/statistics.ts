import { DomainError, type ParsedInput, type StatsDocument, type StatsView } from '../../shared/api';
import { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS } from '../../shared/domain/documentKinds';
import { computeStatistics, type Figure, periodRange, type Statistics } from '../../shared/domain/statistics';
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

/** The figures as the page shows them: counts only, the ids staying in main until a figure is opened. */
function countsOnly<T>(value: T): T {
  if (Array.isArray(value)) return value.map(countsOnly) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key !== 'documentIds') copy[key] = countsOnly(inner);
  }
  return copy as T;
}

/** The figure with this key, wherever it stands in the statistics. */
function findFigure(value: unknown, key: string): Figure | null {
  if (Array.isArray(value)) {
    for (const inner of value) {
      const found = findFigure(inner, key);
      if (found) return found;
    }
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  if (record.key === key && Array.isArray(record.documentIds)) return record as unknown as Figure;
  for (const [name, inner] of Object.entries(record)) {
    if (name === 'documentIds') continue;
    const found = findFigure(inner, key);
    if (found) return found;
  }
  return null;
}

/** `stats.get`: the figures and the years to choose from. */
export function getStats(deps: Deps, input: ParsedInput<'stats.get'>): StatsView {
  const stats = countsOnly(computeStats(deps, input));
  const thisYear = Number(today(deps).slice(0, 4));
  const first = Math.min(firstDocumentYear(deps.db) ?? thisYear, thisYear, input.year);
  const last = Math.max(thisYear, input.year);
  const years = Array.from({ length: last - first + 1 }, (_unused, index) => last - index);
  return { ...stats, years };
}

/** `stats.documents`: the documents behind one figure of the period, enough to list and open each. */
export function statsDocuments(deps: Deps, input: ParsedInput<'stats.documents'>): StatsDocument[] {
  const figure = findFigure(computeStats(deps, input), input.key);
  if (!figure) throw new DomainError('NOT_FOUND', '没有这项统计数字。');
  const titles = new Map(listStatsTitles(deps.db, figure.documentIds).map((title) => [title.id, title]));
  return figure.documentIds.flatMap((id) => {
    const title = titles.get(id);
    return title
      ? [{ id, title: title.title, docNumber: title.docNumber, kindLabel: DOCUMENT_KIND_LABELS[title.kind] }]
      : [];
  });
}
