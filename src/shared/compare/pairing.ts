import { alignSequences } from './align';
import { displayOrder } from './order';
import { diffInlineMany, type InlineOp } from './inlineDiff';
import { normalizeText, type ResolvedCompareOptions } from './normalize';
import type { AlignedPair, ChangeKind, PairSide } from './types';
import type { CompareBlock, CompareUnit } from './units';

/** Paragraphs of one article pair more readily than units: they already share the article. */
const BLOCK_GAP_THRESHOLD = 0.3;

function side(block: CompareBlock, prefix: string): PairSide {
  return { blockId: block.id, index: block.index, prefix };
}

/**
 * Builds the block pairs of a comparison. A pair's kind is known as soon as its blocks are (normalized
 * texts equal or not), so units are classified while pairing; the text work (inline diffs) is queued and
 * done in `finish`.
 */
export class PairBuilder {
  private readonly queued: [string, string][] = [];
  private readonly targets: AlignedPair[] = [];

  constructor(private readonly options: ResolvedCompareOptions) {}

  /**
   * Two aligned blocks → one pair. Their numbering stays outside the inline diff when both are numbered
   * the same way, so 第十条 → 第十一条 with the same text is 'renumbered' with no marks; a numbering whose
   * value is unchanged but whose spelling differs (第12条 → 第十二条) is an ordinary edit.
   */
  pairBlocks(oldBlock: CompareBlock, newBlock: CompareBlock, unit: number): AlignedPair {
    const { options } = this;
    const sameNumbering = !!oldBlock.prefixKind && oldBlock.prefixKind === newBlock.prefixKind;
    const renumbered = sameNumbering && oldBlock.prefixNumber !== newBlock.prefixNumber;
    const split =
      renumbered ||
      (sameNumbering &&
        (oldBlock.prefix === newBlock.prefix ||
          normalizeText(oldBlock.prefix, options) === normalizeText(newBlock.prefix, options)));
    const oldPrefix = split ? oldBlock.prefix : '';
    const newPrefix = split ? newBlock.prefix : '';
    const oldBody = oldBlock.raw.slice(oldPrefix.length);
    const newBody = newBlock.raw.slice(newPrefix.length);
    const same =
      oldBody === newBody ||
      (split
        ? oldBlock.key === newBlock.key
        : normalizeText(oldBody, options) === normalizeText(newBody, options));
    const kind: ChangeKind = !same ? 'modified' : renumbered ? 'renumbered' : 'unchanged';
    const pair: AlignedPair = {
      kind,
      old: side(oldBlock, oldPrefix),
      new: side(newBlock, newPrefix),
      ops: [],
      unit,
    };
    if (oldBody === newBody) {
      if (newBody !== '') pair.ops.push({ op: 'equal', text: newBody });
    } else {
      this.queued.push([oldBody, newBody]);
      this.targets.push(pair);
    }
    return pair;
  }

  /**
   * The common case of a light revision, read straight from the versions: a block whose body and
   * numbering are both unchanged. Null when the numbering differs (renumbered or edited).
   */
  private pairUnchanged(
    oldUnit: CompareUnit,
    newUnit: CompareUnit,
    offset: number,
    unit: number,
  ): AlignedPair | null {
    const i = oldUnit.start + offset;
    const j = newUnit.start + offset;
    const before = oldUnit.version;
    const after = newUnit.version;
    const prefix = before.prefix(i);
    if (prefix !== after.prefix(j) || before.prefixKind(i) !== after.prefixKind(j)) return null;
    const body = after.text(j).slice(prefix.length);
    return {
      kind: 'unchanged',
      old: { blockId: before.id(i), index: i, prefix },
      new: { blockId: after.id(j), index: j, prefix },
      ops: body === '' ? [] : [{ op: 'equal', text: body }],
      unit,
    };
  }

  lonePair(block: CompareBlock, kind: 'added' | 'deleted', unit: number): AlignedPair {
    const ops: InlineOp[] =
      block.raw === '' ? [] : [{ op: kind === 'added' ? 'insert' : 'delete', text: block.raw }];
    return kind === 'added'
      ? { kind, new: side(block, ''), ops, unit }
      : { kind, old: side(block, ''), ops, unit };
  }

  /** The blocks of two aligned units, paired among themselves (款 and 项 inside an article). */
  pairUnits(oldUnit: CompareUnit, newUnit: CompareUnit, unit: number): AlignedPair[] {
    const sameShape =
      oldUnit.size === newUnit.size &&
      (oldUnit.size === 1 || oldUnit.rawKey === newUnit.rawKey || oldUnit.key === newUnit.key);
    if (sameShape) {
      const pairs: AlignedPair[] = [];
      const equalBodies = oldUnit.rawKey === newUnit.rawKey;
      for (let offset = 0; offset < oldUnit.size; offset++) {
        pairs.push(
          (equalBodies && this.pairUnchanged(oldUnit, newUnit, offset, unit)) ||
            this.pairBlocks(oldUnit.blockAt(offset), newUnit.blockAt(offset), unit),
        );
      }
      return pairs;
    }
    const alignment = alignSequences(oldUnit.blocks, newUnit.blocks, {
      gapThreshold: BLOCK_GAP_THRESHOLD,
      moveThreshold: 1,
      detectMoves: false,
      // The article's first paragraph (the one with 第X条) pairs with the other's first paragraph.
      anchors: [[0, 0]],
    });
    return displayOrder(alignment).map(([i, j]) => {
      const oldBlock = oldUnit.blocks[i];
      const newBlock = newUnit.blocks[j];
      if (oldBlock && newBlock) return this.pairBlocks(oldBlock, newBlock, unit);
      if (newBlock) return this.lonePair(newBlock, 'added', unit);
      return this.lonePair(oldBlock as CompareBlock, 'deleted', unit);
    });
  }

  /** Computes every queued inline diff. */
  finish(): void {
    const results = diffInlineMany(this.queued, this.options);
    this.targets.forEach((pair, index) => {
      pair.ops = results[index] ?? [];
    });
  }
}

/** A unit's kind from its pairs: moved wins, then edited, then renumbered. */
export function unitKind(
  pairs: readonly AlignedPair[],
  moved: boolean,
  renumbered: boolean,
): [ChangeKind, boolean] {
  const edited = pairs.some(
    (pair) => pair.kind === 'modified' || pair.kind === 'added' || pair.kind === 'deleted',
  );
  if (moved) return ['moved', edited];
  if (edited) return ['modified', true];
  if (renumbered || pairs.some((pair) => pair.kind === 'renumbered')) return ['renumbered', false];
  return ['unchanged', false];
}
