import { performance } from 'node:perf_hooks';
import { afterAll, expect, test } from 'vitest';
import { buildTrackedChangesDocx } from '../../src/main/export/trackedChanges';
import { compareVersions } from '../../src/shared/compare';
import { planRedline } from '../../src/shared/compare/redlinePlan';
import { corpusBlocks } from '../support/corpus';
import { percentile, report, round } from './stats';

/**
 * Export of the Word redline (issue 16): the comparison and the .docx with moves, exact edits and the GB/T
 * 9704 page, as `compare.export` does it, timed whole after one warm-up run. Target: the 刑诉规则 redline
 * in < 2 s (p95).
 */

const RUNS = 10;
const PAIRS = [
  {
    name: '人民检察院刑事诉讼规则 2012 → 2019',
    old: 'jianchayuanxingsuguize_2012',
    new: 'jianchayuanxingsuguize_2019',
    target: 2000,
  },
  { name: '公司法 2018 → 2023', old: 'gongsifa_2018', new: 'gongsifa_2023', target: 2000 },
];
const rows: Record<string, unknown>[] = [];

afterAll(() => report('redline', rows));

test.each(PAIRS)('exports the $name redline', async (pair) => {
  const oldBlocks = corpusBlocks(`pairs/norm/${pair.old}.txt`, 'o');
  const newBlocks = corpusBlocks(`pairs/norm/${pair.new}.txt`, 'n');
  const revision = { author: '王起草', date: '2025-03-10T02:00:00Z' };
  const samples: number[] = [];
  let bytes = 0;
  let moves = 0;
  for (let run = 0; run <= RUNS; run += 1) {
    const started = performance.now();
    const result = compareVersions(oldBlocks, newBlocks);
    const data = await buildTrackedChangesDocx(result, oldBlocks, newBlocks, revision, {
      title: pair.name,
      creator: 'NormDesk',
    });
    if (run > 0) samples.push(performance.now() - started);
    bytes = data.length;
    moves = planRedline(result).moves;
  }
  const p50 = percentile(samples, 50);
  const p95 = percentile(samples, 95);
  rows.push({
    pair: pair.name,
    moves,
    'file (KB)': round(bytes / 1024, 0),
    'p50 (ms)': round(p50, 0),
    'p95 (ms)': round(p95, 0),
    'target (ms)': pair.target,
  });
  expect(p95).toBeLessThan(pair.target);
});
