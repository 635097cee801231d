import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { compareVersions, type CompareOptions, type CompareResult } from '../../shared/compare';
import type { Block } from '../../shared/domain/blocks';
import { blocksToPlainText } from '../../shared/domain/blocks';

/** Below this many characters a comparison takes a few milliseconds: a worker would only add its start-up. */
const WORKER_THRESHOLD = 60_000;

/** The built worker (out/main/compareWorker.js); absent when running from source in tests. */
function workerFile(): string | null {
  for (const candidate of [join(__dirname, 'compareWorker.js'), join(__dirname, '..', 'compareWorker.js')]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** Compares two versions, on a worker thread when the texts are large, so the main process stays responsive. */
export function compareInWorker(
  oldBlocks: Block[],
  newBlocks: Block[],
  options: CompareOptions,
): Promise<CompareResult> {
  const size = blocksToPlainText(oldBlocks).length + blocksToPlainText(newBlocks).length;
  const file = size >= WORKER_THRESHOLD ? workerFile() : null;
  if (!file) return Promise.resolve(compareVersions(oldBlocks, newBlocks, options));
  return new Promise((resolve, reject) => {
    // Nearly every object of a comparison survives into its result: a young generation of V8's
    // --max-semi-space-size=64 (3 × 64 MB) spares most of the garbage collections (test/bench/compare).
    const worker = new Worker(file, {
      workerData: { oldBlocks, newBlocks, options },
      resourceLimits: { maxYoungGenerationSizeMb: 192 },
    });
    worker.once('message', (result: CompareResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`compare worker exited with ${code}`));
    });
  });
}
