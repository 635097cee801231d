import type { Block } from './blocks';
import { plainTextToBlocks } from './readers/plainTextToBlocks';

/**
 * Plain lines → blocks (typed or demo text): the first non-empty line is the title, chapter lines and
 * GB/T 9704 heading numbers become headings, everything else a paragraph. Word import keeps its own styles.
 */
export function textToBlocks(lines: readonly string[], nextId: () => string): Block[] {
  return plainTextToBlocks(lines.join('\n'), { nextId });
}
