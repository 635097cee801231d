import type { Block } from '../blocks';
import {
  isTableOfContentsLine,
  looksLikeHeading,
  matchArticle,
  matchDivision,
  matchGbNumbering,
} from '../structure/patterns';

/** Zero-width and byte-order characters that published texts leave on otherwise empty lines. */
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;

/** A line's text without invisible characters and without surrounding (also ideographic) spaces. */
export function cleanLine(line: string): string {
  return line.replace(INVISIBLE, '').replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');
}

export type LineKind = Pick<Block, 'kind' | 'level'>;

/**
 * Picks block kinds for the lines of one text, in order. 第X编/章/节 and GB/T 9704 numbers become headings
 * when the line reads like a heading (short, no sentence punctuation); inside an article （一） and 1. are
 * 项 and 目 of the article, so they stay paragraphs. The first line is the title unless told otherwise.
 */
export function classifyLines(lines: readonly string[], firstIsTitle = true): LineKind[] {
  const hasParts = lines.some((line) => matchDivision(line)?.kind === 'part');
  const divisionLevel = { part: 1, subpart: 2, chapter: hasParts ? 2 : 1, section: hasParts ? 3 : 2 };
  let inArticle = false;
  return lines.map((line, index): LineKind => {
    if (index === 0 && firstIsTitle) return { kind: 'title' };
    const division = matchDivision(line);
    if (division) {
      inArticle = false;
      return { kind: 'heading', level: Math.min(4, divisionLevel[division.kind]) };
    }
    if (matchArticle(line)) {
      inArticle = true;
      return { kind: 'paragraph' };
    }
    if (isTableOfContentsLine(line)) return { kind: 'paragraph' };
    const gb = matchGbNumbering(line);
    if (gb && looksLikeHeading(line) && (gb.level === 1 || !inArticle)) {
      if (gb.level === 1) inArticle = false;
      return { kind: 'heading', level: gb.level };
    }
    return { kind: 'paragraph' };
  });
}
