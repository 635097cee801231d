import { parseChineseNumber } from '../structure/chineseNumerals';

/**
 * Fines in money as written in laws and in 裁量基准: 处五万元以上二十万元以下的罚款, 处1万元至3万元罚款,
 * 可以并处十万元以下的罚款, 罚款200元. Fines in multiples (违法所得一倍以上五倍以下) are not amounts and are
 * left out. Bounds are inclusive, as 以上/以下 are in Chinese law.
 */
export interface FineRange {
  /** 0 when only an upper bound is written (十万元以下). */
  min: number;
  /** Infinity when only a lower bound is written (一万元以上). */
  max: number;
}

export interface FineClause {
  /** Offsets of the comma clause in the text it was read from. */
  start: number;
  end: number;
  text: string;
  range: FineRange;
}

const NUMBER = '[0-9０-９][0-9０-９,，.．]*|[〇零一二两三四五六七八九十百千万]+';
/** A money amount: 5万元, 5000元, 十万元, 1.5万元; the 元 may be left off before 至 (1万至3万元). */
const AMOUNT = `(${NUMBER})(万|亿)?`;
const LOWER_UPPER = new RegExp(`${AMOUNT}元?(?:以上|至|到|—|－|-|～|~)${AMOUNT}元(?:以下|以内)?`);
const UPPER = new RegExp(`(?:不超过|不高于|最高)?${AMOUNT}元(?:以下|以内)|(?:不超过|不高于|最高)${AMOUNT}元`);
const LOWER = new RegExp(`${AMOUNT}元以上`);
const SINGLE = new RegExp(`${AMOUNT}元`);

const CLAUSE = /[^，,。；;：:\n]+/g;

/** 5万 → 50000, 十万 → 100000, 1.5万 → 15000, 200 → 200; null when not a number. */
export function parseAmount(number: string, unit: string | undefined): number | null {
  const ascii = number
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[,，]/g, '')
    .replace('．', '.');
  const base = /^\d+(?:\.\d+)?$/.test(ascii) ? Number(ascii) : parseChineseNumber(ascii);
  if (base === null || Number.isNaN(base)) return null;
  const factor = unit === '万' ? 10_000 : unit === '亿' ? 100_000_000 : 1;
  return Math.round(base * factor);
}

function amountAt(match: RegExpExecArray, index: number): number | null {
  const number = match[index];
  return number === undefined ? null : parseAmount(number, match[index + 1]);
}

/** The range of one comma clause that names 罚款 with an amount, or null. */
export function clauseRange(clause: string): FineRange | null {
  if (!clause.includes('罚款') || clause.includes('倍')) return null;
  const both = LOWER_UPPER.exec(clause);
  if (both) {
    const min = amountAt(both, 1);
    const max = amountAt(both, 3);
    return min !== null && max !== null && min <= max ? { min, max } : null;
  }
  const upper = UPPER.exec(clause);
  if (upper) {
    const max = amountAt(upper, upper[1] !== undefined ? 1 : 3);
    return max === null ? null : { min: 0, max };
  }
  const lower = LOWER.exec(clause);
  if (lower) {
    const min = amountAt(lower, 1);
    return min === null ? null : { min, max: Number.POSITIVE_INFINITY };
  }
  const single = SINGLE.exec(clause);
  if (single) {
    const amount = amountAt(single, 1);
    return amount === null ? null : { min: amount, max: amount };
  }
  return null;
}

/** The fine clauses of a text, each with its range, in order. */
export function fineClauses(text: string): FineClause[] {
  const found: FineClause[] = [];
  CLAUSE.lastIndex = 0;
  for (let match = CLAUSE.exec(text); match; match = CLAUSE.exec(text)) {
    const range = clauseRange(match[0]);
    if (range) {
      found.push({ start: match.index, end: match.index + match[0].length, text: match[0], range });
    }
  }
  return found;
}

/** The span from the lowest minimum to the highest maximum of several ranges. */
export function spanOf(ranges: readonly FineRange[]): FineRange | null {
  if (ranges.length === 0) return null;
  return {
    min: Math.min(...ranges.map((range) => range.min)),
    max: Math.max(...ranges.map((range) => range.max)),
  };
}

/** 500000 → 50万元, 5000 → 5000元, 15000 → 1.5万元. */
export function formatAmount(amount: number): string {
  if (amount >= 10_000 && amount % 1000 === 0) return `${amount / 10_000}万元`;
  return `${amount}元`;
}
