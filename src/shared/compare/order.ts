import type { Alignment } from './align';

/** Indices (positions in `values`) of one longest strictly increasing subsequence. */
export function longestIncreasing(values: ArrayLike<number>): Uint8Array {
  const n = values.length;
  const tails: number[] = [];
  const previous = new Int32Array(n).fill(-1);
  for (let index = 0; index < n; index++) {
    const value = values[index] as number;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] as number] as number) < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[index] = tails[lo - 1] as number;
    tails[lo] = index;
  }
  const keep = new Uint8Array(n);
  for (
    let at = tails.length > 0 ? (tails[tails.length - 1] as number) : -1;
    at >= 0;
    at = previous[at] as number
  ) {
    keep[at] = 1;
  }
  return keep;
}

/**
 * Reading order for showing both versions at once: new units in their order, each deleted old unit just
 * after the old unit that precedes it. Moved units appear once, at their new place.
 */
export function displayOrder(alignment: Alignment): [number, number][] {
  const { oldToNew, newToOld, moved } = alignment;
  const order: [number, number][] = [];
  let nextOld = 0;
  const flushDeleted = (until: number) => {
    for (; nextOld < until; nextOld++) {
      if (oldToNew[nextOld] === -1) order.push([nextOld, -1]);
    }
  };
  newToOld.forEach((i, j) => {
    if (i >= 0 && !moved[j]) {
      flushDeleted(i);
      nextOld = Math.max(nextOld, i + 1);
    }
    order.push([i, j]);
  });
  flushDeleted(oldToNew.length);
  return order;
}
