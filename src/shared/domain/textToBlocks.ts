import type { Block } from './blocks';

const CHAPTER = /^第[一二三四五六七八九十百零〇]+[编章节]\s*/;
const LEVEL_1 = /^[一二三四五六七八九十]+、/;
const LEVEL_2 = /^（[一二三四五六七八九十]+）/;
const LEVEL_3 = /^\d+[.．]/;

/**
 * Plain lines → blocks: the first non-empty line is the title, chapter lines and GB/T 9704 heading
 * numbers (一、 /（一）/ 1.) become headings, everything else a paragraph. Used for typed or demo text;
 * Word import keeps its own styles.
 */
export function textToBlocks(lines: readonly string[], nextId: () => string): Block[] {
  const blocks: Block[] = [];
  for (const raw of lines) {
    const text = raw.trim();
    if (!text) continue;
    const runs = [{ text }];
    if (blocks.length === 0) blocks.push({ id: nextId(), kind: 'title', runs });
    else if (CHAPTER.test(text) && text.length <= 30)
      blocks.push({ id: nextId(), kind: 'heading', level: 1, runs });
    else if (LEVEL_1.test(text) && text.length <= 40)
      blocks.push({ id: nextId(), kind: 'heading', level: 1, runs });
    else if (LEVEL_2.test(text) && text.length <= 40)
      blocks.push({ id: nextId(), kind: 'heading', level: 2, runs });
    else if (LEVEL_3.test(text) && text.length <= 40)
      blocks.push({ id: nextId(), kind: 'heading', level: 3, runs });
    else blocks.push({ id: nextId(), kind: 'paragraph', runs });
  }
  return blocks;
}
