import { parseChineseNumber } from '../structure/chineseNumerals';

/** Dates as written in official documents: 2025年3月1日 or 二〇二五年三月一日. */
export const DATE_SOURCE =
  '((?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})年(\\d{1,2}|[一二三四五六七八九十]{1,3})月(\\d{1,2}|[一二三四五六七八九十]{1,3})日';

export interface TextDate {
  start: number;
  end: number;
  year: number;
  month: number;
  day: number;
  /** yyyy-mm-dd when the date exists. */
  iso?: string;
  /** Month or day written with a leading zero (03月). */
  padded: boolean;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function toIso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The date read from the capture groups of DATE_SOURCE (starting at `group`). */
export function readDate(match: RegExpExecArray, group: number, start: number, end: number): TextDate | null {
  const [yearText, monthText, dayText] = [match[group], match[group + 1], match[group + 2]];
  const year = parseChineseNumber(yearText ?? '');
  const month = parseChineseNumber(monthText ?? '');
  const day = parseChineseNumber(dayText ?? '');
  if (year === null || month === null || day === null) return null;
  const date: TextDate = {
    start,
    end,
    year,
    month,
    day,
    padded: /^0\d/.test(monthText ?? '') || /^0\d/.test(dayText ?? ''),
  };
  const iso = toIso(year, month, day);
  if (iso) date.iso = iso;
  return date;
}

const DATES = new RegExp(DATE_SOURCE, 'g');

export function findDates(text: string): TextDate[] {
  const dates: TextDate[] = [];
  DATES.lastIndex = 0;
  for (let match = DATES.exec(text); match; match = DATES.exec(text)) {
    const date = readDate(match, 1, match.index, match.index + match[0].length);
    if (date) dates.push(date);
  }
  return dates;
}

function utc(iso: string): number {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** The same calendar day `years` later (29 February → 28 February in a common year). */
export function addYears(iso: string, years: number): string {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  const target = year + years;
  return `${target}-${pad(month)}-${pad(Math.min(day, daysInMonth(target, month)))}`;
}

export function formatChineseDate(iso: string): string {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
