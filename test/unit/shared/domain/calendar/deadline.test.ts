import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_HOLIDAYS,
  type HolidayTable,
  addCalendarDays,
  addDays,
  addWorkingDays,
  deadline,
  describePeriod,
  fromDayNumber,
  isWorkingDay,
  toDayNumber,
  withImportedYears,
  workingDaysBetween,
} from '../../../../../src/shared/domain/calendar';

const table = BUNDLED_HOLIDAYS;
const working = (count: number) => ({ count, unit: 'working' as const });
const calendar = (count: number) => ({ count, unit: 'calendar' as const });

describe('the worked examples of RULES.md §10 (2026 calendar)', () => {
  it('materials complete 2026-04-30, review within 5 working days → due 2026-05-11', () => {
    expect(deadline('2026-04-30', working(5), table)).toEqual({ due: '2026-05-11', warnings: [] });
  });

  it('published 2026-09-07, file within 30 days → day 30 is 2026-10-07 (holiday) → due 2026-10-08', () => {
    expect(addDays('2026-09-07', 30)).toBe('2026-10-07');
    expect(deadline('2026-09-07', calendar(30), table)).toEqual({ due: '2026-10-08', warnings: [] });
  });
});

describe('working days across the long holidays', () => {
  it('Spring Festival 2025: the make-up Sunday 01-26 and Saturday 02-08 count', () => {
    // 01-25 Sat rest, 01-26 Sun works (1), 01-27 (2), 01-28…02-04 holiday, 02-05 (3), 02-06 (4), 02-07 (5)
    expect(addWorkingDays('2025-01-24', 5, table)).toBe('2025-02-07');
    // … 02-08 Sat works (6), 02-10…02-14 (7–11), 02-17…02-20 (12–15)
    expect(addWorkingDays('2025-01-24', 15, table)).toBe('2025-02-20');
  });

  it('Spring Festival 2026: the make-up Saturday 02-14 counts, 02-15…02-23 do not', () => {
    expect(addWorkingDays('2026-02-12', 2, table)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-12', 3, table)).toBe('2026-02-24');
    expect(addWorkingDays('2026-02-20', 4, table)).toBe('2026-02-27');
    expect(addWorkingDays('2026-02-20', 5, table)).toBe('2026-02-28');
  });

  it('National Day 2025: eight days off, make-up days 09-28 and 10-11', () => {
    expect(addWorkingDays('2025-09-26', 1, table)).toBe('2025-09-28');
    expect(addWorkingDays('2025-09-26', 5, table)).toBe('2025-10-10');
    expect(addWorkingDays('2025-09-26', 6, table)).toBe('2025-10-11');
  });

  it('National Day 2026 after Mid-autumn: 09-25…09-27 and 10-01…10-07 off, 09-20 and 10-10 work', () => {
    expect(addWorkingDays('2026-09-18', 1, table)).toBe('2026-09-20');
    expect(addWorkingDays('2026-09-18', 10, table)).toBe('2026-10-09');
    expect(addWorkingDays('2026-09-18', 11, table)).toBe('2026-10-10');
    expect(isWorkingDay('2026-09-25', table)).toBe(false);
  });

  it('counts from the next working day when the start day is a holiday', () => {
    expect(addWorkingDays('2026-10-03', 1, table)).toBe('2026-10-08');
    expect(addWorkingDays('2026-10-03', 5, table)).toBe('2026-10-13');
    expect(addWorkingDays('2025-01-29', 1, table)).toBe('2025-02-05');
  });

  it('gives the start day itself for zero days and refuses negative or fractional counts', () => {
    expect(addWorkingDays('2026-10-03', 0, table)).toBe('2026-10-03');
    expect(() => addWorkingDays('2026-10-03', -1, table)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-10-03', 1.5, table)).toThrow(RangeError);
    expect(() => addCalendarDays('2026-10-03', 0, table)).toThrow(RangeError);
  });
});

describe('calendar days with the last-day rule', () => {
  it('moves a last day in the Spring Festival 2025 holiday to the first working day after it', () => {
    expect(addDays('2025-01-02', 30)).toBe('2025-02-01');
    expect(addCalendarDays('2025-01-02', 30, table)).toBe('2025-02-05');
  });

  it('moves a last day in the Spring Festival 2026 holiday past the whole holiday', () => {
    expect(addDays('2026-01-16', 30)).toBe('2026-02-15');
    expect(addCalendarDays('2026-01-16', 30, table)).toBe('2026-02-24');
  });

  it('keeps a last day that falls on a make-up Saturday (it is a working day)', () => {
    expect(addCalendarDays('2026-01-29', 30, table)).toBe('2026-02-28');
    expect(addCalendarDays('2026-09-10', 30, table)).toBe('2026-10-10');
  });

  it('moves a last day in the National Day 2025 holiday (10-01…10-08) to 10-09', () => {
    expect(addCalendarDays('2025-09-01', 30, table)).toBe('2025-10-09');
    expect(addCalendarDays('2025-09-08', 30, table)).toBe('2025-10-09');
  });

  it('moves an ordinary weekend too (the RULES.md §10 software rule, wider than 民法典 第二百零三条)', () => {
    expect(addDays('2026-03-04', 10)).toBe('2026-03-14');
    expect(addCalendarDays('2026-03-04', 10, table)).toBe('2026-03-16');
  });

  it('does not count the start day, even when it is a holiday', () => {
    expect(addCalendarDays('2026-10-01', 3, table)).toBe('2026-10-08');
    expect(addCalendarDays('2026-10-01', 15, table)).toBe('2026-10-16');
  });
});

describe('years without holiday data', () => {
  const example2027: HolidayTable = withImportedYears(table, [
    // A test fixture shaped like an official notice, not the real 2027 arrangement.
    { year: 2027, holidays: ['2027-01-01', '2027-01-02', '2027-01-03'], workdays: [] },
  ]);

  it('warns when a working-day period reaches 2027, and counts 2027-01-01 as a working day', () => {
    const result = deadline('2026-12-25', working(5), table);
    expect(result.due).toBe('2027-01-01');
    expect(result.warnings).toEqual([
      {
        code: 'HOLIDAY_DATA_MISSING',
        year: 2027,
        message: '2027 年的节假日安排尚未导入，截止日按普通工作日推算，可能不准确。',
      },
    ]);
  });

  it('warns for a calendar-day period ending in 2027 and for one lying wholly in 2027', () => {
    expect(deadline('2026-12-15', calendar(30), table).warnings.map((w) => w.year)).toEqual([2027]);
    expect(deadline('2027-03-01', calendar(30), table).warnings.map((w) => w.year)).toEqual([2027]);
    expect(deadline('2026-11-01', calendar(30), table).warnings).toEqual([]);
  });

  it('an imported 2027 table removes the warning and moves the due date', () => {
    const result = deadline('2026-12-25', working(5), example2027);
    expect(result).toEqual({ due: '2027-01-04', warnings: [] });
    expect(deadline('2026-12-02', calendar(30), table).due).toBe('2027-01-01');
    expect(deadline('2026-12-02', calendar(30), example2027)).toEqual({ due: '2027-01-04', warnings: [] });
  });

  it('warns for each year without data in the range, also before 2004', () => {
    expect(deadline('2003-12-20', working(10), table).warnings.map((w) => w.year)).toEqual([2003]);
    expect(deadline('2026-06-01', working(450), table).warnings.map((w) => w.year)).toEqual([2027, 2028]);
  });
});

describe('working days between two dates', () => {
  it('counts the days after the first date up to the second, negative when overdue', () => {
    expect(workingDaysBetween('2026-04-30', '2026-05-11', table)).toBe(5);
    expect(workingDaysBetween('2026-05-11', '2026-04-30', table)).toBe(-5);
    expect(workingDaysBetween('2026-05-11', '2026-05-11', table)).toBe(0);
    expect(workingDaysBetween('2026-09-30', '2026-10-07', table)).toBe(0);
    // 02-14 and 02-28 are make-up Saturdays; 02-15…02-23 are the Spring Festival holiday
    expect(workingDaysBetween('2026-02-13', '2026-02-28', table)).toBe(6);
  });

  const anyDay = fc
    .integer({ min: toDayNumber('2004-01-01'), max: toDayNumber('2026-10-31') })
    .map((day) => fromDayNumber(day));

  it('inverts addWorkingDays on random dates (property)', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 40 }), (start, count) => {
        const due = addWorkingDays(start, count, table);
        expect(workingDaysBetween(start, due, table)).toBe(count);
        if (count > 0) expect(isWorkingDay(due, table)).toBe(true);
      }),
    );
  });

  it('ends a calendar period on the first working day on or after day N (property)', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 60 }), (start, count) => {
        const due = addCalendarDays(start, count, table);
        expect(isWorkingDay(due, table)).toBe(true);
        for (let day = addDays(start, count); day < due; day = addDays(day, 1)) {
          expect(isWorkingDay(day, table)).toBe(false);
        }
      }),
    );
  });

  it('describes periods the way rules write them', () => {
    expect(describePeriod(working(15))).toBe('15个工作日');
    expect(describePeriod(calendar(30))).toBe('30日');
  });
});
