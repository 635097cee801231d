import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Prints a result table and keeps it as JSON under test-results/bench/<name>.json. */
export function report(name: string, rows: Record<string, unknown>[]): void {
  console.log(`\n== ${name} ==`);
  console.table(rows);
  const dir = join(__dirname, '../../test-results/bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(rows, null, 2)}\n`);
}
