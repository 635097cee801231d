import { z } from 'zod';
import bundledHolidays from '../../../../resources/holidays/chinese-days.json';
import { type IsoDate, IsoDateSchema, isIsoDate, isWeekend, yearOf } from './isoDate';

/**
 * One year's official arrangement (国务院办公厅关于部分节假日安排的通知): the days off and the weekend days
 * that are working days instead (调休上班日). Weekends not listed are rest days, weekdays not listed work.
 */
export interface HolidayYear {
  holidays: readonly IsoDate[];
  workdays: readonly IsoDate[];
}

/** Holiday arrangements by year. A year that is absent has no data: deadlines reaching it get a warning. */
export type HolidayTable = Readonly<Record<number, HolidayYear>>;

/** Where the bundled years come from, shown beside the calendar in settings. */
export const BUNDLED_HOLIDAY_SOURCE: string = bundledHolidays.source;

/** The years chinese-days knows (2004–2026 in 1.5.7), extracted by scripts/extract-holidays.mjs. */
export const BUNDLED_HOLIDAYS: HolidayTable = Object.fromEntries(
  Object.entries(bundledHolidays.years).map(([year, entry]) => [Number(year), entry]),
);

/** A year's schedule as an administrator imports it (a small JSON file, or entered day by day). */
export const HolidayYearImport = z
  .object({
    year: z
      .number()
      .int('年份应为整数')
      .min(2000, '年份应在 2000–2100 之间')
      .max(2100, '年份应在 2000–2100 之间'),
    holidays: z.array(IsoDateSchema).min(1, '请至少填写一个放假日期'),
    workdays: z.array(IsoDateSchema),
  })
  .superRefine((entry, ctx) => {
    // zod still runs this refinement when a date failed its own check; those dates are reported already.
    const valid = (date: string) => isIsoDate(date);
    const check = (list: 'holidays' | 'workdays', label: string) => {
      const seen = new Set<string>();
      entry[list].forEach((date, index) => {
        if (!valid(date)) return;
        if (yearOf(date) !== entry.year) {
          ctx.addIssue({
            code: 'custom',
            path: [list, index],
            message: `${label} ${date} 不在 ${entry.year} 年内`,
          });
        }
        if (seen.has(date)) {
          ctx.addIssue({ code: 'custom', path: [list, index], message: `${label} ${date} 重复填写` });
        }
        seen.add(date);
      });
    };
    check('holidays', '放假日期');
    check('workdays', '调休上班日期');
    const holidays = new Set(entry.holidays);
    entry.workdays.forEach((date, index) => {
      if (!valid(date)) return;
      if (holidays.has(date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['workdays', index],
          message: `${date} 不能既是放假日又是调休上班日`,
        });
      }
      // A make-up working day only means something on a Saturday or Sunday; a weekday here is a typo.
      if (!isWeekend(date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['workdays', index],
          message: `调休上班日 ${date} 应为周六或周日（工作日本来就上班）`,
        });
      }
    });
  });
export type HolidayYearImport = z.infer<typeof HolidayYearImport>;

/**
 * An import file holds one year or several (each year at most once). A single object is wrapped rather
 * than parsed as a union, so that the user sees which date is wrong instead of a generic union failure.
 */
export const HolidayImportFile = z
  .preprocess(
    (value: unknown): unknown => (Array.isArray(value) ? (value as unknown[]) : [value]),
    z.array(HolidayYearImport).min(1, '文件中没有年份'),
  )
  .superRefine((entries, ctx) => {
    const years = new Set<number>();
    entries.forEach((entry, index) => {
      if (years.has(entry.year)) {
        ctx.addIssue({ code: 'custom', path: [index, 'year'], message: `${entry.year} 年重复出现` });
      }
      years.add(entry.year);
    });
  });

/**
 * The table the app counts with: the bundled years, then each imported year. An imported year replaces
 * the bundled one, so an administrator can also correct a bundled year.
 */
export function withImportedYears(base: HolidayTable, imported: readonly HolidayYearImport[]): HolidayTable {
  const table: Record<number, HolidayYear> = { ...base };
  for (const entry of imported) {
    table[entry.year] = { holidays: [...entry.holidays].sort(), workdays: [...entry.workdays].sort() };
  }
  return table;
}

export function hasHolidayData(table: HolidayTable, year: number): boolean {
  return Object.hasOwn(table, year);
}

/** Years with data, ascending (for the settings page: "节假日数据：2004–2026、2027（导入）"). */
export function holidayDataYears(table: HolidayTable): number[] {
  return Object.keys(table)
    .map(Number)
    .sort((a, b) => a - b);
}

interface YearSets {
  holidays: ReadonlySet<IsoDate>;
  workdays: ReadonlySet<IsoDate>;
}
const yearSets = new WeakMap<HolidayYear, YearSets>();

/** Set views of a year, built once per year object (tables are immutable values). */
export function daySetsOf(entry: HolidayYear): YearSets {
  let sets = yearSets.get(entry);
  if (!sets) {
    sets = { holidays: new Set(entry.holidays), workdays: new Set(entry.workdays) };
    yearSets.set(entry, sets);
  }
  return sets;
}
