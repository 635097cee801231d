import { longestIncreasing } from './longestIncreasing';
import { bigramProfile, dice, edgeSimilarity, similarityAtLeast, type Profile } from './bigramSimilarity';

/**
 * One unit to align: a whole article, or a block (heading, paragraph, 款, 项…). `rawKey` is compared first
 * (cheap); `key` and `body` (normalized) are computed only for units the raw text did not settle.
 */
export interface AlignItem {
  /** Only units of the same family can be paired (an article never pairs with a heading). */
  readonly family: string;
  /** The raw text: equal raw keys are equal units. */
  readonly rawKey: string;
  /** Family and normalized text: equal keys are equal units under the compare options. */
  readonly key: string;
  /** Normalized text, for similarity. */
  readonly body: string;
  /** An article's first paragraph, normalized and without its numbering (see pairByHead). */
  readonly head?: string;
}

export interface AlignOptions {
  /** Least similarity for pairing units between two in-order anchors. */
  gapThreshold: number;
  /** Least similarity for pairing units that changed place (moves). */
  moveThreshold: number;
  /** Whether to look for moved units at all (not inside one article). */
  detectMoves: boolean;
  /** Pairs known in advance (e.g. an article's first paragraph with the other's). */
  anchors?: readonly (readonly [number, number])[];
}

export interface Alignment {
  /** oldToNew[i] = paired new index or -1. */
  oldToNew: Int32Array;
  newToOld: Int32Array;
  /** Per new index: 1 when its pair is out of order (moved). */
  moved: Uint8Array;
  /** Per new index: similarity with its pair (1 for equal keys). */
  similarity: Float64Array;
}

/** Largest DP table for one gap; bigger gaps are cut into proportional pieces. */
const MAX_GAP_CELLS = 1_000_000;
/** Units shorter than this many bigrams are too generic to be recognized as moved by similarity. */
const MIN_MOVE_PROFILE = 8;

class Aligner {
  readonly oldToNew: Int32Array;
  readonly newToOld: Int32Array;
  readonly similarity: Float64Array;
  private readonly oldProfiles: (Profile | undefined)[];
  private readonly newProfiles: (Profile | undefined)[];

  constructor(
    private readonly olds: readonly AlignItem[],
    private readonly news: readonly AlignItem[],
  ) {
    this.oldToNew = new Int32Array(olds.length).fill(-1);
    this.newToOld = new Int32Array(news.length).fill(-1);
    this.similarity = new Float64Array(news.length);
    this.oldProfiles = new Array<Profile | undefined>(olds.length);
    this.newProfiles = new Array<Profile | undefined>(news.length);
  }

  pair(i: number, j: number, similarity: number): void {
    this.oldToNew[i] = j;
    this.newToOld[j] = i;
    this.similarity[j] = similarity;
  }

  oldProfile(i: number): Profile {
    return (this.oldProfiles[i] ??= bigramProfile(this.olds[i]?.body ?? ''));
  }

  newProfile(j: number): Profile {
    return (this.newProfiles[j] ??= bigramProfile(this.news[j]?.body ?? ''));
  }

  /** Similarity of old i and new j, or 0 when they cannot reach `threshold`. */
  score(i: number, j: number, threshold: number): number {
    const a = this.olds[i];
    const b = this.news[j];
    if (!a || !b || a.family !== b.family) return 0;
    if (a.key === b.key) return 1;
    // Dice can not exceed this for texts of these lengths: most pairs of a large gap stop here.
    const shorter = Math.min(a.body.length, b.body.length);
    if ((2 * shorter) / (a.body.length + b.body.length) < threshold) return 0;
    const edges = edgeSimilarity(a.body, b.body);
    if (edges >= threshold) return edges;
    return similarityAtLeast(this.oldProfile(i), this.newProfile(j), threshold);
  }

  /** Calls `visit` for every stretch between two consecutive pairs (pairs are in order at this point). */
  forEachGap(visit: (o0: number, o1: number, n0: number, n1: number) => void): void {
    let oldStart = 0;
    let newStart = 0;
    for (let j = 0; j <= this.news.length; j++) {
      const i = j < this.news.length ? (this.newToOld[j] as number) : this.olds.length;
      if (i < 0 || i < oldStart) continue;
      if (i > oldStart && j > newStart) visit(oldStart, i, newStart, j);
      oldStart = i + 1;
      newStart = j + 1;
    }
  }

  /**
   * Keys unique on both sides of a stretch pair up where they keep their order (patience anchoring);
   * equal keys next to a new anchor then extend it (runs of repeated lines around a unique one).
   */
  anchorUnique(o0: number, o1: number, n0: number, n1: number, keyOf: (item: AlignItem) => string): void {
    if (o1 - o0 === 1 && n1 - n0 === 1) {
      // One unit facing one (an edited article between two unchanged ones): no index needed.
      const before = this.olds[o0] as AlignItem;
      const after = this.news[n0] as AlignItem;
      if (before.family === after.family && keyOf(before) === keyOf(after)) this.pair(o0, n0, 1);
      return;
    }
    const seen = new Map<string, { old: number; oldCount: number; newCount: number }>();
    for (let i = o0; i < o1; i++) {
      const key = keyOf(this.olds[i] as AlignItem);
      const entry = seen.get(key);
      if (entry) entry.oldCount++;
      else seen.set(key, { old: i, oldCount: 1, newCount: 0 });
    }
    for (let j = n0; j < n1; j++) {
      const entry = seen.get(keyOf(this.news[j] as AlignItem));
      if (entry) entry.newCount++;
    }
    const candidates: number[] = [];
    const olds: number[] = [];
    for (let j = n0; j < n1; j++) {
      const item = this.news[j] as AlignItem;
      const entry = seen.get(keyOf(item));
      if (entry?.oldCount === 1 && entry.newCount === 1 && this.olds[entry.old]?.family === item.family) {
        candidates.push(j);
        olds.push(entry.old);
      }
    }
    const keep = longestIncreasing(olds);
    const anchored: number[] = [];
    candidates.forEach((j, index) => {
      if (keep[index]) {
        this.pair(olds[index] as number, j, 1);
        anchored.push(j);
      }
    });
    for (const j of anchored) this.extend(this.newToOld[j] as number, j, o0, o1, n0, n1, keyOf);
  }

  private extend(
    i: number,
    j: number,
    o0: number,
    o1: number,
    n0: number,
    n1: number,
    keyOf: (item: AlignItem) => string,
  ): void {
    const free = (a: number, b: number) => {
      const before = this.olds[a] as AlignItem;
      const after = this.news[b] as AlignItem;
      return (
        this.oldToNew[a] === -1 &&
        this.newToOld[b] === -1 &&
        before.family === after.family &&
        keyOf(before) === keyOf(after)
      );
    };
    for (let a = i + 1, b = j + 1; a < o1 && b < n1 && free(a, b); a++, b++) this.pair(a, b, 1);
    for (let a = i - 1, b = j - 1; a >= o0 && b >= n0 && free(a, b); a--, b--) this.pair(a, b, 1);
  }

  fillGap(o0: number, o1: number, n0: number, n1: number, threshold: number): void {
    const rows = o1 - o0;
    const cols = n1 - n0;
    if (rows <= 0 || cols <= 0) return;
    if (rows === 1 && cols === 1) {
      const s = this.score(o0, n0, threshold);
      if (s > 0) this.pair(o0, n0, s);
      return;
    }
    if (rows * cols > MAX_GAP_CELLS) {
      // Cut proportionally: revisions keep the order of most units, so halves still face each other.
      const oMid = o0 + (rows >> 1);
      const nMid = n0 + (cols >> 1);
      this.fillGap(o0, oMid, n0, nMid, threshold);
      this.fillGap(oMid, o1, nMid, n1, threshold);
      return;
    }
    const width = cols + 1;
    const total = new Float64Array((rows + 1) * width);
    const gain = new Float64Array((rows + 1) * width);
    for (let r = 1; r <= rows; r++) {
      for (let c = 1; c <= cols; c++) {
        const cell = r * width + c;
        const up = total[cell - width] as number;
        const left = total[cell - 1] as number;
        let best = up > left ? up : left;
        const s =
          this.oldToNew[o0 + r - 1] === -1 && this.newToOld[n0 + c - 1] === -1
            ? this.score(o0 + r - 1, n0 + c - 1, threshold)
            : 0;
        if (s > 0) {
          const diagonal = (total[cell - width - 1] as number) + s;
          if (diagonal > best) best = diagonal;
          gain[cell] = s;
        }
        total[cell] = best;
      }
    }
    for (let r = rows, c = cols; r > 0 && c > 0;) {
      const cell = r * width + c;
      const s = gain[cell] as number;
      if (s > 0 && Math.abs((total[cell - width - 1] as number) + s - (total[cell] as number)) < 1e-9) {
        this.pair(o0 + r - 1, n0 + c - 1, s);
        r--;
        c--;
      } else if ((total[cell - width] as number) >= (total[cell - 1] as number)) r--;
      else c--;
    }
  }

  /**
   * One article left facing one between two pairs, too rewritten as a whole to pair by similarity, is
   * still the same article when its first paragraph (what it is about: 有限责任公司可以设经理…) still
   * matches: its 款 or 项 were rewritten, added or dropped. Heads too short to say anything stay apart.
   */
  pairByHead(o0: number, o1: number, n0: number, n1: number, threshold: number): void {
    if (o1 - o0 !== 1 || n1 - n0 !== 1) return;
    const before = this.olds[o0] as AlignItem;
    const after = this.news[n0] as AlignItem;
    if (before.head === undefined || after.head === undefined || before.family !== after.family) return;
    const heads = [bigramProfile(before.head), bigramProfile(after.head)] as const;
    if (Math.min(heads[0].grams.length, heads[1].grams.length) < MIN_MOVE_PROFILE) return;
    if (dice(heads[0].grams, heads[1].grams) < threshold) return;
    this.pair(o0, n0, dice(this.oldProfile(o0).grams, this.newProfile(n0).grams));
  }

  /** Units left over on both sides that are equal or very similar: they moved. */
  pairMoves(threshold: number): void {
    const freeOld: number[] = [];
    const byKey = new Map<string, number[]>();
    this.olds.forEach((item, i) => {
      if (this.oldToNew[i] !== -1) return;
      freeOld.push(i);
      const list = byKey.get(item.key);
      if (list) list.push(i);
      else byKey.set(item.key, [i]);
    });
    const freeNew: number[] = [];
    this.news.forEach((item, j) => {
      if (this.newToOld[j] !== -1) return;
      const list = byKey.get(item.key);
      const i = list?.find(
        (candidate) => this.oldToNew[candidate] === -1 && this.olds[candidate]?.family === item.family,
      );
      if (i !== undefined && this.newProfile(j).grams.length >= MIN_MOVE_PROFILE) this.pair(i, j, 1);
      else freeNew.push(j);
    });
    const candidates: [number, number, number][] = [];
    for (const j of freeNew) {
      if (this.newProfile(j).grams.length < MIN_MOVE_PROFILE) continue;
      for (const i of freeOld) {
        if (this.oldToNew[i] !== -1 || this.oldProfile(i).grams.length < MIN_MOVE_PROFILE) continue;
        const s = this.score(i, j, threshold);
        if (s > 0) candidates.push([s, i, j]);
      }
    }
    candidates.sort((a, b) => b[0] - a[0]);
    for (const [s, i, j] of candidates) {
      if (this.oldToNew[i] === -1 && this.newToOld[j] === -1) this.pair(i, j, s);
    }
  }

  /** Pairs outside one longest in-order chain are the moved ones. */
  movedMask(): Uint8Array {
    const paired: number[] = [];
    const order: number[] = [];
    this.newToOld.forEach((i, j) => {
      if (i >= 0) {
        paired.push(j);
        order.push(i);
      }
    });
    const keep = longestIncreasing(order);
    const moved = new Uint8Array(this.news.length);
    paired.forEach((j, index) => {
      if (!keep[index]) moved[j] = 1;
    });
    return moved;
  }
}

/**
 * Aligns two sequences of units: equal units unique on both sides anchor the alignment in order (as in
 * patience diff, first by raw then by normalized text, recursively inside the stretches left between
 * anchors), runs of equal units around anchors extend it, similar units between anchors pair in order
 * (dynamic programming over Dice similarity), a lone article facing a lone article pairs by its first
 * paragraph, and, when asked, what is left pairs across the whole text as moves.
 */
export function alignSequences(
  olds: readonly AlignItem[],
  news: readonly AlignItem[],
  options: AlignOptions,
): Alignment {
  const aligner = new Aligner(olds, news);
  for (const [i, j] of options.anchors ?? []) aligner.pair(i, j, 0);
  // Raw text first (cheap, settles most of a light revision), then normalized text inside what is left,
  // then similarity inside what is still left.
  aligner.forEachGap((o0, o1, n0, n1) => aligner.anchorUnique(o0, o1, n0, n1, (item) => item.rawKey));
  aligner.forEachGap((o0, o1, n0, n1) => aligner.anchorUnique(o0, o1, n0, n1, (item) => item.key));
  aligner.forEachGap((o0, o1, n0, n1) => aligner.fillGap(o0, o1, n0, n1, options.gapThreshold));
  aligner.forEachGap((o0, o1, n0, n1) => aligner.pairByHead(o0, o1, n0, n1, options.gapThreshold));
  if (options.detectMoves) aligner.pairMoves(options.moveThreshold);
  const moved = options.detectMoves ? aligner.movedMask() : new Uint8Array(news.length);
  return { oldToNew: aligner.oldToNew, newToOld: aligner.newToOld, moved, similarity: aligner.similarity };
}
