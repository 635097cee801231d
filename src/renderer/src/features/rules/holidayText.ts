import { addDays, isIsoDate, toDayNumber } from '../../../../shared/domain/calendar/isoDate';

/** A range of more than this many days is almost certainly a typo in a holiday list. */
const MAX_RANGE_DAYS = 31;

export interface DateList {
  dates: string[];
  problems: string[];
}

/**
 * Reads the days typed into the holiday form: dates 'YYYY-MM-DD' separated by new lines, commas, 、 or
 * spaces, and ranges written '2027-02-06 至 2027-02-12' (also '~' or '—'). Duplicates are dropped.
 */
export function parseDateList(text: string): DateList {
  const dates: string[] = [];
  const problems: string[] = [];
  const normalized = text.replace(/\s*(?:至|到|~|～|—)\s*/g, '~');
  for (const token of normalized.split(/[\s,，、;；]+/).filter(Boolean)) {
    const [first, last, ...rest] = token.split('~');
    if (rest.length > 0 || first === undefined || first === '') {
      problems.push(`无法识别“${token}”`);
      continue;
    }
    if (!isIsoDate(first) || (last !== undefined && !isIsoDate(last))) {
      problems.push(`“${token}”不是有效日期（应为 YYYY-MM-DD，例如 2027-02-06）`);
      continue;
    }
    const end = last ?? first;
    const span = toDayNumber(end) - toDayNumber(first);
    if (span < 0 || span > MAX_RANGE_DAYS) {
      problems.push(`日期范围“${token}”不正确（应从早到晚，且不超过 ${MAX_RANGE_DAYS} 天）`);
      continue;
    }
    for (let offset = 0; offset <= span; offset += 1) dates.push(addDays(first, offset));
  }
  return { dates: [...new Set(dates)].sort(), problems };
}

/** [2004, 2005, …, 2026, 2028] → '2004–2026、2028'. */
export function describeYears(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const ranges: string[] = [];
  let start: number | undefined;
  let previous: number | undefined;
  const flush = () => {
    if (start === undefined || previous === undefined) return;
    ranges.push(start === previous ? String(start) : `${start}–${previous}`);
  };
  for (const year of sorted) {
    if (previous !== undefined && year === previous + 1) {
      previous = year;
      continue;
    }
    flush();
    start = year;
    previous = year;
  }
  flush();
  return ranges.join('、');
}
