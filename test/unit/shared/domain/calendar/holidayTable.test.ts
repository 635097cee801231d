import chineseDays from 'chinese-days';
import rawChineseDays from 'chinese-days/dist/chinese-days.json';
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_HOLIDAYS,
  BUNDLED_HOLIDAY_SOURCE,
  HolidayImportFile,
  HolidayYearImport,
  addDays,
  holidayDataYears,
  isWorkingDay,
  withImportedYears,
} from '../../../../../src/shared/domain/calendar';

function issues(input: unknown): string[] {
  const result = HolidayImportFile.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('bundled holiday table', () => {
  it('holds the years chinese-days ships (2004–2026) and nothing else', () => {
    const years = holidayDataYears(BUNDLED_HOLIDAYS);
    expect(years[0]).toBe(2004);
    expect(years.at(-1)).toBe(2026);
    expect(years).toHaveLength(23);
    expect(BUNDLED_HOLIDAY_SOURCE).toBe('chinese-days 1.5.7');
  });

  it('is the same data as the installed chinese-days (re-run scripts/extract-holidays.mjs after an upgrade)', () => {
    const holidays = Object.values(BUNDLED_HOLIDAYS).flatMap((entry) => entry.holidays);
    const workdays = Object.values(BUNDLED_HOLIDAYS).flatMap((entry) => entry.workdays);
    expect(new Set(holidays)).toEqual(new Set(Object.keys(rawChineseDays.holidays)));
    expect(new Set(workdays)).toEqual(new Set(Object.keys(rawChineseDays.workdays)));
  });

  it('gives the same working days as chinese-days on every day from 2004 to 2026', () => {
    let day = '2004-01-01';
    let checked = 0;
    while (day <= '2026-12-31') {
      if (isWorkingDay(day, BUNDLED_HOLIDAYS) !== chineseDays.isWorkday(day)) {
        throw new Error(`${day} differs from chinese-days`);
      }
      day = addDays(day, 1);
      checked += 1;
    }
    expect(checked).toBe(8401);
  });

  it('treats 2027 weekdays as working days like chinese-days does, because it has no data', () => {
    expect(chineseDays.isWorkday('2027-01-01')).toBe(true);
    expect(isWorkingDay('2027-01-01', BUNDLED_HOLIDAYS)).toBe(true);
  });
});

describe('importing a year', () => {
  const example2027 = { year: 2027, holidays: ['2027-01-01', '2027-01-02', '2027-01-03'], workdays: [] };

  it('accepts one year or a list of years', () => {
    expect(HolidayImportFile.parse(example2027)).toEqual([example2027]);
    const second = { year: 2028, holidays: ['2028-01-01'], workdays: ['2028-01-08'] };
    expect(HolidayImportFile.parse([example2027, second])).toHaveLength(2);
  });

  it('refuses dates outside the year, invalid dates and duplicates', () => {
    expect(issues({ ...example2027, holidays: ['2026-12-31'] })).toEqual([
      '放假日期 2026-12-31 不在 2027 年内',
    ]);
    expect(issues({ ...example2027, holidays: ['2027-02-30'] })[0]).toContain('YYYY-MM-DD');
    expect(issues({ ...example2027, holidays: ['2027-01-01', '2027-01-01'] })).toEqual([
      '放假日期 2027-01-01 重复填写',
    ]);
    expect(issues({ ...example2027, holidays: [] })).toEqual(['请至少填写一个放假日期']);
    expect(issues([example2027, example2027])).toEqual(['2027 年重复出现']);
    expect(issues({ ...example2027, year: 1999 })).toContain('年份应在 2000–2100 之间');
  });

  it('refuses a day that is both a holiday and a make-up working day', () => {
    const both = { year: 2027, holidays: ['2027-01-02'], workdays: ['2027-01-02'] };
    expect(issues(both)).toEqual(['2027-01-02 不能既是放假日又是调休上班日']);
  });

  it('refuses a make-up working day on a weekday', () => {
    const weekday = { year: 2027, holidays: ['2027-01-01'], workdays: ['2027-01-06'] };
    expect(issues(weekday)).toEqual(['调休上班日 2027-01-06 应为周六或周日（工作日本来就上班）']);
  });

  it('adds imported years and lets an imported year replace a bundled one', () => {
    const table = withImportedYears(BUNDLED_HOLIDAYS, [HolidayYearImport.parse(example2027)]);
    expect(holidayDataYears(table).at(-1)).toBe(2027);
    expect(isWorkingDay('2027-01-01', table)).toBe(false);
    expect(BUNDLED_HOLIDAYS[2027]).toBeUndefined();

    const corrected = withImportedYears(BUNDLED_HOLIDAYS, [
      { year: 2026, holidays: ['2026-01-01'], workdays: [] },
    ]);
    expect(isWorkingDay('2026-10-08', BUNDLED_HOLIDAYS)).toBe(true);
    expect(isWorkingDay('2026-10-02', corrected)).toBe(true);
    expect(isWorkingDay('2026-10-02', BUNDLED_HOLIDAYS)).toBe(false);
  });
});
