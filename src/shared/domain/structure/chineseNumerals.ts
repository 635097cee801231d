/**
 * Chinese numerals as used in legal numbering (第一百零九条, 第二百三十条, 第一千二百六十条, （十一）).
 * Statutes write 十 for 10–19 (十二, not 一十二) but 一十 after 百 (一百一十条): both directions follow that.
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Characters that may appear in a Chinese numeral; used to build the structure patterns. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万';

/** Full-width digits (１２) read like ASCII ones. */
function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

/** Reads a numeral below 10 000 written with 十/百/千, or positional (一〇五). */
function parseBelowTenThousand(text: string): number | null {
  if (text === '') return 0;
  const positional = [...text].every((char) => char in DIGITS);
  if (positional && text.length > 1) {
    let value = 0;
    for (const char of text) value = value * 10 + (DIGITS[char] ?? 0);
    return value;
  }
  let total = 0;
  let digit: number | null = null;
  let lastUnit = 10_000;
  for (const char of text) {
    const d = DIGITS[char];
    if (d !== undefined) {
      if (digit !== null && digit !== 0 && d !== 0) return null;
      digit = d;
      continue;
    }
    const unit = UNITS[char];
    if (unit === undefined || unit >= lastUnit) return null;
    // 十 alone stands for 一十 (十二 = 12); 零十 is not a number.
    if (digit === 0) return null;
    total += (digit ?? (unit === 10 ? 1 : Number.NaN)) * unit;
    if (Number.isNaN(total)) return null;
    lastUnit = unit;
    digit = null;
  }
  return total + (digit ?? 0);
}

/** Numerals repeat endlessly in a law (every 第X条 of every version): remember the few thousand seen. */
const parsed = new Map<string, number | null>();

/** Chinese (一百零九) or Arabic (109, １０９) numeral → number; null when the text is not a numeral. */
export function parseChineseNumber(text: string): number | null {
  const known = parsed.get(text);
  if (known !== undefined) return known;
  const value = parseUncached(text);
  if (parsed.size < 10_000) parsed.set(text, value);
  return value;
}

function parseUncached(text: string): number | null {
  const trimmed = asciiDigits(text.trim());
  if (trimmed === '') return null;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  if (![...trimmed].every((char) => char in DIGITS || char in UNITS || char === '万')) return null;
  const tenThousands = trimmed.split('万');
  if (tenThousands.length > 2) return null;
  if (tenThousands.length === 2) {
    const [high = '', low = ''] = tenThousands;
    const highValue = parseBelowTenThousand(high === '' ? '一' : high);
    const lowValue = parseBelowTenThousand(low.replace(/^[零〇]/, ''));
    if (highValue === null || lowValue === null) return null;
    return highValue * 10_000 + lowValue;
  }
  return parseBelowTenThousand(trimmed);
}

const DIGIT_CHARS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

function formatBelowTenThousand(value: number, leading: boolean): string {
  const parts: string[] = [];
  const units: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ];
  let rest = value;
  let pendingZero = false;
  let started = false;
  for (const [unit, name] of units) {
    const digit = Math.floor(rest / unit);
    rest %= unit;
    if (digit === 0) {
      if (started) pendingZero = true;
      continue;
    }
    if (pendingZero) parts.push('零');
    pendingZero = false;
    // 十二 rather than 一十二 when 十 leads the whole numeral.
    if (!(unit === 10 && digit === 1 && !started && leading)) parts.push(DIGIT_CHARS[digit] ?? '');
    parts.push(name);
    started = true;
  }
  if (rest > 0) {
    if (pendingZero) parts.push('零');
    parts.push(DIGIT_CHARS[rest] ?? '');
  }
  return parts.join('');
}

/** number → Chinese numeral as statutes write it (0 … 99 999 999): 12 → 十二, 109 → 一百零九. */
export function formatChineseNumber(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value >= 100_000_000) {
    throw new RangeError(`cannot write ${value} as a Chinese numeral`);
  }
  if (value === 0) return '零';
  const high = Math.floor(value / 10_000);
  const low = value % 10_000;
  if (high === 0) return formatBelowTenThousand(low, true);
  const lowText = low === 0 ? '' : (low < 1000 ? '零' : '') + formatBelowTenThousand(low, false);
  return `${formatBelowTenThousand(high, true)}万${lowText}`;
}
