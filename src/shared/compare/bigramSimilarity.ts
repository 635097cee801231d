/**
 * Content similarity for alignment: Dice coefficient over character bigrams. Each text is reduced once to
 * a sorted array of 32-bit bigram codes, so a comparison is one linear merge, plus a one-in-four sample of
 * those codes (chosen by hash, so the same bigrams are kept in both texts) that rejects clearly different
 * texts at a quarter of the cost.
 */

export interface Profile {
  grams: Uint32Array;
  sample: Uint32Array;
}

/** Below this many bigrams the sample is too small to say anything. */
const SAMPLE_FROM = 32;
/** A sampled estimate this far under the threshold rejects the pair without the exact merge. */
const SAMPLE_MARGIN = 0.2;

function sampled(code: number): boolean {
  return Math.imul(code, 0x9e3779b1) >>> 30 === 0;
}

/** Reused between calls: the sampled codes before they are copied out. */
let scratch = new Uint32Array(1024);

export function bigramProfile(text: string): Profile {
  if (text.length < 2) {
    const grams = Uint32Array.from(text.length === 1 ? [text.charCodeAt(0)] : []);
    return { grams, sample: grams };
  }
  const grams = new Uint32Array(text.length - 1);
  if (scratch.length < grams.length) scratch = new Uint32Array(grams.length * 2);
  let kept = 0;
  for (let index = 0; index < grams.length; index++) {
    const code = ((text.charCodeAt(index) << 16) | text.charCodeAt(index + 1)) >>> 0;
    grams[index] = code;
    if (sampled(code)) scratch[kept++] = code;
  }
  return { grams: grams.sort(), sample: scratch.slice(0, kept).sort() };
}

/** Dice coefficient 2|A∩B| / (|A|+|B|) of two sorted code arrays (multiset intersection), 0 … 1. */
export function dice(a: Uint32Array, b: Uint32Array): number {
  const total = a.length + b.length;
  if (total === 0) return 1;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * common) / total;
}

/** Dice similarity of two profiles when it is at least `threshold`, else 0 (often without computing it). */
export function similarityAtLeast(a: Profile, b: Profile, threshold: number): number {
  const total = a.grams.length + b.grams.length;
  if (total === 0) return 1;
  // Upper bound from the sizes alone.
  if ((2 * Math.min(a.grams.length, b.grams.length)) / total < threshold) return 0;
  if (a.grams.length >= SAMPLE_FROM && b.grams.length >= SAMPLE_FROM) {
    if (dice(a.sample, b.sample) < threshold - SAMPLE_MARGIN) return 0;
  }
  const value = dice(a.grams, b.grams);
  return value >= threshold ? value : 0;
}

/**
 * A lower bound of the Dice similarity from the common start and end alone: the bigrams inside them are
 * shared. A paragraph with one edit in it clears the alignment thresholds this way without a profile.
 */
export function edgeSimilarity(a: string, b: string): number {
  const total = a.length + b.length - 2;
  if (total <= 0) return a === b ? 1 : 0;
  const limit = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)
  ) {
    suffix++;
  }
  const shared = Math.max(0, prefix - 1) + Math.max(0, suffix - 1);
  return (2 * shared) / total;
}
