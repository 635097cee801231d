import { useMemo } from 'react';
import type { Block } from '../../../../shared/domain/blocks';
import { textBlocks } from '../../../../shared/domain/anchoring';
import { parseStructure } from '../../../../shared/domain/structure';

/** What the panel needs to know about a text: reading order of its blocks and where each one stands. */
export interface BlockIndex {
  /** Position of each text-bearing block (table cells included) in reading order. */
  order: Map<string, number>;
  /** Plain text of each text-bearing block. */
  texts: Map<string, string>;
  /** Structural place of a block, e.g. 第三章 › 第十七条 (absent for blocks outside any unit). */
  locations: Map<string, string>;
}

export function buildBlockIndex(blocks: readonly Block[]): BlockIndex {
  const order = new Map<string, number>();
  const texts = new Map<string, string>();
  textBlocks(blocks).forEach((block, index) => {
    order.set(block.id, index);
    texts.set(block.id, block.text);
  });
  const locations = new Map<string, string>();
  for (const block of parseStructure(blocks).blocks) {
    if (block.display) locations.set(block.blockId, block.display);
  }
  return { order, texts, locations };
}

export function useBlockIndex(blocks: readonly Block[]): BlockIndex {
  return useMemo(() => buildBlockIndex(blocks), [blocks]);
}
