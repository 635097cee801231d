import { diffArrays } from 'diff';
import { longestIncreasing } from './longestIncreasing';
import { bigramProfile, dice } from './bigramSimilarity';
import { isWordBoundaryChar, tokenize } from './tokenize';

/** A stretch of two token streams, in characters: equal, or a change replacing old [o0,o1) by new [n0,n1). */
export interface Segment {
  equal: boolean;
  o0: number;
  o1: number;
  n0: number;
  n1: number;
}

/**
 * How far the common start and end give back to the changed middle, so that the words at its edges are
 * segmented in context: to the last punctuation mark, but no further than a long Chinese word.
 */
const CONTEXT = 6;

export function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let index = 0;
  while (index < limit && a.charCodeAt(index) === b.charCodeAt(index)) index++;
  if (index === limit) return index;
  const floor = Math.max(0, index - CONTEXT);
  while (index > floor && !isWordBoundaryChar(a[index - 1] ?? '')) index--;
  return index;
}

export function commonSuffix(a: string, b: string, prefix: number): number {
  const limit = Math.min(a.length, b.length) - prefix;
  let length = 0;
  while (length < limit && a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)) {
    length++;
  }
  if (length === limit) return length;
  const floor = Math.max(0, length - CONTEXT);
  while (length > floor && !isWordBoundaryChar(a[a.length - length - 1] ?? '')) length--;
  return length;
}

/** Above this many tokens the stream is first cut at shared unique tokens (patience anchoring). */
const ANCHOR_FROM = 48;
/** diffArrays gives up past this edit length; the stretch is then one replacement (bounded time). */
const MAX_EDIT_LENGTH = 800;

function lengthOf(tokens: readonly string[], from: number, to: number): number {
  let length = 0;
  for (let index = from; index < to; index++) length += (tokens[index] as string).length;
  return length;
}

/** diffArrays (the `diff` package) over token ranges, as character segments starting at (o, n). */
function myers(a: string[], b: string[], o: number, n: number, out: Segment[]): void {
  if (a.length === 0 || b.length === 0) {
    out.push({
      equal: false,
      o0: o,
      o1: o + lengthOf(a, 0, a.length),
      n0: n,
      n1: n + lengthOf(b, 0, b.length),
    });
    return;
  }
  const changes = diffArrays(a, b, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) {
    out.push({
      equal: false,
      o0: o,
      o1: o + lengthOf(a, 0, a.length),
      n0: n,
      n1: n + lengthOf(b, 0, b.length),
    });
    return;
  }
  for (const change of changes) {
    const length = lengthOf(change.value, 0, change.value.length);
    if (change.added) {
      out.push({ equal: false, o0: o, o1: o, n0: n, n1: n + length });
      n += length;
    } else if (change.removed) {
      out.push({ equal: false, o0: o, o1: o + length, n0: n, n1: n });
      o += length;
    } else {
      out.push({ equal: true, o0: o, o1: o + length, n0: n, n1: n + length });
      o += length;
      n += length;
    }
  }
}

/** Positions of tokens that occur exactly once in each stream, kept in order on both sides. */
function uniqueAnchors(a: readonly string[], b: readonly string[]): [number, number][] {
  const counts = new Map<string, [number, number, number]>();
  a.forEach((token, index) => {
    const entry = counts.get(token);
    if (entry) entry[0]++;
    else counts.set(token, [1, 0, index]);
  });
  const candidates: [number, number][] = [];
  b.forEach((token) => {
    const entry = counts.get(token);
    if (entry) entry[1]++;
  });
  b.forEach((token, index) => {
    const entry = counts.get(token);
    // Single characters (的, 和, punctuation) anchor badly even when unique.
    if (entry && entry[0] === 1 && entry[1] === 1 && token.length > 1) candidates.push([entry[2], index]);
  });
  const keep = longestIncreasing(candidates.map(([i]) => i));
  return candidates.filter((_, index) => keep[index]);
}

/**
 * Token streams → character segments. Long streams are cut at unique shared tokens first so that
 * diffArrays, whose cost grows with length × edits, only runs on the short stretches between them.
 */
export function diffTokens(a: string[], b: string[], o: number, n: number): Segment[] {
  const out: Segment[] = [];
  if (a.length + b.length <= ANCHOR_FROM) {
    myers(a, b, o, n, out);
    return out;
  }
  let i = 0;
  let j = 0;
  for (const [ai, bj] of [...uniqueAnchors(a, b), [a.length, b.length] as [number, number]]) {
    if (ai > i || bj > j) {
      const gapA = a.slice(i, ai);
      const gapB = b.slice(j, bj);
      myers(gapA, gapB, o, n, out);
      o += lengthOf(gapA, 0, gapA.length);
      n += lengthOf(gapB, 0, gapB.length);
    }
    if (ai < a.length) {
      const length = (a[ai] as string).length;
      out.push({ equal: true, o0: o, o1: o + length, n0: n, n1: n + length });
      o += length;
      n += length;
    }
    i = ai + 1;
    j = bj + 1;
  }
  return out;
}

/** Below this many characters in all, clause-level diffing costs more than it saves. */
const SHORT = 48;

/** Texts at least this long on both sides are checked for being rewritten before segmenting them. */
const REWRITE_CHECK_FROM = 8;
/** Below this bigram similarity two stretches share only scattered characters: shown as replaced. */
const REWRITTEN_BELOW = 0.2;

/**
 * Whether two stretches were rewritten rather than edited. A word diff of such a pair only finds a few
 * scattered common words (的, 人民检察院) that chop the redline up; the check costs a fraction of
 * segmenting them.
 */
function rewritten(a: string, b: string): boolean {
  if (a.length < REWRITE_CHECK_FROM || b.length < REWRITE_CHECK_FROM) return false;
  return dice(bigramProfile(a).grams, bigramProfile(b).grams) < REWRITTEN_BELOW;
}

/** Word diff of two texts, their common start and end set aside first (and not segmented). */
function diffWords(a: string, b: string, o: number, n: number): Segment[] {
  const prefix = commonPrefix(a, b);
  const suffix = commonSuffix(a, b, prefix);
  const oldMiddle = a.slice(prefix, a.length - suffix);
  const newMiddle = b.slice(prefix, b.length - suffix);
  const middle = rewritten(oldMiddle, newMiddle)
    ? [
        {
          equal: false,
          o0: o + prefix,
          o1: o + prefix + oldMiddle.length,
          n0: n + prefix,
          n1: n + prefix + newMiddle.length,
        },
      ]
    : diffTokens(tokenize(oldMiddle), tokenize(newMiddle), o + prefix, n + prefix);
  if (prefix > 0) middle.unshift({ equal: true, o0: o, o1: o + prefix, n0: n, n1: n + prefix });
  if (suffix > 0) {
    middle.push({
      equal: true,
      o0: o + a.length - suffix,
      o1: o + a.length,
      n0: n + b.length - suffix,
      n1: n + b.length,
    });
  }
  return middle;
}

/** A clause: text up to and including its punctuation marks. */
const CLAUSE = /[^，。；：、！？,.;:!?]+[，。；：、！？,.;:!?]*|[，。；：、！？,.;:!?]+/g;

/**
 * Two changed stretches of text → character segments, in two steps. Clauses (up to a punctuation mark)
 * are diffed first as whole tokens; then only where clauses were replaced are both sides segmented into
 * words (Intl.Segmenter) and diffed again. Kept, added and removed clauses never reach the word
 * segmenter, the slowest step of a comparison, and equal clauses anchor the word diff in between.
 */
export function diffText(a: string, b: string, o: number, n: number): Segment[] {
  if (a === '' || b === '') return [{ equal: false, o0: o, o1: o + a.length, n0: n, n1: n + b.length }];
  // Short stretches (a word or a clause changed in a sentence) go straight to words.
  if (a.length + b.length <= SHORT) return diffTokens(tokenize(a), tokenize(b), o, n);
  const oldClauses = a.match(CLAUSE) ?? [];
  const newClauses = b.match(CLAUSE) ?? [];
  if (oldClauses.length <= 1 && newClauses.length <= 1) return diffTokens(tokenize(a), tokenize(b), o, n);
  const out: Segment[] = [];
  let region: Segment | null = null;
  const flush = () => {
    if (!region) return;
    const { o0, o1, n0, n1 } = region;
    if (o1 > o0 && n1 > n0) {
      for (const segment of diffWords(a.slice(o0 - o, o1 - o), b.slice(n0 - n, n1 - n), o0, n0))
        out.push(segment);
    } else {
      out.push(region);
    }
    region = null;
  };
  for (const segment of diffTokens(oldClauses, newClauses, o, n)) {
    if (segment.equal) {
      flush();
      out.push(segment);
    } else if (region) {
      region.o1 = segment.o1;
      region.n1 = segment.n1;
    } else {
      region = { ...segment };
    }
  }
  flush();
  return out;
}
