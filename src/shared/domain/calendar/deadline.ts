import { z } from 'zod';
import { hasHolidayData, type HolidayTable } from './holidayTable';
import { type IsoDate, yearOf } from './isoDate';
import { addCalendarDays, addWorkingDays } from './workingDays';

/** How a rule counts its period (RULES.md §10): "N个工作日" or "N日". */
export const PERIOD_UNITS = ['working', 'calendar'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

export const PERIOD_UNIT_LABELS: Record<PeriodUnit, string> = {
  working: '个工作日',
  calendar: '日',
};

export const PeriodSchema = z.object({
  count: z.number().int('天数应为整数').min(1, '天数应至少为 1'),
  unit: z.enum(PERIOD_UNITS),
});
export type Period = z.infer<typeof PeriodSchema>;

/** "15个工作日", "30日". */
export function describePeriod(period: Period): string {
  return `${period.count}${PERIOD_UNIT_LABELS[period.unit]}`;
}

export interface CalendarWarning {
  code: 'HOLIDAY_DATA_MISSING';
  year: number;
  message: string;
}

export function holidayDataMissingWarning(year: number): CalendarWarning {
  return {
    code: 'HOLIDAY_DATA_MISSING',
    year,
    message: `${year} 年的节假日安排尚未导入，截止日按普通工作日推算，可能不准确。`,
  };
}

/** One warning per year between the two dates (inclusive) that the table has no arrangement for. */
export function holidayDataWarnings(from: IsoDate, to: IsoDate, table: HolidayTable): CalendarWarning[] {
  const [first, last] = [yearOf(from), yearOf(to)].sort((a, b) => a - b) as [number, number];
  const warnings: CalendarWarning[] = [];
  for (let year = first; year <= last; year += 1) {
    if (!hasHolidayData(table, year)) warnings.push(holidayDataMissingWarning(year));
  }
  return warnings;
}

export interface Deadline {
  due: IsoDate;
  warnings: CalendarWarning[];
}

/**
 * The last day of a period that starts on `start` (a materials-complete date, a publication date …),
 * with a warning for every year in the counted range that has no holiday data, so that the UI never shows
 * a date computed as if that year had no holidays without saying so.
 */
export function deadline(start: IsoDate, period: Period, table: HolidayTable): Deadline {
  const due =
    period.unit === 'working'
      ? addWorkingDays(start, period.count, table)
      : addCalendarDays(start, period.count, table);
  return { due, warnings: holidayDataWarnings(start, due, table) };
}
