// Runs the `diff` package's diffChars on one pair in a worker thread, so the benchmark can stop it after
// a time limit (it is O(N·D) and takes minutes on heavily revised laws). Posts one message per run.
import { parentPort, workerData } from 'node:worker_threads';
import { diffChars } from 'diff';

const { oldText, newText, maxRuns, budgetMs } = workerData;
const started = performance.now();
for (let run = 0; run < maxRuns && performance.now() - started < budgetMs; run += 1) {
  const before = performance.now();
  const changes = diffChars(oldText, newText);
  const ms = performance.now() - before;
  let hunks = 0;
  let marked = 0;
  let inHunk = false;
  let rebuilt = '';
  for (const change of changes) {
    if (change.added || change.removed) {
      if (!inHunk) hunks += 1;
      inHunk = true;
      marked += change.value.length;
    } else {
      inHunk = false;
    }
    if (!change.removed) rebuilt += change.value;
  }
  parentPort.postMessage({ ms, hunks, marked, reconstructs: rebuilt === newText });
}
