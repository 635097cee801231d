import type { Block } from '../blocks';
import { parseStructure } from './parseStructure';
import type { ArticleView } from './types';

/** The 条 of a version in order: number, label, block ids and text (for outlines, 对照表 and citations). */
export function articles(blocks: readonly Block[]): ArticleView[] {
  return parseStructure(blocks).articles;
}
