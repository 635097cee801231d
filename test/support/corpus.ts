import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Block } from '../../src/shared/domain/blocks';
import { markdownToBlocks } from '../../src/shared/domain/readers/markdownToBlocks';
import { plainTextToBlocks } from '../../src/shared/domain/readers/plainTextToBlocks';
import { buildSyntheticPair, type SyntheticPair } from './syntheticCorpus';

/**
 * The real law texts the tests read, kept in the repository (test/fixtures/corpus/SOURCES.md says where
 * each comes from). Tests and benchmarks reach them only through this module.
 */
// Joined rather than resolved as a file: URL because happy-dom replaces the global URL.
export const CORPUS_DIR = join(__dirname, '../fixtures/corpus');

/** The absolute path of a stored corpus file, for code that takes a path (the CLI, a file dialog). */
export function corpusPath(relative: string): string {
  return join(CORPUS_DIR, relative);
}

let synthetic: SyntheticPair | undefined;

/** The synthetic pair, built once per test file from the stored laws. */
export function syntheticPair(): SyntheticPair {
  synthetic ??= buildSyntheticPair(CORPUS_DIR);
  return synthetic;
}

/** Generated texts named like files, so that lists of pairs can hold them beside the stored ones. */
const GENERATED: Record<string, () => string> = {
  'synthetic/synthetic_a.txt': () => syntheticPair().a,
  'synthetic/synthetic_b.txt': () => syntheticPair().b,
};

export function corpusText(relative: string): string {
  return GENERATED[relative]?.() ?? readFileSync(corpusPath(relative), 'utf8');
}

/** Blocks of a corpus text, read as Markdown (.md) or plain text; ids prefixed so versions share none. */
export function corpusBlocks(relative: string, prefix = 'b'): Block[] {
  let next = 0;
  const nextId = () => `${prefix}${++next}`;
  const text = corpusText(relative);
  return relative.endsWith('.md') ? markdownToBlocks(text, { nextId }) : plainTextToBlocks(text, { nextId });
}

/** Every law text of the pairs folder: the normalized .txt files and the raw .md files. */
export function corpusLawFiles(): string[] {
  const norm = readdirSync(corpusPath('pairs/norm'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => `pairs/norm/${name}`);
  const raw = readdirSync(corpusPath('pairs'))
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

/** The old/new pairs of pairs/bench_pairs.json. */
export function benchPairs(): BenchPair[] {
  return JSON.parse(corpusText('pairs/bench_pairs.json')) as BenchPair[];
}

/** Titles of the laws and rules of index.tsv, as realistic registry titles. */
export function corpusTitles(): string[] {
  const lines = corpusText('index.tsv').trim().split('\n').slice(1);
  return lines.map((line) => line.split('\t')[1] ?? '').filter(Boolean);
}
