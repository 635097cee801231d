import { performance } from 'node:perf_hooks';
import type { Session } from '../../src/main/api/context';
import type { Dispatcher } from '../../src/main/api/dispatch';
import { percentile, round } from './stats';

/**
 * Each named query of a list channel, `runs` times through the full dispatch: its number of matches
 * (the answer's `total`) and the p50/p95 of the call, one row per query for `report`.
 */
export async function timeQueries(
  dispatcher: Dispatcher,
  session: Session,
  channel: string,
  queries: Record<string, unknown>,
  runs: number,
): Promise<{ query: string; matches: number; p50_ms: number; p95_ms: number }[]> {
  const rows = [];
  for (const [name, query] of Object.entries(queries)) {
    const samples: number[] = [];
    let total = 0;
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      const result = await dispatcher.dispatch(session, channel, query);
      samples.push(performance.now() - started);
      if (!result.ok) throw new Error(result.error.message);
      total = (result.value as { total: number }).total;
    }
    rows.push({
      query: name,
      matches: total,
      p50_ms: round(percentile(samples, 50)),
      p95_ms: round(percentile(samples, 95)),
    });
  }
  return rows;
}
