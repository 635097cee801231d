import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { expect, test } from 'vitest';
import { blocksToPlainText } from '../../src/shared/domain/blocks';
import {
  createLawLibrary,
  LawArticlesData,
  LawLibraryData,
  RenumberingData,
} from '../../src/shared/domain/laws';
import { countBySeverity, runPrecheck } from '../../src/shared/domain/precheck';
import { plainTextToBlocks } from '../../src/shared/domain/readers/plainTextToBlocks';
import { percentile, report, round } from './stats';
import { syntheticPair } from '../support/corpus';

const RUNS = 30;
const WARMUP = 3;
const root = join(__dirname, '../..');

/** 智能预审 over ~309,000 characters (19 laws concatenated, one paragraph per line) with the law library. */
test('pre-check of a 300,000-character document', () => {
  const text = syntheticPair().a;
  const blocks = plainTextToBlocks(text);
  const loadStarted = performance.now();
  const library = createLawLibrary(
    LawLibraryData.parse(JSON.parse(readFileSync(join(root, 'resources/laws/library.json'), 'utf8'))),
    RenumberingData.parse(JSON.parse(readFileSync(join(root, 'resources/laws/renumbering.json'), 'utf8'))),
    LawArticlesData.parse(JSON.parse(readFileSync(join(root, 'resources/laws/articles.json'), 'utf8'))),
  );
  const loadMs = performance.now() - loadStarted;
  const input = { blocks, library, document: { kind: 'admin_normative' as const } };
  for (let i = 0; i < WARMUP; i += 1) runPrecheck(input);
  const samples: number[] = [];
  let findings = runPrecheck(input);
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    findings = runPrecheck(input);
    samples.push(performance.now() - started);
  }
  const counts = countBySeverity(findings);
  report('precheck', [
    {
      characters: blocksToPlainText(blocks).length,
      blocks: blocks.length,
      findings: findings.length,
      errors: counts.error,
      warnings: counts.warning,
      notes: counts.info,
      runs: RUNS,
      p50_ms: round(percentile(samples, 50)),
      p95_ms: round(percentile(samples, 95)),
      max_ms: round(Math.max(...samples)),
      library_load_ms: round(loadMs),
    },
  ]);
  expect(blocksToPlainText(blocks).length).toBeGreaterThan(300_000);
  expect(percentile(samples, 50)).toBeLessThan(300);
});
