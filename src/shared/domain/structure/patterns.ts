import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from './chineseNumerals';

/**
 * The numbering patterns of Chinese legal texts and GB/T 9704 documents, shared by the plain-text and
 * Markdown readers (to pick block kinds) and by the structure parser (to build paths).
 */

const NUM = `[${CHINESE_NUMERAL_CHARS}]+|[0-9０-９]+`;
const SMALL = `[${CHINESE_NUMERAL_CHARS}]+`;
/** Whitespace as it appears in published texts (\\s covers the ideographic and no-break spaces). */
export const SPACE = '[\\s\\u200b]';

export type DivisionKind = 'part' | 'subpart' | 'chapter' | 'section';

const DIVISION_KINDS: Readonly<Record<string, DivisionKind>> = {
  编: 'part',
  分编: 'subpart',
  章: 'chapter',
  节: 'section',
};

/** A numbering at the start of a block: the raw prefix (with its trailing space) and what it says. */
export interface NumberingMatch {
  /** The text of the numbering as written, including the space that separates it from the body. */
  prefix: string;
  /** The numbering without spaces, e.g. 第十二条, （三）, 一、 */
  label: string;
  number: number;
  /** 第十条之一 → 1 */
  suffix?: number;
}

export interface DivisionMatch extends NumberingMatch {
  kind: DivisionKind;
  title: string;
}

const DIVISION = new RegExp(`^${SPACE}*第(${NUM})${SPACE}*(分编|编|章|节)(?:${SPACE}+|$)`);
const ARTICLE = new RegExp(
  // 第十条之一; "第一百二十四 条" occurs in published texts, so a space before 条 is tolerated.
  `^${SPACE}*第(${NUM})(?:条(?:之(${SMALL}))?(?=${SPACE}|【|$)|${SPACE}+条(?:之(${SMALL}))?)${SPACE}*`,
);
const ITEM = new RegExp(`^${SPACE}*[（(](${SMALL})[）)]${SPACE}*`);
const SUBITEM = new RegExp(`^${SPACE}*([0-9０-９]+)[.．、]${SPACE}*(?![0-9０-９])`);
const LEVEL_1 = new RegExp(`^${SPACE}*(${SMALL})、${SPACE}*`);
const LEVEL_4 = new RegExp(`^${SPACE}*[（(]([0-9０-９]+)[）)]${SPACE}*`);

/** Sentence punctuation: a line containing any of these is body text, not a heading. */
const SENTENCE_PUNCTUATION = /[。；;，,：:！!？?]/;
const MAX_HEADING_LENGTH = 50;

/** Short and without sentence punctuation, as a heading line is. */
export function looksLikeHeading(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_HEADING_LENGTH && !SENTENCE_PUNCTUATION.test(trimmed);
}

/**
 * The first character after leading spaces. Every numbering starts with one of a few characters, so the
 * matchers look at it before running their patterns (the parser calls them for every block of a law).
 */
function lead(text: string): string {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // Spaces are rare at the start: test the cheap code ranges before the regex.
    if (code > 0x20 && code !== 0x3000 && code !== 0x200b && code !== 0xa0 && code !== 0xfeff) {
      if (code < 0x1680 || code > 0x3000 || !/\s/.test(text[index] ?? '')) return text[index] ?? '';
    }
  }
  return '';
}

const NUMERAL_LEAD = new Set(CHINESE_NUMERAL_CHARS);

function leadsWithDigit(char: string): boolean {
  return (
    (char >= '0' && char <= '9') || (char >= '０' && char <= '９') || (char >= '\u2488' && char <= '\u249b')
  );
}

function stripSpaces(text: string): string {
  return text.replace(/[\s\u200b]+/g, '');
}

/** 第X编 / 第X分编 / 第X章 / 第X节 heading line (with its title), or null. */
export function matchDivision(text: string): DivisionMatch | null {
  if (lead(text) !== '第') return null;
  const match = DIVISION.exec(text);
  if (!match) return null;
  const title = text.slice(match[0].length).trim();
  // "第九章 附则，遵守……的。" is a sentence that happens to start like a heading.
  if (!looksLikeHeading(text)) return null;
  const number = parseChineseNumber(match[1] ?? '');
  const kind = DIVISION_KINDS[match[2] ?? ''];
  if (number === null || !kind) return null;
  return { kind, prefix: match[0], label: stripSpaces(match[0]), number, title };
}

/** 第X条 (also 第X条之一 and 第12条) at the start of a block, or null. */
export function matchArticle(text: string): NumberingMatch | null {
  if (lead(text) !== '第') return null;
  const match = ARTICLE.exec(text);
  if (!match) return null;
  const number = parseChineseNumber(match[1] ?? '');
  if (number === null) return null;
  const suffixText = match[2] ?? match[3];
  const suffix = suffixText === undefined ? undefined : parseChineseNumber(suffixText);
  if (suffix === null) return null;
  const label = stripSpaces(match[0]);
  return suffix === undefined
    ? { prefix: match[0], label, number }
    : { prefix: match[0], label, number, suffix };
}

function numbered(pattern: RegExp, text: string): NumberingMatch | null {
  const match = pattern.exec(text);
  if (!match) return null;
  const number = parseChineseNumber(match[1] ?? '');
  if (number === null || number === 0) return null;
  return { prefix: match[0], label: stripSpaces(match[0]), number };
}

/** （一） — a 项 inside an article, or a level-2 heading elsewhere. */
export function matchItem(text: string): NumberingMatch | null {
  const first = lead(text);
  return first === '（' || first === '(' ? numbered(ITEM, text) : null;
}

const STOP_DIGIT = new RegExp(`^${SPACE}*([\u2488-\u249b])${SPACE}*`);

/** 1. / 1．/ 1、 / ⒈ — a 目 inside an article, or a level-3 heading elsewhere. */
export function matchSubitem(text: string): NumberingMatch | null {
  if (!leadsWithDigit(lead(text))) return null;
  const stop = STOP_DIGIT.exec(text);
  if (stop) {
    // ⒈ … ⒛ (U+2488–U+249B) are single characters for 1. … 20. in some published texts.
    const number = (stop[1] ?? '').charCodeAt(0) - 0x2487;
    return { prefix: stop[0], label: `${number}.`, number };
  }
  return numbered(SUBITEM, text);
}

export type GbHeadingLevel = 1 | 2 | 3 | 4;

/** GB/T 9704 heading numbers: 一、 (1) （一） (2) 1. (3) （1） (4). */
export function matchGbNumbering(text: string): (NumberingMatch & { level: GbHeadingLevel }) | null {
  const first = lead(text);
  if (NUMERAL_LEAD.has(first)) {
    const level1 = numbered(LEVEL_1, text);
    return level1 ? { ...level1, level: 1 } : null;
  }
  if (first === '（' || first === '(') {
    const level2 = numbered(ITEM, text);
    if (level2) return { ...level2, level: 2 };
    const level4 = numbered(LEVEL_4, text);
    return level4 ? { ...level4, level: 4 } : null;
  }
  const level3 = matchSubitem(text);
  return level3 ? { ...level3, level: 3 } : null;
}

/** 目录 (also spaced out with ideographic spaces): the start of a table of contents. */
export function isTableOfContentsLine(text: string): boolean {
  return text.length <= 16 && text.includes('目') && stripSpaces(text) === '目录';
}

/** 附则: the supplementary provisions chapter (or heading) of a law or document. */
export function isSupplementaryTitle(title: string): boolean {
  return stripSpaces(title) === '附则';
}
