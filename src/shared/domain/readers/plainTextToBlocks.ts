import type { Block } from '../blocks';
import { sequentialIds } from '../blocks';
import { classifyLines, cleanLine } from './lineKinds';

export interface ReaderOptions {
  /** Id for each new block; defaults to b1, b2, … so the same text always gives the same blocks. */
  nextId?: () => string;
  /** Whether the first paragraph is the document title (default true). */
  firstIsTitle?: boolean;
}

/**
 * A .txt file → blocks: one block per non-empty line (lines trimmed, zero-width-only lines dropped), the
 * first line the title, chapters and GB/T 9704 numbered headings as headings, the rest paragraphs.
 */
export function plainTextToBlocks(text: string, options: ReaderOptions = {}): Block[] {
  const nextId = options.nextId ?? sequentialIds();
  const lines = text
    .split(/\r\n|\r|\n/)
    .map(cleanLine)
    .filter((line) => line !== '');
  const kinds = classifyLines(lines, options.firstIsTitle ?? true);
  return lines.map((line, index) => {
    const { kind, level } = kinds[index] ?? { kind: 'paragraph' };
    return level === undefined
      ? { id: nextId(), kind, runs: [{ text: line }] }
      : { id: nextId(), kind, level, runs: [{ text: line }] };
  });
}
