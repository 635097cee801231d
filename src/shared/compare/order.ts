import type { Alignment } from './align';

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
