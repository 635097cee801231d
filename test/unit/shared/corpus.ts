import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Block } from '../../../src/shared/domain/blocks';
import { markdownToBlocks } from '../../../src/shared/domain/readers/markdownToBlocks';
import { plainTextToBlocks } from '../../../src/shared/domain/readers/plainTextToBlocks';

/** The shared corpus of real law texts (../shared/corpus beside the repository). */
export const CORPUS = join(__dirname, '../../../../shared/corpus');

export function corpusText(relative: string): string {
  return readFileSync(join(CORPUS, relative), 'utf8');
}

/** Blocks of a corpus file, read as Markdown (.md) or plain text; ids prefixed so versions share none. */
export function corpusBlocks(relative: string, prefix = 'b'): Block[] {
  let next = 0;
  const nextId = () => `${prefix}${++next}`;
  const text = corpusText(relative);
  return relative.endsWith('.md') ? markdownToBlocks(text, { nextId }) : plainTextToBlocks(text, { nextId });
}

/** Every law text of the pairs folder: the normalized .txt files and the raw .md files. */
export function corpusLawFiles(): string[] {
  const norm = readdirSync(join(CORPUS, 'pairs/norm'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => `pairs/norm/${name}`);
  const raw = readdirSync(join(CORPUS, 'pairs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `pairs/${name}`);
  return [...norm, ...raw].sort();
}

export interface BenchPair {
  slug: string;
  mode: string;
  old: string;
  new: string;
}

export function benchPairs(): BenchPair[] {
  return JSON.parse(corpusText('pairs/bench_pairs.json')) as BenchPair[];
}
