import { daySetsOf, type HolidayTable } from './holidayTable';
import { type IsoDate, addDays, fromDayNumber, isWeekend, toDayNumber, yearOf } from './isoDate';

/**
 * A working day: a make-up working day (调休上班), or a Monday–Friday that is not a statutory holiday.
 * For a year the table does not know, every Monday–Friday counts (callers warn: see deadline.ts).
 */
export function isWorkingDay(date: IsoDate, table: HolidayTable): boolean {
  const entry = table[yearOf(date)];
  if (entry) {
    const sets = daySetsOf(entry);
    if (sets.workdays.has(date)) return true;
    if (sets.holidays.has(date)) return false;
  }
  return !isWeekend(date);
}

/** The day itself when it is a working day, otherwise the first working day after it. */
export function firstWorkingDayFrom(date: IsoDate, table: HolidayTable): IsoDate {
  let day = date;
  while (!isWorkingDay(day, table)) day = addDays(day, 1);
  return day;
}

function requireCount(count: number, minimum: number): void {
  if (!Number.isInteger(count) || count < minimum) {
    throw new RangeError(`期限天数应为不小于 ${minimum} 的整数，收到 ${count}`);
  }
}

/**
 * "N个工作日": the start day is not counted; the Nth working day after it is the last day
 * (RULES.md §10: 行政许可法 第八十二条 counts in working days, excluding statutory holidays).
 * N = 0 gives the start day itself.
 */
export function addWorkingDays(start: IsoDate, count: number, table: HolidayTable): IsoDate {
  requireCount(count, 0);
  let day = start;
  for (let counted = 0; counted < count;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, table)) counted += 1;
  }
  return day;
}

/**
 * "N日" (calendar days): the start day is not counted (民法典 第二百零一条); the Nth day after it is the
 * last day, and when that day is a rest day or a holiday the period ends on the next working day.
 *
 * 民法典 第二百零三条 only extends a period that ends on a 法定休假日. We follow the rule RULES.md §10
 * "→ Software" states instead — any rest day (weekend or holiday) moves to the next working day — because
 * that is how filing and correction periods are applied in practice, and a make-up Saturday (调休上班)
 * is a working day and therefore does not move.
 */
export function addCalendarDays(start: IsoDate, count: number, table: HolidayTable): IsoDate {
  requireCount(count, 1);
  return firstWorkingDayFrom(addDays(start, count), table);
}

/**
 * Working days after `from` up to and including `to`: 0 on the same day, N when `to` is
 * addWorkingDays(from, N). Negative when `to` is earlier (an overdue item shows "逾期 N 个工作日").
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, table: HolidayTable): number {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  if (end < start) return -workingDaysBetween(to, from, table);
  let count = 0;
  for (let day = start + 1; day <= end; day += 1) {
    if (isWorkingDay(fromDayNumber(day), table)) count += 1;
  }
  return count;
}
