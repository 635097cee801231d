import type { Block } from '../blocks';
import { blockText } from '../blocks';
import {
  looksLikeHeading,
  matchArticle,
  matchDivision,
  matchGbNumbering,
  matchItem,
  matchSubitem,
} from '../structure/patterns';

/**
 * Inside an article, （一） 1. （1） lines are 项 and 目 of the current 款, not GB/T 9704 headings: they
 * become paragraphs, as the plain-text reader (classifyLines) reads the same lines. A reader that picks
 * block kinds one paragraph at a time (Word import, from paragraph styles and short numbered lines) calls
 * this on the whole text afterwards, so that 第五条's items do not become level-2 headings that the
 * following 款 and articles would nest under. An article ends at a title, a 第X章-style division, a short
 * 一、 line or a heading without numbering; tables leave it open. Blocks are changed in place.
 */
export function itemsInsideArticles(blocks: Block[]): Block[] {
  let inArticle = false;
  for (const block of blocks) {
    if (block.kind === 'table') continue;
    if (block.kind === 'title') {
      inArticle = false;
      continue;
    }
    const text = blockText(block);
    if (matchDivision(text)) {
      inArticle = false;
      continue;
    }
    if (matchArticle(text)) {
      inArticle = true;
      continue;
    }
    if (!inArticle) continue;
    const gb = matchGbNumbering(text);
    if (gb?.level === 1 && looksLikeHeading(text)) {
      inArticle = false;
      continue;
    }
    const numbered = matchItem(text) ?? matchSubitem(text) ?? (gb && gb.level > 1 ? gb : null);
    if (numbered && (block.kind === 'heading' || block.kind === 'list_item')) {
      block.kind = 'paragraph';
      delete block.level;
      delete block.ordered;
      continue;
    }
    if (block.kind === 'heading') inArticle = false;
  }
  return blocks;
}
