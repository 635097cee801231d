import { readVersionSuffix, splitVersionSuffix, type VersionHint } from './laws/normalize';
import { parseChineseNumber } from './structure/chineseNumerals';

/**
 * Citations of laws and documents in running text: 《…》 with a version suffix and article references
 * right after it (《中华人民共和国统计法》第四十一条第一款、第四十二条). Inner titles in 〈〉 or 《》 belong
 * to the outer title (《关于修改〈中华人民共和国统计法〉的决定》); listed titles (《A》《B》等) each get their own
 * citation, and article references attach only to the title right before them.
 */

export interface ArticleReference {
  article: number;
  /** 第十条之一 → 1 */
  articleSuffix?: number;
  /** 款 */
  clause?: number;
  /** 项 */
  item?: number;
  /** As written, e.g. 第四十一条第二款. For a range member not written out, the range's text. */
  text: string;
  start: number;
  end: number;
  /** Member of a range 第八条至第十一条 (the numbers between the ends are implied). */
  inRange?: true;
}

export interface Citation {
  /** The inside of the outer 《》 as written, inner marks kept. */
  title: string;
  /** Index of 《 in the text. */
  start: number;
  /** Index after 》. */
  titleEnd: number;
  /** Index after the last part of the citation (version suffix or article references). */
  end: number;
  /** Version named after 》 or inside the title: （2015修正）. */
  version: VersionHint | null;
  articles: ArticleReference[];
  /** Cited in a list of titles (《A》《B》等 / 《A》、《B》). */
  inList: boolean;
}

/** Longer than any real title; stops an unclosed 《 from swallowing the paragraph. */
const MAX_TITLE_LENGTH = 150;
const OPENERS = new Set(['《', '〈']);
const CLOSERS = new Set(['》', '〉']);

const NUM = '[零〇一二两三四五六七八九十百千0-9０-９]+';
/** （一）、（四）项 — one or more parenthesized 项 numbers before a single 项. */
const ITEMS = `第?((?:[（(]${NUM}[）)][、和及]?)+)项|第(${NUM})项`;
const ARTICLE_REF = new RegExp(
  `第(${NUM})条(?:之([一二三四五六七八九十]+))?(?:第(${NUM})款)?(?:${ITEMS})?`,
  'y',
);
/** 款 or 项 continuing the previous article: 第四十一条第一款、第二款 / 第（一）项、第（三）项. */
const CLAUSE_REF = new RegExp(`第(${NUM})款(?:${ITEMS})?`, 'y');
const ITEM_REF = new RegExp(ITEMS, 'y');
const ITEM_NUMBER = new RegExp(`[（(](${NUM})[）)]`, 'g');
const SEPARATOR = /(?:、|和|及|以及|或者|或|，|,)/y;
const RANGE = /(?:至|到|—|－|-|～|~)/y;
const VERSION_AFTER = /\s*[（(]\s*(?:19|20)\d{2}[^（）()\n]{0,10}[)）]/y;
const LIST_GAP = /^(?:、|和|及|以及|或者|，)?$/;
const MAX_RANGE = 60;

function num(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return parseChineseNumber(text) ?? undefined;
}

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** The index after the 》 that closes the 《 at `start`, or -1 when it is not closed on the same line. */
function closingMark(text: string, start: number): number {
  let depth = 0;
  const limit = Math.min(text.length, start + MAX_TITLE_LENGTH);
  for (let i = start; i < limit; i += 1) {
    const char = text[i] ?? '';
    if (char === '\n') return -1;
    if (OPENERS.has(char)) depth += 1;
    else if (CLOSERS.has(char)) {
      depth -= 1;
      if (depth === 0) return char === '》' ? i + 1 : -1;
    }
  }
  return -1;
}

/** The 项 numbers of an ITEMS match: （一）、（四）项 → [1, 4]; 第三项 → [3]. */
function itemNumbers(list: string | undefined, single: string | undefined): (number | undefined)[] {
  if (single !== undefined) return [num(single)];
  if (list === undefined) return [undefined];
  return [...list.matchAll(ITEM_NUMBER)].map((match) => num(match[1]));
}

interface RefBase {
  article: number;
  articleSuffix?: number;
  clause?: number;
}

function refs(base: RefBase, match: RegExpExecArray, items: (number | undefined)[]): ArticleReference[] {
  return items.map((item) => {
    const ref: ArticleReference = {
      article: base.article,
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
    };
    if (base.articleSuffix !== undefined) ref.articleSuffix = base.articleSuffix;
    if (base.clause !== undefined) ref.clause = base.clause;
    if (item !== undefined) ref.item = item;
    return ref;
  });
}

/**
 * The references at `position`: a new article, or a 款/项 continuing the last reference's article (a 项
 * alone also keeps the last reference's 款).
 */
function nextReferences(text: string, position: number, last: ArticleReference | undefined) {
  const article = sticky(ARTICLE_REF, text, position);
  if (article) {
    const number = num(article[1]);
    if (number === undefined || number === 0) return { found: [], isArticle: true };
    const base: RefBase = { article: number };
    const suffix = num(article[2]);
    const clause = num(article[3]);
    if (suffix !== undefined) base.articleSuffix = suffix;
    if (clause !== undefined) base.clause = clause;
    return { found: refs(base, article, itemNumbers(article[4], article[5])), isArticle: true };
  }
  if (!last) return { found: [], isArticle: false };
  const inherited: RefBase = { article: last.article };
  if (last.articleSuffix !== undefined) inherited.articleSuffix = last.articleSuffix;
  const clause = sticky(CLAUSE_REF, text, position);
  if (clause) {
    const number = num(clause[1]);
    if (number !== undefined) inherited.clause = number;
    return { found: refs(inherited, clause, itemNumbers(clause[2], clause[3])), isArticle: false };
  }
  const item = sticky(ITEM_REF, text, position);
  if (item) {
    if (last.clause !== undefined) inherited.clause = last.clause;
    return { found: refs(inherited, item, itemNumbers(item[1], item[2])), isArticle: false };
  }
  return { found: [], isArticle: false };
}

/** Article references starting at `at`; returns them and the index after the last one. */
function readReferences(text: string, at: number): { refs: ArticleReference[]; end: number } {
  const found: ArticleReference[] = [];
  let position = at;
  let rangeFrom: ArticleReference | null = null;
  for (;;) {
    const next = nextReferences(text, position, found[found.length - 1]);
    const first = next.found[0];
    if (!first) break;
    if (rangeFrom && next.isArticle && first.article > rangeFrom.article) {
      const span = Math.min(first.article - rangeFrom.article - 1, MAX_RANGE);
      const rangeText = text.slice(rangeFrom.start, first.end);
      for (let k = 1; k <= span; k += 1) {
        const implied: ArticleReference = {
          article: rangeFrom.article + k,
          text: rangeText,
          start: rangeFrom.start,
          end: first.end,
        };
        implied.inRange = true;
        found.push(implied);
      }
    }
    found.push(...next.found);
    position = first.end;
    const range = next.isArticle ? sticky(RANGE, text, position) : null;
    rangeFrom = range ? first : null;
    const gap = range ?? sticky(SEPARATOR, text, position);
    if (!gap) break;
    const following = text[position + gap[0].length];
    // （一）项 lists are often written without 第: 第二条第（一）项、（三）项.
    if (following !== '第' && following !== '（' && following !== '(') break;
    position += gap[0].length;
  }
  return { refs: found, end: found.reduce((max, ref) => Math.max(max, ref.end), at) };
}

/** Every 《…》 citation in the text, in order. */
export function parseCitations(text: string): Citation[] {
  const citations: Citation[] = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf('《', from);
    if (start < 0) break;
    const titleEnd = closingMark(text, start);
    if (titleEnd < 0) {
      from = start + 1;
      continue;
    }
    const title = text.slice(start + 1, titleEnd - 1);
    let end = titleEnd;
    const after = sticky(VERSION_AFTER, text, end);
    let version = after ? readVersionSuffix(after[0]) : null;
    if (after && version) end += after[0].length;
    version ??= splitVersionSuffix(title).version;
    const { refs, end: refsEnd } = readReferences(text, end);
    citations.push({
      title,
      start,
      titleEnd,
      end: Math.max(end, refsEnd),
      version,
      articles: refs,
      inList: false,
    });
    from = Math.max(titleEnd, refsEnd);
  }
  for (let i = 1; i < citations.length; i += 1) {
    const previous = citations[i - 1];
    const current = citations[i];
    if (previous && current && LIST_GAP.test(text.slice(previous.end, current.start))) {
      previous.inList = true;
      current.inList = true;
    }
  }
  return citations;
}
