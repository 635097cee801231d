import { CATEGORIES, findTerms } from './legalTerms';
import { pairText } from './summary';
import type { AlignedPair, LegalForceCategory, LegalForceFlag, UnitChange } from './types';

/**
 * Changes of legal force (DESIGN §6.3): the terms of legalTerms.ts are collected from both versions of every changed
 * unit, and what one version has more of than the other is flagged. Counting per unit (not per inline
 * run) catches 可以 → 应当 however the words were segmented.
 */

const CATEGORY_NAMES: Readonly<Record<LegalForceCategory, string>> = {
  modal: '',
  amount: '金额',
  time_limit: '期限',
  power: '许可/处罚/强制/收费用语',
};

/** How often each term of each category occurs in `text`. */
function termCounts(text: string): Record<LegalForceCategory, Map<string, number>> {
  const counts: Record<LegalForceCategory, Map<string, number>> = {
    modal: new Map(),
    amount: new Map(),
    time_limit: new Map(),
    power: new Map(),
  };
  for (const { category, term } of findTerms(text)) {
    const map = counts[category];
    map.set(term, (map.get(term) ?? 0) + 1);
  }
  return counts;
}

/** Terms `a` has more often than `b`, each repeated by the difference, in order of first appearance. */
function surplus(a: Map<string, number>, b: Map<string, number>): string[] {
  const out: string[] = [];
  for (const [term, count] of a) {
    for (let extra = count - (b.get(term) ?? 0); extra > 0; extra--) out.push(term);
  }
  return out;
}

function quote(list: readonly string[]): string {
  return `“${list.join('”“')}”`;
}

function message(label: string, category: LegalForceCategory, removed: string[], added: string[]): string {
  const change =
    removed.length > 0 && added.length > 0
      ? `${quote(removed)}改为${quote(added)}`
      : removed.length > 0
        ? `删除${quote(removed)}`
        : `增加${quote(added)}`;
  return `${label}：${CATEGORY_NAMES[category]}${change}`;
}

export function legalForceFlags(
  units: readonly UnitChange[],
  pairs: readonly AlignedPair[],
): LegalForceFlag[] {
  const flags: LegalForceFlag[] = [];
  units.forEach((unit, index) => {
    if (!unit.edited) return;
    // Unchanged and renumbered pairs hold the same terms on both sides: only edited pairs can differ.
    const unitPairs = pairs
      .slice(unit.firstPair, unit.firstPair + unit.pairCount)
      .filter((pair) => pair.kind !== 'unchanged' && pair.kind !== 'renumbered');
    const before = unitPairs.map((pair) => (pair.old ? pairText(pair, 'old') : '')).join('\n');
    const after = unitPairs.map((pair) => (pair.new ? pairText(pair, 'new') : '')).join('\n');
    const first = unitPairs[0];
    const pairIndex = first ? pairs.indexOf(first, unit.firstPair) : unit.firstPair;
    const label = unit.newLabel || unit.oldLabel || unit.newDisplay || unit.oldDisplay || '正文';
    const oldCounts = termCounts(before);
    const newCounts = termCounts(after);
    for (const category of CATEGORIES) {
      const oldTerms = oldCounts[category];
      const newTerms = newCounts[category];
      const removed = surplus(oldTerms, newTerms);
      const added = surplus(newTerms, oldTerms);
      if (removed.length === 0 && added.length === 0) continue;
      flags.push({
        category,
        unit: index,
        pair: pairIndex,
        label,
        removed,
        added,
        message: message(label, category, removed, added),
      });
    }
  });
  return flags;
}
