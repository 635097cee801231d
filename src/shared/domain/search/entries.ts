import { type Block, blockText } from '../blocks';
import { parseStructure } from '../structure';

/** One searchable piece of a text: a block, with where it stands (第三章 › 第十二条 › 第二款). */
export interface BlockEntry {
  blockId: string;
  path: string;
  text: string;
}

/** The blocks of a text as search entries (empty blocks left out), each with its structural path. */
export function blockEntries(blocks: readonly Block[]): BlockEntry[] {
  const structure = parseStructure(blocks);
  const entries: BlockEntry[] = [];
  blocks.forEach((block, index) => {
    const text = blockText(block);
    if (text.trim() === '') return;
    entries.push({ blockId: block.id, path: structure.blocks[index]?.display ?? '', text });
  });
  return entries;
}
