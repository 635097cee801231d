import type { Run } from '../../../../shared/domain/blocks';

/** A range of a block's text to mark, keyed by thread id (or the pending selection's key). */
export interface MarkSpan {
  key: string;
  start: number;
  end: number;
}

/** A piece of a block's text with one set of styles and one set of marks over it. */
export interface Segment {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Keys of the spans covering this piece, in the order the spans were given. */
  marks: string[];
}

/**
 * Cuts a block's runs wherever a style or a mark starts or ends, so the text can be rendered with
 * <mark>s without changing a single character of it (offsets stay those of the block's plain text).
 */
export function segmentRuns(runs: readonly Run[], spans: readonly MarkSpan[]): Segment[] {
  const length = runs.reduce((sum, run) => sum + run.text.length, 0);
  const cuts = new Set<number>([0, length]);
  let at = 0;
  for (const run of runs) {
    at += run.text.length;
    cuts.add(at);
  }
  for (const span of spans) {
    cuts.add(Math.min(Math.max(span.start, 0), length));
    cuts.add(Math.min(Math.max(span.end, 0), length));
  }
  const points = [...cuts].sort((a, b) => a - b);

  const segments: Segment[] = [];
  let runIndex = 0;
  let runStart = 0;
  for (let i = 0; i + 1 < points.length; i += 1) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? 0;
    while (runIndex < runs.length && runStart + (runs[runIndex]?.text.length ?? 0) <= from) {
      runStart += runs[runIndex]?.text.length ?? 0;
      runIndex += 1;
    }
    const run = runs[runIndex];
    if (!run || to <= from) continue;
    segments.push({
      text: run.text.slice(from - runStart, to - runStart),
      bold: !!run.bold,
      italic: !!run.italic,
      underline: !!run.underline,
      marks: spans.filter((span) => span.start <= from && span.end >= to).map((span) => span.key),
    });
  }
  return segments;
}
