/**
 * The stored form of a version's text (DESIGN §3): a list of paragraph-level blocks with styled runs.
 * Block ids stay stable across versions of the same block (the editor keeps them; import assigns new ones).
 */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export const BLOCK_KINDS = ['title', 'heading', 'paragraph', 'list_item', 'table'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** GB/T 9704 heading levels: 1 一、 2 （一） 3 1. 4 （1）. */
export type HeadingLevel = 1 | 2 | 3 | 4;

export interface TableCell {
  blocks: Block[];
}

export interface Block {
  id: string;
  kind: BlockKind;
  /** Heading: GB/T 9704 level 1–4. List item: nesting level, 1 for the outermost list. */
  level?: number;
  /** List item only: numbered (true) or bulleted (false or absent). */
  ordered?: boolean;
  runs: Run[];
  /** Only for tables: rows of cells, each cell holding its own blocks. */
  rows?: TableCell[][];
}

export function blockText(block: Block): string {
  if (block.kind === 'table') {
    return (block.rows ?? [])
      .map((row) => row.map((cell) => cell.blocks.map(blockText).join('\n')).join('\t'))
      .join('\n');
  }
  // One run is by far the most common shape: skip the array building.
  if (block.runs.length === 1) return block.runs[0]?.text ?? '';
  return block.runs.map((run) => run.text).join('');
}

/** Plain-text projection used for search and character counts: one block per line. */
export function blocksToPlainText(blocks: readonly Block[]): string {
  return blocks.map(blockText).join('\n');
}

function sameMarks(a: Run, b: Run): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline;
}

/**
 * Runs in their one canonical shape: adjacent runs with the same marks merged, empty runs dropped, false
 * marks left out. Converters call it so that equal content always serializes (and hashes) the same.
 */
export function normalizeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = out[out.length - 1];
    if (last && sameMarks(last, run)) {
      last.text += run.text;
      continue;
    }
    const next: Run = { text: run.text };
    if (run.bold) next.bold = true;
    if (run.italic) next.italic = true;
    if (run.underline) next.underline = true;
    out.push(next);
  }
  return out.length > 0 ? out : [{ text: '' }];
}

/** A plain paragraph-level block of one unstyled run. */
export function textBlock(
  id: string,
  kind: Exclude<BlockKind, 'table'>,
  text: string,
  extra: Pick<Block, 'level' | 'ordered'> = {},
): Block {
  return { id, kind, ...extra, runs: [{ text }] };
}

/** Sequential ids b1, b2, … for readers that build a fresh block list. */
export function sequentialIds(prefix = 'b'): () => string {
  let next = 0;
  return () => `${prefix}${++next}`;
}
