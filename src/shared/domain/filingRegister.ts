import { daySetsOf, type HolidayTable, type HolidayYear } from './calendar/holidayTable';
import { type IsoDate, toDayNumber } from './calendar/isoDate';
import type { FilingResult } from './ruleCodes';

/**
 * The filing register (备案登记簿): one submission per recipient per round, its outcome from the filing
 * organ, and the clocks that run on it. Pure rules shared by the services, the views and the CLI.
 */

/** How a package was sent: 纸质 / 电子 / 备案审查信息平台. */
export const FILING_METHODS = ['paper', 'electronic', 'platform'] as const;
export type FilingMethod = (typeof FILING_METHODS)[number];
export const FILING_METHOD_LABELS: Record<FilingMethod, string> = {
  paper: '纸质报送',
  electronic: '电子报送',
  platform: '备案审查信息平台',
};

/**
 * Where one submission stands. `superseded`: the recipient asked for a correction and a later round
 * answered it; the row keeps its outcome (暂缓/纠正), only its clock no longer runs.
 */
export const SUBMISSION_STATES = ['awaiting', 'filed', 'correction', 'refused', 'superseded'] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];
export const SUBMISSION_STATE_LABELS: Record<SubmissionState, string> = {
  awaiting: '已报送待登记',
  filed: '已备案',
  correction: '暂缓/补正中',
  refused: '不予备案',
  superseded: '已重新报送',
};

/** The register's views: its rows by state, plus what is not yet sent and what is overdue. */
export const REGISTER_VIEWS = ['to_submit', 'awaiting', 'correction', 'filed', 'refused', 'overdue'] as const;
export type RegisterView = (typeof REGISTER_VIEWS)[number];
export const REGISTER_VIEW_LABELS: Record<RegisterView, string> = {
  to_submit: '待报送',
  awaiting: '已报送待登记',
  correction: '暂缓/补正中',
  filed: '已备案',
  refused: '不予备案',
  overdue: '逾期',
};

/** A register row's state: a submission's, or `to_submit` for an issued document not yet sent. */
export type RegisterRowState = SubmissionState | 'to_submit';
export const REGISTER_ROW_STATE_LABELS: Record<RegisterRowState, string> = {
  to_submit: '待报送',
  ...SUBMISSION_STATE_LABELS,
};

/** Letters about a submission: the organ's 说明函 and 审查建议书, and the agency's replies. */
export const FILING_LETTER_KINDS = ['explanation_request', 'review_suggestion', 'reply'] as const;
export type FilingLetterKind = (typeof FILING_LETTER_KINDS)[number];
export const FILING_LETTER_KIND_LABELS: Record<FilingLetterKind, string> = {
  explanation_request: '备案审查请予说明函',
  review_suggestion: '备案审查建议书',
  reply: '答复',
};

const RESULT_WEIGHT: Record<FilingResult, number> = { filed: 0, correction: 1, refused: 2 };

/**
 * The document's filing result from its recipients' results: refused by one organ is refused, a
 * correction asked by one must be made, and the document is filed only when every organ registered it.
 * Null while a result is missing.
 */
export function combineFilingResults(results: readonly (FilingResult | null)[]): FilingResult | null {
  if (results.length === 0 || results.some((result) => result === null)) return null;
  return (results as FilingResult[]).reduce((worst, result) =>
    RESULT_WEIGHT[result] > RESULT_WEIGHT[worst] ? result : worst,
  );
}

/** The result a settled submission state stands for; null while awaiting (superseded rows do not count). */
export function resultOfState(state: SubmissionState): FilingResult | null {
  switch (state) {
    case 'filed':
    case 'correction':
    case 'refused':
      return state;
    default:
      return null;
  }
}

/** 逾期报送: sent after the last day of its period (the last day itself is in time). */
export function isLateFiling(sentOn: IsoDate, dueOn: IsoDate): boolean {
  return sentOn > dueOn;
}

/** Monday–Friday in the day numbers (start, end]: whole weeks by arithmetic, the rest counted. */
function weekdaysAfter(start: number, end: number): number {
  const span = end - start;
  let count = Math.floor(span / 7) * 5;
  for (let day = start + Math.floor(span / 7) * 7 + 1; day <= end; day += 1) {
    const weekday = (((day + 4) % 7) + 7) % 7;
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}

type Adjustment = readonly [day: number, delta: number];

/** Per year of the table: holidays on a weekday (−1) and make-up working days on a weekend (+1). */
const yearAdjustments = new WeakMap<HolidayYear, Adjustment[]>();
/** Per table: every year's adjustments in day order, with running sums for counting a range. */
const tableAdjustments = new WeakMap<HolidayTable, { days: number[]; sums: number[] }>();

function adjustmentsOfYear(entry: HolidayYear): Adjustment[] {
  let adjustments = yearAdjustments.get(entry);
  if (!adjustments) {
    const sets = daySetsOf(entry);
    adjustments = [];
    for (const date of sets.holidays) {
      const day = toDayNumber(date);
      if (!sets.workdays.has(date) && !isWeekendDay(day)) adjustments.push([day, -1]);
    }
    for (const date of sets.workdays) {
      const day = toDayNumber(date);
      if (isWeekendDay(day)) adjustments.push([day, 1]);
    }
    yearAdjustments.set(entry, adjustments);
  }
  return adjustments;
}

function adjustmentsOf(table: HolidayTable): { days: number[]; sums: number[] } {
  let found = tableAdjustments.get(table);
  if (!found) {
    const all = Object.values(table)
      .flatMap((entry) => adjustmentsOfYear(entry))
      .sort((a, b) => a[0] - b[0]);
    const sums = [0];
    for (const [, delta] of all) sums.push((sums[sums.length - 1] ?? 0) + delta);
    found = { days: all.map(([day]) => day), sums };
    tableAdjustments.set(table, found);
  }
  return found;
}

/** How many of the sorted days are ≤ day. */
function countUpTo(days: readonly number[], day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((days[middle] ?? 0) <= day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Working days after `from` up to and including `to`, as calendar/workingDays' workingDaysBetween
 * counts them (negative when `to` is earlier), without walking day by day: a register row overdue for
 * years is read as fast as one due tomorrow. Weekdays by arithmetic, then the table's holidays that fall
 * on a weekday and make-up working days that fall on a weekend.
 */
export function countWorkingDays(from: IsoDate, to: IsoDate, table: HolidayTable): number {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  if (end < start) return -countWorkingDays(to, from, table);
  const { days, sums } = adjustmentsOf(table);
  const adjustment = (sums[countUpTo(days, end)] ?? 0) - (sums[countUpTo(days, start)] ?? 0);
  return weekdaysAfter(start, end) + adjustment;
}

function isWeekendDay(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
}

export interface ClockReading {
  /** Working days from today to the due day: 0 on it, negative once past it. */
  workingDaysLeft: number;
  overdue: boolean;
}

/**
 * A running clock read on the holiday calendar. A due day already behind today is overdue even when no
 * working day has passed since (a weekend right after it counts 0 working days).
 */
export function readClock(dueOn: IsoDate, today: IsoDate, holidays: HolidayTable): ClockReading {
  const workingDaysLeft = countWorkingDays(today, dueOn, holidays);
  return { workingDaysLeft, overdue: dueOn < today };
}

/** 剩余 n 个工作日 / 今日到期 / 已逾期 n 个工作日. */
export function clockText(reading: ClockReading): string {
  if (reading.overdue) {
    return reading.workingDaysLeft < 0 ? `已逾期 ${-reading.workingDaysLeft} 个工作日` : '已逾期';
  }
  return reading.workingDaysLeft === 0 ? '今日到期' : `剩余 ${reading.workingDaysLeft} 个工作日`;
}
