import { type IsoDate, daysInMonth, fromDayNumber, toDayNumber } from './calendar/isoDate';
import type { HolidayTable } from './calendar/holidayTable';
import { isWorkingDay } from './calendar/workingDays';
import { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, type DocumentKind } from './documentKinds';
import { DOCUMENT_STATUSES, DOCUMENT_STATUS_LABELS, type DocumentStatus } from './documentStatus';
import { DISPOSITIONS, DISPOSITION_LABELS, type Disposition } from './cleanup/campaigns';

/**
 * The office's figures for a year or a quarter (统计): what was reviewed, how filings went (报备率,
 * 报备及时率, 规范率 — RULES.md §2.2, indicator 27 of the 法治政府 assessment) and what cleanup decided.
 * Every figure keeps the ids of the documents behind it, so the page can list them.
 */

export interface StatsPeriod {
  year: number;
  quarter?: 1 | 2 | 3 | 4;
}

/** First and last day of the period, both included. */
export function periodRange(period: StatsPeriod): { from: IsoDate; to: IsoDate } {
  const firstMonth = period.quarter ? (period.quarter - 1) * 3 + 1 : 1;
  const lastMonth = period.quarter ? firstMonth + 2 : 12;
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    from: `${period.year}-${pad(firstMonth)}-01`,
    to: `${period.year}-${pad(lastMonth)}-${pad(daysInMonth(period.year, lastMonth))}`,
  };
}

export function periodLabel(period: StatsPeriod): string {
  return period.quarter ? `${period.year}年第${period.quarter}季度` : `${period.year}年`;
}

/** What the figures are computed from, as read from the database for the period, each list by document id. */
export interface StatsFacts {
  /** Documents registered in the period. */
  documents: { id: string; kind: DocumentKind; status: DocumentStatus }[];
  /** Review cases received or concluded in the period. */
  reviews: {
    documentId: string;
    reviewerId: string;
    reviewerName: string;
    /** 材料齐全之日: the review clock starts the day after. */
    materialsCompleteOn: IsoDate;
    receivedOn: IsoDate;
    dueOn: IsoDate;
    conclusion: string | null;
    conclusionLabel: string | null;
    concludedOn: IsoDate | null;
  }[];
  /** Documents of a kind that must be filed, published in the period. */
  issuances: { documentId: string; publishedOn: IsoDate; filingDueOn: IsoDate | null }[];
  /** Every filing submission of those documents. */
  submissions: {
    documentId: string;
    round: number;
    sentOn: IsoDate;
    dueOn: IsoDate;
    state: 'awaiting' | 'filed' | 'correction' | 'refused' | 'superseded';
  }[];
  /** Cleanup dispositions decided in the period. */
  dispositions: { documentId: string; disposition: Disposition }[];
  /** Sign-offs signed in the period. */
  signoffs: { documentId: string; signerId: string; signerName: string }[];
}

/** A count and the documents behind it. */
export interface Figure {
  key: string;
  label: string;
  count: number;
  documentIds: string[];
}

/** A rate: null when nothing is in the denominator (shown as “—”). */
export interface Rate {
  key: string;
  label: string;
  numerator: Figure;
  denominator: Figure;
  value: number | null;
}

export interface Statistics {
  period: StatsPeriod;
  from: IsoDate;
  to: IsoDate;
  documents: { total: Figure; byKind: Figure[]; byStatus: Figure[] };
  reviews: {
    received: Figure;
    concluded: Figure;
    byOutcome: Figure[];
    byReviewer: Figure[];
    /** Working days from 材料齐全 to conclusion, over concluded reviews; null when none. */
    medianWorkingDays: number | null;
    p90WorkingDays: number | null;
    overdue: Figure;
  };
  filings: {
    shouldFile: Figure;
    filed: Figure;
    onTime: Figure;
    registeredClean: Figure;
    filingRate: Rate;
    timelyRate: Rate;
    regularRate: Rate;
    correctionsRequested: Figure;
    correctionsDone: Figure;
  };
  cleanup: { total: Figure; byDisposition: Figure[] };
  signoffs: { total: Figure; byCounsel: Figure[] };
}

/** The ids in the order given (the facts come sorted by document id), each once. */
function figure(key: string, label: string, ids: Iterable<string>): Figure {
  const documentIds = [...new Set(ids)];
  return { key, label, count: documentIds.length, documentIds };
}

function rate(key: string, label: string, numerator: Figure, denominator: Figure): Rate {
  return {
    key,
    label,
    numerator,
    denominator,
    value: denominator.count === 0 ? null : numerator.count / denominator.count,
  };
}

/** Rates as the page and the CLI print them: “—” when there is nothing to divide by. */
export function formatRate(value: number | null): string {
  return value === null ? '—' : `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Nearest-rank percentile of sorted values: the smallest value with at least p of them at or below it. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1] ?? null;
}

/** Median: the middle value, or the mean of the two middle values. */
export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

const within = (date: IsoDate | null, from: IsoDate, to: IsoDate): date is IsoDate =>
  date !== null && date >= from && date <= to;

/**
 * Working days after `from` up to and including `to` (calendar/workingDays' workingDaysBetween) for many
 * pairs: the working days of the span are counted once into running totals, so a year of reviews costs
 * one pass over its days rather than one per review.
 */
function workingDayCounter(pairs: readonly { from: IsoDate; to: IsoDate }[], holidays: HolidayTable) {
  if (pairs.length === 0) return () => 0;
  let first = Infinity;
  let last = -Infinity;
  for (const { from, to } of pairs) {
    first = Math.min(first, toDayNumber(from), toDayNumber(to));
    last = Math.max(last, toDayNumber(from), toDayNumber(to));
  }
  // running[i]: working days in (first, first + i].
  const running = new Int32Array(last - first + 1);
  for (let day = first + 1; day <= last; day += 1) {
    const index = day - first;
    running[index] = (running[index - 1] ?? 0) + (isWorkingDay(fromDayNumber(day), holidays) ? 1 : 0);
  }
  return (from: IsoDate, to: IsoDate) =>
    (running[toDayNumber(to) - first] ?? 0) - (running[toDayNumber(from) - first] ?? 0);
}

export function computeStatistics(
  period: StatsPeriod,
  facts: StatsFacts,
  holidays: HolidayTable,
  today: IsoDate,
): Statistics {
  const { from, to } = periodRange(period);
  const ids = <T extends { documentId: string }>(rows: readonly T[]) => rows.map((row) => row.documentId);

  const documents = {
    total: figure(
      'documents',
      '登记文件',
      facts.documents.map((d) => d.id),
    ),
    byKind: DOCUMENT_KINDS.map((kind) =>
      figure(
        `kind:${kind}`,
        DOCUMENT_KIND_LABELS[kind],
        facts.documents.filter((d) => d.kind === kind).map((d) => d.id),
      ),
    ).filter((f) => f.count > 0),
    byStatus: DOCUMENT_STATUSES.map((status) =>
      figure(
        `status:${status}`,
        DOCUMENT_STATUS_LABELS[status],
        facts.documents.filter((d) => d.status === status).map((d) => d.id),
      ),
    ).filter((f) => f.count > 0),
  };

  const received = facts.reviews.filter((r) => within(r.receivedOn, from, to));
  const concluded = facts.reviews.filter((r) => within(r.concludedOn, from, to));
  const spans = concluded.map((r) => ({
    from: r.materialsCompleteOn,
    to: r.concludedOn ?? r.materialsCompleteOn,
  }));
  const workingDays = workingDayCounter(spans, holidays);
  const durations = spans.map(({ from: start, to: end }) => workingDays(start, end)).sort((a, b) => a - b);
  // Over the deadline: concluded after the due day, or still open in the period past it.
  const end = today < to ? today : to;
  const overdue = facts.reviews.filter((r) =>
    r.concludedOn === null ? r.dueOn < end : within(r.concludedOn, from, to) && r.concludedOn > r.dueOn,
  );
  const reviews = {
    received: figure('reviews:received', '受理审核', ids(received)),
    concluded: figure('reviews:concluded', '审核办结', ids(concluded)),
    byOutcome: [...groupBy(concluded, (r) => r.conclusion ?? '').entries()]
      .map(([code, rows]) => figure(`outcome:${code}`, rows[0]?.conclusionLabel ?? code, ids(rows)))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh')),
    byReviewer: [
      ...groupBy(
        facts.reviews.filter((r) => within(r.receivedOn, from, to) || within(r.concludedOn, from, to)),
        (r) => r.reviewerId,
      ).entries(),
    ]
      .map(([reviewerId, rows]) => figure(`reviewer:${reviewerId}`, rows[0]?.reviewerName ?? '', ids(rows)))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh')),
    medianWorkingDays: median(durations),
    p90WorkingDays: percentile(durations, 0.9),
    overdue: figure('reviews:overdue', '超期审核', ids(overdue)),
  };

  const due = facts.issuances.filter((i) => within(i.publishedOn, from, to));
  const dueIds = new Set(ids(due));
  const submissions = groupBy(
    facts.submissions.filter((s) => dueIds.has(s.documentId)),
    (s) => s.documentId,
  );
  const filedIds: string[] = [];
  const onTimeIds: string[] = [];
  const cleanIds: string[] = [];
  const requestedIds: string[] = [];
  const doneIds: string[] = [];
  for (const [documentId, rows] of submissions) {
    filedIds.push(documentId);
    // 报备及时: the first round reached every organ by its deadline (the deadline day itself counts).
    if (rows.filter((s) => s.round === 1).every((s) => s.sentOn <= s.dueOn)) onTimeIds.push(documentId);
    const corrected = rows.some((s) => s.state === 'correction' || s.state === 'superseded');
    if (corrected) requestedIds.push(documentId);
    if (corrected && !rows.some((s) => s.state === 'correction')) doneIds.push(documentId);
    // 规范: registered as first sent, never 暂缓 or sent back for correction.
    if (!corrected && rows.length > 0 && rows.every((s) => s.state === 'filed')) cleanIds.push(documentId);
  }
  const shouldFile = figure('filings:due', '应报备', dueIds);
  const filed = figure('filings:filed', '已报备', filedIds);
  const onTime = figure('filings:onTime', '按时报备', onTimeIds);
  const registeredClean = figure('filings:clean', '直接登记（未暂缓）', cleanIds);
  const filings = {
    shouldFile,
    filed,
    onTime,
    registeredClean,
    filingRate: rate('rate:filing', '报备率', filed, shouldFile),
    timelyRate: rate('rate:timely', '报备及时率', onTime, filed),
    regularRate: rate('rate:regular', '规范率', registeredClean, filed),
    correctionsRequested: figure('filings:correctionRequested', '要求纠正/补正', requestedIds),
    correctionsDone: figure('filings:correctionDone', '已纠正/补正', doneIds),
  };

  const cleanup = {
    total: figure('cleanup', '清理文件', ids(facts.dispositions)),
    byDisposition: DISPOSITIONS.map((disposition) =>
      figure(
        `disposition:${disposition}`,
        DISPOSITION_LABELS[disposition],
        ids(facts.dispositions.filter((d) => d.disposition === disposition)),
      ),
    ),
  };

  const signoffs = {
    total: figure('signoffs', '法律顾问签署', ids(facts.signoffs)),
    byCounsel: [...groupBy(facts.signoffs, (s) => s.signerId).entries()]
      .map(([signerId, rows]) => figure(`counsel:${signerId}`, rows[0]?.signerName ?? '', ids(rows)))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh')),
  };

  return { period, from, to, documents, reviews, filings, cleanup, signoffs };
}
