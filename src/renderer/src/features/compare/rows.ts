import type { CompareResult } from '../../../../shared/compare';

/** A row of the redline and side-by-side views: one aligned pair, or a folded stretch of unchanged ones. */
export type CompareRow =
  | { type: 'pair'; pair: number }
  /** Unchanged pairs start … end - 1, folded into one clickable line. */
  | { type: 'gap'; start: number; end: number }
  /** Where a moved unit stood in the older version (Word's 移出 place); the unit itself shows where it now stands. */
  | { type: 'moved-away'; unit: number };

export interface RowModel {
  rows: CompareRow[];
  /** Row index of each pair; -1 while the pair is folded away. */
  rowOfPair: Int32Array;
}

/** Unchanged pairs kept visible on each side of a folded stretch, for context. */
const CONTEXT = 2;
/** Fewer hidden pairs than this are not worth a fold line. */
const MIN_FOLD = 3;

/**
 * The rows to show. Stretches of unchanged units longer than the context are folded unless `fold` is off
 * or the fold (keyed by its first hidden pair, `gap.start`) was opened. Pairs inside a changed article are never folded,
 * so an article always reads whole.
 */
export function buildRows(result: CompareResult, fold: boolean, opened: ReadonlySet<number>): RowModel {
  const { pairs, units } = result;
  const rows: CompareRow[] = [];
  const rowOfPair = new Int32Array(pairs.length).fill(-1);
  const movedAway = movedAwaySlots(result);
  const show = (pair: number) => {
    for (const unit of movedAway.get(pair) ?? []) rows.push({ type: 'moved-away', unit });
    rowOfPair[pair] = rows.length;
    rows.push({ type: 'pair', pair });
  };
  const isQuiet = (pair: number) => {
    const unit = pairs[pair]?.unit;
    return unit !== undefined && units[unit]?.kind === 'unchanged' && !movedAway.has(pair);
  };
  let at = 0;
  while (at < pairs.length) {
    if (!fold || !isQuiet(at)) {
      show(at++);
      continue;
    }
    let end = at;
    while (end < pairs.length && isQuiet(end)) end++;
    const lead = CONTEXT;
    const trail = end === pairs.length ? 0 : CONTEXT;
    const hidden = end - at - lead - trail;
    if (hidden < MIN_FOLD || opened.has(at + lead)) {
      for (let pair = at; pair < end; pair++) show(pair);
    } else {
      for (let pair = at; pair < at + lead; pair++) show(pair);
      rows.push({ type: 'gap', start: at + lead, end: end - trail });
      for (let pair = end - trail; pair < end; pair++) show(pair);
    }
    at = end;
  }
  for (const unit of movedAway.get(pairs.length) ?? []) rows.push({ type: 'moved-away', unit });
  return { rows, rowOfPair };
}

/**
 * Where each moved unit stood: before the first pair, outside moved units, that came after it in the
 * older version (or at the end, key `pairs.length`) — the place the Word redline writes it as moved away.
 */
function movedAwaySlots(result: CompareResult): Map<number, number[]> {
  const { pairs, units } = result;
  const slots = new Map<number, number[]>();
  units.forEach((unit, index) => {
    if (unit.kind !== 'moved') return;
    let oldStart = Infinity;
    for (let at = unit.firstPair; at < unit.firstPair + unit.pairCount; at++) {
      oldStart = Math.min(oldStart, pairs[at]?.old?.index ?? Infinity);
    }
    let slot = pairs.findIndex(
      (pair) => units[pair.unit]?.kind !== 'moved' && pair.old !== undefined && pair.old.index > oldStart,
    );
    if (slot < 0) slot = pairs.length;
    slots.set(slot, [...(slots.get(slot) ?? []), index]);
  });
  return slots;
}
