import { longestIncreasing } from './longestIncreasing';
import type { AlignedPair, CompareResult } from './types';

/**
 * One paragraph (or table) of a redline, in the order it is written:
 * - `kept`: a pair standing in place in both versions (unchanged, renumbered or edited inside);
 * - `deleted`: the old side of a pair, where the old version had it;
 * - `inserted`: the new side of a pair, where the new version has it.
 * A moved pair gives a `deleted` step at its old place and an `inserted` step at its new place, both
 * carrying the same `move` name, so a word processor shows them as one move.
 */
export type RedlineStep =
  | { kind: 'kept'; pair: number }
  | { kind: 'deleted'; pair: number; move?: string }
  | { kind: 'inserted'; pair: number; move?: string };

export interface RedlinePlan {
  steps: RedlineStep[];
  /** Moves, each written once from and once to; the name is Word's w:name of the move ranges. */
  moves: number;
  /** Pairs written as moves although the comparison did not call their unit moved (kept out of order). */
  extraMoves: number;
}

/**
 * Orders a comparison for a redline whose 全部接受 gives the new version and 全部拒绝 the old one, block
 * for block: the pairs standing in both versions in the same order are the anchors; everything else is
 * written between the anchors it falls between, old-only steps (deletions, moves away) before new-only
 * steps (insertions, moves here). A pair of a moved unit is a move. A pair that would stand out of order
 * anyway (an anchor left out of the longest in-order run) becomes a move of its own, so the old order
 * always comes back on rejection.
 */
export function planRedline(result: Pick<CompareResult, 'pairs' | 'units'>): RedlinePlan {
  const { pairs, units } = result;
  const moveName = new Map<number, string>();
  const unitMoves = new Map<number, string>();
  let moves = 0;
  const nameMove = (pair: number, unit: number | undefined) => {
    if (unit !== undefined) {
      let name = unitMoves.get(unit);
      if (!name) {
        name = `move${++moves}`;
        unitMoves.set(unit, name);
      }
      moveName.set(pair, name);
    } else moveName.set(pair, `move${++moves}`);
  };

  const both: number[] = [];
  pairs.forEach((pair, index) => {
    if (!pair.old || !pair.new) return;
    if (units[pair.unit]?.kind === 'moved') nameMove(index, pair.unit);
    else both.push(index);
  });
  both.sort((a, b) => newIndex(pairs[a]) - newIndex(pairs[b]));
  const inOrder = longestIncreasing(both.map((index) => oldIndex(pairs[index])));
  const anchors: number[] = [];
  let extraMoves = 0;
  both.forEach((index, at) => {
    if (inOrder[at]) anchors.push(index);
    else {
      nameMove(index, undefined);
      extraMoves += 1;
    }
  });

  const oldOnly: number[] = [];
  const newOnly: number[] = [];
  pairs.forEach((pair, index) => {
    const moved = moveName.has(index);
    if (pair.old && (moved || !pair.new)) oldOnly.push(index);
    if (pair.new && (moved || !pair.old)) newOnly.push(index);
  });
  oldOnly.sort((a, b) => oldIndex(pairs[a]) - oldIndex(pairs[b]));
  newOnly.sort((a, b) => newIndex(pairs[a]) - newIndex(pairs[b]));

  const steps: RedlineStep[] = [];
  let nextOld = 0;
  let nextNew = 0;
  const flush = (oldBefore: number, newBefore: number) => {
    for (; nextOld < oldOnly.length && oldIndex(pairs[oldOnly[nextOld] as number]) < oldBefore; nextOld++) {
      const pair = oldOnly[nextOld] as number;
      steps.push(withMove({ kind: 'deleted', pair }, moveName.get(pair)));
    }
    for (; nextNew < newOnly.length && newIndex(pairs[newOnly[nextNew] as number]) < newBefore; nextNew++) {
      const pair = newOnly[nextNew] as number;
      steps.push(withMove({ kind: 'inserted', pair }, moveName.get(pair)));
    }
  };
  for (const anchor of anchors) {
    flush(oldIndex(pairs[anchor]), newIndex(pairs[anchor]));
    steps.push({ kind: 'kept', pair: anchor });
  }
  flush(Infinity, Infinity);
  return { steps, moves, extraMoves };
}

function withMove<T extends RedlineStep>(step: T, move: string | undefined): T {
  return move ? { ...step, move } : step;
}

function oldIndex(pair: AlignedPair | undefined): number {
  return pair?.old?.index ?? -1;
}
function newIndex(pair: AlignedPair | undefined): number {
  return pair?.new?.index ?? -1;
}
