import type { Block } from '../domain/blocks';
import { alignSequences } from './align';
import { displayOrder } from './order';
import { legalForceFlags } from './legalForce';
import { resolveOptions, type CompareOptions } from './normalize';
import { PairBuilder, unitKind } from './pairing';
import { summarize } from './summary';
import type { AlignedPair, CompareResult, UnitChange } from './types';
import { buildUnits, type CompareUnit, type ComparedVersion } from './units';

/** Units between two in-order anchors pair from this similarity up; units far apart need more. */
const GAP_THRESHOLD = 0.4;
const MOVE_THRESHOLD = 0.6;

/**
 * Structural paths for a changed unit and its changed pairs. Left out elsewhere: a long version has
 * thousands of unchanged blocks whose paths nobody reads in a comparison.
 */
function describeChange(
  change: UnitChange,
  pairs: readonly AlignedPair[],
  oldUnit: CompareUnit | undefined,
  newUnit: CompareUnit | undefined,
  oldVersion: ComparedVersion,
  newVersion: ComparedVersion,
): void {
  if (oldUnit) change.oldDisplay = oldUnit.display;
  if (newUnit) change.newDisplay = newUnit.display;
  for (let at = change.firstPair; at < change.firstPair + change.pairCount; at++) {
    const pair = pairs[at];
    if (!pair || pair.kind === 'unchanged') continue;
    if (pair.old) pair.old.display = oldVersion.scan.display(pair.old.index);
    if (pair.new) pair.new.display = newVersion.scan.display(pair.new.index);
  }
}

/**
 * Compares two versions of a document (DESIGN §6.3): aligns their articles and other blocks by structure
 * and content (anchoring equal units, pairing similar ones in order, then detecting moves), pairs the
 * paragraphs (款/项) inside each aligned article, and diffs each pair by words. Pure and synchronous; the
 * caller runs it off the UI thread for large texts.
 */
export function compareVersions(
  oldBlocks: readonly Block[],
  newBlocks: readonly Block[],
  compareOptions: CompareOptions = {},
): CompareResult {
  const options = resolveOptions(compareOptions);
  const oldVersion = buildUnits(oldBlocks, options);
  const newVersion = buildUnits(newBlocks, options);
  const oldUnits = oldVersion.units;
  const newUnits = newVersion.units;
  const alignment = alignSequences(oldUnits, newUnits, {
    gapThreshold: GAP_THRESHOLD,
    moveThreshold: MOVE_THRESHOLD,
    detectMoves: true,
  });
  const builder = new PairBuilder(options);
  const pairs: AlignedPair[] = [];
  const units: UnitChange[] = [];
  const headings = new Set<number>();
  for (const [i, j] of displayOrder(alignment)) {
    const oldUnit = oldUnits[i];
    const newUnit = newUnits[j];
    const index = units.length;
    const firstPair = pairs.length;
    if ((oldUnit ?? newUnit)?.isHeading) headings.add(index);
    let change: UnitChange;
    if (oldUnit && newUnit) {
      const unitPairs = builder.pairUnits(oldUnit, newUnit, index);
      pairs.push(...unitPairs);
      const [kind, edited] = unitKind(
        unitPairs,
        alignment.moved[j] === 1,
        oldUnit.labelNumber !== newUnit.labelNumber,
      );
      change = {
        kind,
        isArticle: oldUnit.isArticle,
        edited,
        oldLabel: oldUnit.label,
        newLabel: newUnit.label,
        similarity: alignment.similarity[j] ?? 0,
        firstPair,
        pairCount: unitPairs.length,
      };
    } else if (newUnit) {
      for (let offset = 0; offset < newUnit.size; offset++) {
        pairs.push(builder.lonePair(newUnit.blockAt(offset), 'added', index));
      }
      change = {
        kind: 'added',
        isArticle: newUnit.isArticle,
        edited: true,
        newLabel: newUnit.label,
        similarity: 0,
        firstPair,
        pairCount: newUnit.size,
      };
    } else {
      const unit = oldUnit as CompareUnit;
      for (let offset = 0; offset < unit.size; offset++) {
        pairs.push(builder.lonePair(unit.blockAt(offset), 'deleted', index));
      }
      change = {
        kind: 'deleted',
        isArticle: unit.isArticle,
        edited: true,
        oldLabel: unit.label,
        similarity: 0,
        firstPair,
        pairCount: unit.size,
      };
    }
    if (change.kind !== 'unchanged') describeChange(change, pairs, oldUnit, newUnit, oldVersion, newVersion);
    units.push(change);
  }
  builder.finish();
  const { summary, otherSummary, changes, stats } = summarize(units, pairs);
  return {
    options,
    pairs,
    units,
    summary,
    otherSummary,
    changes,
    flags: legalForceFlags(units, pairs, headings),
    stats,
  };
}
