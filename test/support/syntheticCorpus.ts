import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The synthetic pair of the corpus: 19 laws concatenated (~309,000 characters, one paragraph per line) and
 * a copy with about 2 % scattered edits and one moved article — a large document in its second version.
 * Built from the stored laws at test time rather than stored: the same input and seed give the same pair.
 */

/** The laws of the pair, in order (test/fixtures/corpus/SOURCES.md). */
export const SYNTHETIC_LAWS = [
  'bulk/law-0347.md', // 海事诉讼特别程序法
  'bulk/law-0279.md', // 文物保护法
  'bulk/law-0219.md', // 长江保护法
  'bulk/law-0336.md', // 黄河保护法
  'bulk/law-0315.md', // 突发事件应对法
  'bulk/law-0307.md', // 疫苗管理法
  'bulk/law-0151.md', // 农产品质量安全法
  'bulk/law-0106.md', // 劳动合同法
  'bulk/law-0221.md', // 预算法
  'bulk/law-0258.md', // 土地管理法
  'bulk/law-0153.md', // 动物防疫法
  'bulk/law-0305.md', // 生物安全法
  'bulk/law-0177.md', // 民用航空法
  'bulk/law-0054.md', // 澳门特别行政区基本法
  'bulk/law-0067.md', // 香港特别行政区基本法
  'bulk/law-0328.md', // 防震减灾法
  'bulk/law-0122.md', // 未成年人保护法
  'bulk/law-0075.md', // 民法典 物权编
  'bulk/law-0174.md', // 期货和衍生品法
] as const;

const SEED = 20250419;
/** Edited characters (the larger of deleted and inserted, per edit) as a share of the first text. */
const EDIT_SHARE = 0.02;

export type SyntheticEditType =
  'insert_clause' | 'delete_clause' | 'replace_clause' | 'substitute' | 'insert_paragraph';

/** One edit of a paragraph of the first text (`para` counts from 0); an inserted paragraph follows it. */
export interface SyntheticEdit {
  type: SyntheticEditType;
  para: number;
  old: string;
  new: string;
}

/** The article moved whole: its paragraphs `fromPara…fromPara+paras-1` go after paragraph `toAfterPara`. */
export interface MovedArticle {
  fromPara: number;
  toAfterPara: number;
  paras: number;
  text: string;
}

export interface SyntheticPair {
  a: string;
  b: string;
  edits: SyntheticEdit[];
  moved: MovedArticle;
}

/** How often each kind of edit is drawn: mostly replaced clauses, as in a real redraft. */
const EDIT_WEIGHTS: readonly [SyntheticEditType, number][] = [
  ['replace_clause', 119],
  ['delete_clause', 64],
  ['insert_clause', 62],
  ['substitute', 25],
  ['insert_paragraph', 14],
];

/** Word changes a reviewer looks for: a duty softened or hardened, a power moved, a period or penalty changed. */
const SUBSTITUTIONS: readonly [string, string][] = [
  ['应当', '可以'],
  ['可以', '应当'],
  ['国务院', '国务院有关部门'],
  ['罚款', '罚金'],
  ['十日', '十五日'],
  ['警告', '通报批评'],
  ['县级以上', '设区的市级以上'],
];

const ARTICLE = /^第[零〇一二三四五六七八九十百千]+条(?:之[一二三四五六七八九十]+)?\s/;
const HEADING = /^第[零〇一二三四五六七八九十百千]+[编分章节]/;

/**
 * A law as published (Markdown) read as plain text, one paragraph per line: heading marks and the
 * INFO END marker dropped, runs of half- and full-width spaces made one space.
 */
export function normalizeLawMarkdown(markdown: string): string {
  const lines = markdown
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && line !== '<!-- INFO END -->')
    .map((line) => line.replace(/^#+\s*/, '').replace(/[ \u3000]+/g, ' '));
  return lines.map((line) => `${line}\n`).join('');
}

/** mulberry32: a small seeded generator, so the pair is the same on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A paragraph cut after each ，；。：, the marks kept, so the pieces join back to the paragraph. */
export function clauses(paragraph: string): string[] {
  return paragraph.match(/[^，；。：]+[，；。：]?/g) ?? [];
}

/** A clause without its closing mark. */
function clauseBody(clause: string): string {
  return clause.replace(/[，；。：]$/, '');
}

/** Clauses of the version pairs, to insert and to replace with: real legal wording from other laws. */
function donorClauses(dir: string): string[] {
  const normDir = join(dir, 'pairs/norm');
  const donors = new Set<string>();
  for (const file of readdirSync(normDir).sort()) {
    for (const paragraph of readFileSync(join(normDir, file), 'utf8').split('\n')) {
      if (HEADING.test(paragraph)) continue;
      for (const clause of clauses(paragraph.replace(ARTICLE, ''))) {
        const body = clauseBody(clause);
        if (body.length >= 5 && body.length <= 30 && !/[《》（）()]/.test(body)) donors.add(body);
      }
    }
  }
  return [...donors];
}

interface Draw {
  random: () => number;
  int(limit: number): number;
  pick<T>(items: readonly T[]): T;
}

function draw(seed: number): Draw {
  const random = seededRandom(seed);
  const int = (limit: number) => Math.floor(random() * limit);
  return {
    random,
    int,
    pick: <T>(items: readonly T[]) => {
      const item = items[int(items.length)];
      if (item === undefined) throw new Error('nothing to pick from');
      return item;
    },
  };
}

function pickType(rng: Draw): SyntheticEditType {
  const total = EDIT_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  let left = rng.random() * total;
  for (const [type, weight] of EDIT_WEIGHTS) {
    left -= weight;
    if (left < 0) return type;
  }
  return 'replace_clause';
}

/** Indexes of the clauses of a paragraph that can be edited: not the article number, of a useful length. */
function editableClauses(parts: string[]): number[] {
  return parts.flatMap((clause, index) => {
    const length = clauseBody(clause).length;
    return !ARTICLE.test(clause) && length >= 4 && length <= 40 ? [index] : [];
  });
}

/** One edit of `paragraph`, or null when this kind of edit does not fit it. */
function editParagraph(
  type: SyntheticEditType,
  paragraph: string,
  rng: Draw,
  donors: string[],
): { old: string; new: string; text: string } | null {
  const parts = clauses(paragraph);
  const editable = editableClauses(parts);
  const at = editable.length > 0 ? rng.pick(editable) : -1;
  const clause = parts[at] ?? '';
  const splice = (replacement: string) =>
    [...parts.slice(0, at), replacement, ...parts.slice(at + 1)].join('');
  switch (type) {
    case 'delete_clause':
      // A paragraph keeps at least one clause: deleting a whole paragraph is not this kind of edit.
      return at < 0 || parts.length < 2 ? null : { old: clause, new: '', text: splice('') };
    case 'insert_clause': {
      if (at < 0) return null;
      const inserted = `${rng.pick(donors)}，`;
      return { old: '', new: inserted, text: splice(inserted + clause) };
    }
    case 'replace_clause': {
      if (at < 0) return null;
      const body = clauseBody(clause);
      const replacement = rng.pick(donors);
      return { old: body, new: replacement, text: splice(replacement + clause.slice(body.length)) };
    }
    case 'substitute': {
      const found = SUBSTITUTIONS.filter(([from]) => paragraph.includes(from));
      if (found.length === 0) return null;
      const [from, to] = rng.pick(found);
      return { old: from, new: to, text: paragraph.replace(from, to) };
    }
    case 'insert_paragraph': {
      const count = 1 + rng.int(3);
      const inserted = `${Array.from({ length: count }, () => rng.pick(donors)).join('，')}。`;
      return { old: '', new: inserted, text: inserted };
    }
  }
}

/** Paragraph ranges [start, end) of the articles whose text runs over 2–4 paragraphs. */
function articleRanges(paragraphs: string[], lawStarts: Set<number>): [number, number][] {
  const ranges: [number, number][] = [];
  for (let start = 0; start < paragraphs.length; start += 1) {
    if (!ARTICLE.test(paragraphs[start] ?? '')) continue;
    let end = start + 1;
    while (
      end < paragraphs.length &&
      !lawStarts.has(end) &&
      !ARTICLE.test(paragraphs[end] ?? '') &&
      !HEADING.test(paragraphs[end] ?? '')
    ) {
      end += 1;
    }
    if (end - start >= 2 && end - start <= 4) ranges.push([start, end]);
  }
  return ranges;
}

/** An article of the first third of the text moved before an article of the last third. */
function chooseMove(paragraphs: string[], lawStarts: Set<number>, rng: Draw): MovedArticle {
  const third = paragraphs.length / 3;
  const movable = articleRanges(paragraphs, lawStarts).filter(([start, end]) => {
    const length = paragraphs.slice(start, end).join('\n').length;
    return end < third && length >= 300 && length <= 600;
  });
  const [fromPara, end] = rng.pick(movable);
  const targets = paragraphs.flatMap((paragraph, index) =>
    index > 2 * third && ARTICLE.test(paragraph) ? [index - 1] : [],
  );
  return {
    fromPara,
    toAfterPara: rng.pick(targets),
    paras: end - fromPara,
    text: paragraphs.slice(fromPara, end).join('\n'),
  };
}

/** The pair built from the law texts in `dir` (test/fixtures/corpus). */
export function buildSyntheticPair(dir: string): SyntheticPair {
  const laws = SYNTHETIC_LAWS.map((file) => normalizeLawMarkdown(readFileSync(join(dir, file), 'utf8')));
  const a = laws.join('');
  const paragraphs = a.slice(0, -1).split('\n');
  const lawStarts = new Set<number>();
  let line = 0;
  for (const law of laws) {
    lawStarts.add(line);
    line += law.split('\n').length - 1;
  }

  const rng = draw(SEED);
  const donors = donorClauses(dir);
  const moved = chooseMove(paragraphs, lawStarts, rng);
  const isMoved = (index: number) => index >= moved.fromPara && index < moved.fromPara + moved.paras;
  const editable = (index: number) => {
    const paragraph = paragraphs[index] ?? '';
    // The paragraph the article lands after stays as it was, so the move has a fixed anchor.
    const fixed = isMoved(index) || index === moved.toAfterPara || lawStarts.has(index);
    return !fixed && !HEADING.test(paragraph) && paragraph.length >= 10;
  };

  const budget = Math.round(a.length * EDIT_SHARE);
  const edited = new Map<number, string>();
  const insertedAfter = new Map<number, string>();
  const edits: SyntheticEdit[] = [];
  let spent = 0;
  while (spent < budget) {
    const type = pickType(rng);
    // Paragraphs are drawn until one fits the kind of edit, so the kinds keep their weights.
    let para: number;
    let edit: ReturnType<typeof editParagraph> = null;
    do {
      para = rng.int(paragraphs.length);
      if (editable(para) && !edited.has(para) && !insertedAfter.has(para)) {
        edit = editParagraph(type, paragraphs[para] ?? '', rng, donors);
      }
    } while (!edit);
    if (type === 'insert_paragraph') insertedAfter.set(para, edit.text);
    else edited.set(para, edit.text);
    edits.push({ type, para, old: edit.old, new: edit.new });
    spent += Math.max(edit.old.length, edit.new.length);
  }

  const out: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (!isMoved(index)) out.push(edited.get(index) ?? paragraph);
    const inserted = insertedAfter.get(index);
    if (inserted !== undefined) out.push(inserted);
    if (index === moved.toAfterPara) out.push(moved.text);
  });
  return { a, b: `${out.join('\n')}\n`, edits, moved };
}
