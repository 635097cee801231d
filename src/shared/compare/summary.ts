import type { InlineOp } from './inlineDiff';
import type { AlignedPair, ChangeEntry, CompareStats, CompareSummary, UnitChange } from './types';

function emptySummary(): CompareSummary {
  return { added: 0, deleted: 0, modified: 0, moved: 0, renumbered: 0, unchanged: 0 };
}

function newText(ops: readonly InlineOp[]): string {
  return ops.map((op) => (op.op === 'delete' ? '' : op.text)).join('');
}

function oldText(ops: readonly InlineOp[]): string {
  return ops
    .map((op) => (op.op === 'insert' ? '' : op.op === 'equal' ? (op.oldText ?? op.text) : op.text))
    .join('');
}

/** The text of a pair in one version, numbering included. */
export function pairText(pair: AlignedPair, version: 'old' | 'new'): string {
  return version === 'new'
    ? `${pair.new?.prefix ?? ''}${newText(pair.ops)}`
    : `${pair.old?.prefix ?? ''}${oldText(pair.ops)}`;
}

/** 第十条 → 第十一条 for a renumbered or moved article; the path or first words for other blocks. */
function changeLabel(unit: UnitChange, pairs: readonly AlignedPair[]): string {
  const oldLabel = unit.oldLabel ?? '';
  const newLabel = unit.newLabel ?? '';
  if (oldLabel && newLabel && oldLabel !== newLabel) return `${oldLabel} → ${newLabel}`;
  if (newLabel || oldLabel) return newLabel || oldLabel;
  const first = pairs[unit.firstPair];
  const display = unit.newDisplay || unit.oldDisplay;
  const text = first ? pairText(first, first.new ? 'new' : 'old').trim() : '';
  const excerpt = text.length > 16 ? `${text.slice(0, 16)}…` : text;
  return display ? `${display} · ${excerpt}` : excerpt;
}

/** Counts per kind (articles and other units apart), the navigation list and the size of the edits. */
export function summarize(
  units: readonly UnitChange[],
  pairs: readonly AlignedPair[],
): { summary: CompareSummary; otherSummary: CompareSummary; changes: ChangeEntry[]; stats: CompareStats } {
  const summary = emptySummary();
  const otherSummary = emptySummary();
  const changes: ChangeEntry[] = [];
  units.forEach((unit, index) => {
    (unit.isArticle ? summary : otherSummary)[unit.kind]++;
    if (unit.kind === 'unchanged') return;
    const changed = pairs
      .slice(unit.firstPair, unit.firstPair + unit.pairCount)
      .findIndex((pair) => pair.kind !== 'unchanged');
    changes.push({
      unit: index,
      pair: unit.firstPair + Math.max(0, changed),
      kind: unit.kind,
      isArticle: unit.isArticle,
      label: changeLabel(unit, pairs),
    });
  });
  const stats: CompareStats = { hunks: 0, insertedChars: 0, deletedChars: 0 };
  for (const pair of pairs) {
    let inHunk = false;
    for (const op of pair.ops) {
      if (op.op === 'equal') {
        inHunk = false;
        continue;
      }
      if (!inHunk) stats.hunks++;
      inHunk = true;
      if (op.op === 'insert') stats.insertedChars += op.text.length;
      else stats.deletedChars += op.text.length;
    }
  }
  return { summary, otherSummary, changes, stats };
}
