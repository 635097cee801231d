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
