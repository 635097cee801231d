import type { AlignedPair, CompareResult } from '../../../../shared/compare';

/**
 * First guesses of row heights, before a row is measured: close guesses keep the scrollbar honest and let
 * a jump to a far change land in one go instead of correcting itself over several frames. Characters per
 * line are those of a 1440-pixel window; real heights replace the guesses as soon as rows are drawn.
 */
const LINE_HEIGHT = 30;
const ROW_PADDING = 10;

export const CHARS_PER_LINE = { redline: 46, side: 24, table: 17 } as const;

function lines(chars: number, perLine: number): number {
  return Math.max(1, Math.ceil(chars / perLine));
}

/** Characters of a pair in one version, or in the redline (both versions' words). */
export function pairLength(pair: AlignedPair, side: 'old' | 'new' | 'both'): number {
  let length = 0;
  if (side !== 'new') length += pair.old?.prefix.length ?? 0;
  if (side !== 'old') length += pair.new?.prefix.length ?? 0;
  for (const op of pair.ops) {
    if (op.op === 'equal' || (op.op === 'insert' && side !== 'old') || (op.op === 'delete' && side !== 'new'))
      length += op.text.length;
  }
  return length;
}

export function textRowHeight(chars: number, perLine: number): number {
  return lines(chars, perLine) * LINE_HEIGHT + ROW_PADDING;
}

/** A 对照表 row: its label line, then the longer of the two texts (each pair a paragraph). */
export function tableRowHeight(result: CompareResult, unit: number): number {
  const change = result.units[unit];
  if (!change) return 120;
  let oldLines = 0;
  let newLines = 0;
  for (let at = change.firstPair; at < change.firstPair + change.pairCount; at++) {
    const pair = result.pairs[at];
    if (!pair) continue;
    if (pair.old) oldLines += lines(pairLength(pair, 'old'), CHARS_PER_LINE.table);
    if (pair.new) newLines += lines(pairLength(pair, 'new'), CHARS_PER_LINE.table);
  }
  return 40 + Math.max(oldLines, newLines, 3) * LINE_HEIGHT;
}
