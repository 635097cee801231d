import { type CalendarWarning, holidayDataWarnings } from '../calendar/deadline';
import type { HolidayTable } from '../calendar/holidayTable';
import { addDays, type IsoDate } from '../calendar/isoDate';
import { addCalendarDays, addWorkingDays, isWorkingDay, workingDaysBetween } from '../calendar/workingDays';
import type { DisclosureRule } from './rule';

/** A 征求第三方意见 period: its first and last day (both excluded from the reply period). */
export interface ConsultationPeriod {
  fromOn: IsoDate;
  toOn: IsoDate;
}

export interface ReplyClockInput {
  receivedOn: IsoDate;
  /** Working days of an approved extension (延期), or 0. */
  extensionDays: number;
  consultations: readonly ConsultationPeriod[];
  answeredOn: IsoDate | null;
}

export type ClockState = 'running' | 'due_soon' | 'overdue' | 'done' | 'done_late';

export interface ReplyClock {
  /** 20 working days after receipt, before extension and exclusions. */
  statutoryDueOn: IsoDate;
  /** With the extension and the consultation days left out. */
  dueOn: IsoDate;
  extensionDays: number;
  /** Working days inside consultation periods that the count skipped. */
  excludedWorkingDays: number;
  state: ClockState;
  /** Working days from today to the due date (negative when overdue). */
  workingDaysLeft: number;
  warnings: CalendarWarning[];
}

const inPeriod = (day: IsoDate, periods: readonly ConsultationPeriod[]) =>
  periods.some((period) => period.fromOn <= day && day <= period.toOn);

/** Days of a period counted from `start` (exclusive), skipping the days `skip` says (working-day count only). */
function countSkipping(
  start: IsoDate,
  count: number,
  table: HolidayTable,
  skip: (day: IsoDate) => boolean,
): { due: IsoDate; skipped: number } {
  let day = start;
  let skipped = 0;
  for (let counted = 0; counted < count;) {
    day = addDays(day, 1);
    if (!isWorkingDay(day, table)) continue;
    if (skip(day)) skipped += 1;
    else counted += 1;
  }
  return { due: day, skipped };
}

export function clockState(
  today: IsoDate,
  dueOn: IsoDate,
  doneOn: IsoDate | null,
  table: HolidayTable,
): ClockState {
  if (doneOn) return doneOn <= dueOn ? 'done' : 'done_late';
  if (today > dueOn) return 'overdue';
  return workingDaysBetween(today, dueOn, table) <= 3 ? 'due_soon' : 'running';
}

function daysLeft(today: IsoDate, dueOn: IsoDate, table: HolidayTable): number {
  return dueOn < today
    ? -Math.max(1, workingDaysBetween(dueOn, today, table))
    : workingDaysBetween(today, dueOn, table);
}

/**
 * 答复期限 of a disclosure request (政府信息公开条例第三十三条): N working days after receipt (the day of
 * receipt not counted, RULES.md §10), plus an approved extension, with the working days spent consulting a
 * third party (第三十二条) not counted when the profile says so.
 */
export function replyClock(
  input: ReplyClockInput,
  rule: DisclosureRule,
  today: IsoDate,
  table: HolidayTable,
): ReplyClock {
  const statutoryDueOn = periodEnd(input.receivedOn, rule.reply.period, table);
  const total = rule.reply.period.count + input.extensionDays;
  const excluded = rule.consultationExcluded.excluded ? input.consultations : [];
  const { due, skipped } =
    rule.reply.period.unit === 'working'
      ? countSkipping(input.receivedOn, total, table, (day) => inPeriod(day, excluded))
      : { due: addCalendarDays(input.receivedOn, total, table), skipped: 0 };
  return {
    statutoryDueOn,
    dueOn: due,
    extensionDays: input.extensionDays,
    excludedWorkingDays: skipped,
    state: clockState(today, due, input.answeredOn, table),
    workingDaysLeft: daysLeft(today, due, table),
    warnings: holidayDataWarnings(input.receivedOn, due, table),
  };
}

function periodEnd(start: IsoDate, period: DisclosureRule['reply']['period'], table: HolidayTable): IsoDate {
  return period.unit === 'working'
    ? addWorkingDays(start, period.count, table)
    : addCalendarDays(start, period.count, table);
}

export interface ProactiveClock {
  dueOn: IsoDate;
  state: ClockState;
  workingDaysLeft: number;
  warnings: CalendarWarning[];
}

/** 主动公开 of a normative document within 20 working days of its formation (第二十六条): from 印发. */
export function proactiveClock(
  formedOn: IsoDate,
  disclosedOn: IsoDate | null,
  rule: DisclosureRule,
  today: IsoDate,
  table: HolidayTable,
): ProactiveClock {
  const dueOn = periodEnd(formedOn, rule.proactive.period, table);
  return {
    dueOn,
    state: clockState(today, dueOn, disclosedOn, table),
    workingDaysLeft: daysLeft(today, dueOn, table),
    warnings: holidayDataWarnings(formedOn, dueOn, table),
  };
}

/** The extension asked for stays within the profile's maximum (最长不得超过20个工作日). */
export function extensionProblem(workingDays: number, rule: DisclosureRule): string | null {
  const max = rule.extension.period.count;
  return workingDays > max
    ? `延长答复期限最长不得超过 ${max} 个工作日（${rule.extension.source.basis}）。`
    : null;
}

export const CLOCK_STATE_LABELS: Record<ClockState, string> = {
  running: '期限内',
  due_soon: '即将到期',
  overdue: '已逾期',
  done: '已按期办结',
  done_late: '逾期办结',
};
