import type { Block } from '../blocks';
import { citation } from './paths';
import { StructureScan } from './scanStructure';

/**
 * How a reader cites the block `blockId` of a text: 第五条第一款第（一）项 for a 项, 第六条 for a one-款
 * article, '' for a block outside any article (title, headings, preamble) or not in the text.
 */
export function blockCitation(blocks: readonly Block[], blockId: string): string {
  const index = blocks.findIndex((block) => block.id === blockId);
  if (index < 0) return '';
  const path = new StructureScan(blocks).path(index);
  return path.some((node) => node.kind === 'article') ? citation(path) : '';
}
