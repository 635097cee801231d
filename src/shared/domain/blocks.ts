/**
 * The stored form of a version's text (DESIGN §3): a list of paragraph-level blocks with styled runs.
 * Block ids stay stable across versions of the same block.
 */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export type BlockKind = 'title' | 'heading' | 'paragraph' | 'list_item' | 'table';

export interface TableCell {
  blocks: Block[];
}

export interface Block {
  id: string;
  kind: BlockKind;
  /** Heading level 1–4 (一、 /（一）/ 1. /（1）) or list nesting level. */
  level?: number;
  runs: Run[];
  /** Only for tables: rows of cells. */
  rows?: TableCell[][];
}

export function blockText(block: Block): string {
  if (block.kind === 'table') {
    return (block.rows ?? [])
      .map((row) => row.map((cell) => cell.blocks.map(blockText).join('\n')).join('\t'))
      .join('\n');
  }
  return block.runs.map((run) => run.text).join('');
}

/** Plain-text projection used for search and character counts: one block per line. */
export function blocksToPlainText(blocks: readonly Block[]): string {
  return blocks.map(blockText).join('\n');
}
