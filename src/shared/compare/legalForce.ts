import { pairText } from './summary';
import type { AlignedPair, LegalForceCategory, LegalForceFlag, UnitChange } from './types';

/**
 * Changes of legal force (DESIGN §6.3): the terms below are collected from both versions of every changed
 * unit, and what one version has more of than the other is flagged. Counting per unit (not per inline
 * run) catches 可以 → 应当 however the words were segmented.
 */

const NUMERAL = '(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千]+)';

const TERMS: Readonly<Record<LegalForceCategory, RegExp>> = {
  // 一般 only where it softens a duty (一般应当, 一般不得…), not in 一般规定 / 一般程序.
  modal: /应当|必须|可以|不得|禁止|原则上|一般(?=应当|不得|不|可以|由|须)/g,
  amount: new RegExp(`${NUMERAL}(?:万|亿)?(?:元|倍)|百分之${NUMERAL}|${NUMERAL}%`, 'g'),
  time_limit: new RegExp(`${NUMERAL}(?:个工作日|工作日|日|天|个月|年|小时|周)(?:以内|之内|内)?`, 'g'),
  power: /许可|处罚|强制|收费|征收/g,
};

/** Calendar dates are not time limits: 2021年1月22日, 二〇二一年, 8月8日. */
const DATES = new RegExp(
  `(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})年(?:${NUMERAL}月(?:${NUMERAL}日)?)?|${NUMERAL}月${NUMERAL}日`,
  'g',
);

const CATEGORY_NAMES: Readonly<Record<LegalForceCategory, string>> = {
  modal: '',
  amount: '金额',
  time_limit: '期限',
  power: '许可/处罚/强制/收费用语',
};

/** A character every term of the category contains: texts without one are not searched at all. */
const TELLTALE: Readonly<Record<LegalForceCategory, RegExp>> = {
  modal: /[应必可不禁原一]/,
  amount: /[元倍%]|百分之/,
  time_limit: /[日天月年时周]/,
  power: /[许处强收征]/,
};

function terms(category: LegalForceCategory, text: string): Map<string, number> {
  const counts = new Map<string, number>();
  if (!TELLTALE[category].test(text)) return counts;
  const source = category === 'time_limit' && /[年月]/.test(text) ? text.replace(DATES, '') : text;
  for (const match of source.matchAll(TERMS[category])) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
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
    for (const category of Object.keys(TERMS) as LegalForceCategory[]) {
      const oldTerms = terms(category, before);
      const newTerms = terms(category, after);
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
