import type { InlineOp } from './inlineDiff';
import { CATEGORIES, findTerms, type TermMatch } from './legalTerms';
import type { AlignedPair, LegalForceCategory, LegalForceFlag, UnitChange } from './types';

/**
 * Changes of legal force (DESIGN §6.3), read from what the inline diff changed, not from counts over the
 * whole unit: in an edited unit, a term counts when an insertion or deletion covers it or touches it (so
 * 可以 → 应当 is caught however the words were cut, and 五日 → 五个工作日 too), and what the old side's
 * touched terms have more of than the new side's, or less, is flagged. Text that only moved inside the
 * unit, or was reflowed between its 款, is deleted and inserted with the same terms, which cancel out. A
 * unit added or deleted as a whole gets one flag naming the distinct terms it brings in or takes out.
 * Headings name subjects and impose nothing: they are not searched.
 */

const CATEGORY_NAMES: Readonly<Record<LegalForceCategory, string>> = {
  modal: '',
  amount: '金额',
  time_limit: '期限',
  power: '许可/处罚/强制/收费用语',
};

/** Terms a message names before it says 等 n 个用语. */
const MAX_NAMED = 6;

/** One side of an edited pair: its text, and the edits on it as [start, end] offsets, flattened. */
interface EditedSide {
  text: string;
  /** Deleted (old side) or inserted (new side) runs, and zero-length points where the other side changed. */
  edits: number[];
}

function editedSides(ops: readonly InlineOp[]): { old: EditedSide; new: EditedSide } {
  let oldText = '';
  let newText = '';
  const oldEdits: number[] = [];
  const newEdits: number[] = [];
  for (const op of ops) {
    if (op.op === 'equal') {
      oldText += op.oldText ?? op.text;
      newText += op.text;
    } else if (op.op === 'delete') {
      oldEdits.push(oldText.length, oldText.length + op.text.length);
      newEdits.push(newText.length, newText.length);
      oldText += op.text;
    } else {
      newEdits.push(newText.length, newText.length + op.text.length);
      oldEdits.push(oldText.length, oldText.length);
      newText += op.text;
    }
  }
  return { old: { text: oldText, edits: oldEdits }, new: { text: newText, edits: newEdits } };
}

/** Whether an edit overlaps the term or ends or starts right at it (a point inside or at an end counts). */
function touched(match: TermMatch, edits: readonly number[]): boolean {
  for (let at = 0; at < edits.length; at += 2) {
    if ((edits[at] as number) <= match.end && (edits[at + 1] as number) >= match.start) return true;
  }
  return false;
}

/** Terms counted by key (see TermMatch), each shown as first written on that side. */
type TermCounts = Map<string, { term: string; times: number }>;

/** Touched terms of one category in one unit, counted per side. */
interface Tally {
  old: TermCounts;
  new: TermCounts;
  pair: number;
}

function count(tallies: Map<LegalForceCategory, Tally>, side: 'old' | 'new', match: TermMatch, pair: number) {
  let tally = tallies.get(match.category);
  if (!tally) {
    tally = { old: new Map(), new: new Map(), pair };
    tallies.set(match.category, tally);
  }
  const counted = tally[side].get(match.key);
  if (counted) counted.times++;
  else tally[side].set(match.key, { term: match.term, times: 1 });
}

/** A term and how many times it is named. */
type Counted = readonly [term: string, times: number];

/** Terms `a` has more often than `b`, with how many more, in order of first appearance. */
function surplus(a: TermCounts, b: TermCounts): Counted[] {
  const out: Counted[] = [];
  for (const [key, { term, times }] of a) {
    const extra = times - (b.get(key)?.times ?? 0);
    if (extra > 0) out.push([term, extra]);
  }
  return out;
}

/** “可以”“应当”×3, or the first few and 等 n 个用语 when there are many. */
function quote(terms: readonly Counted[]): string {
  const named = terms
    .slice(0, MAX_NAMED)
    .map(([term, times]) => (times > 1 ? `“${term}”×${times}` : `“${term}”`))
    .join('');
  return terms.length > MAX_NAMED ? `${named}等 ${terms.length} 个用语` : named;
}

function editMessage(
  label: string,
  category: LegalForceCategory,
  removed: readonly Counted[],
  added: readonly Counted[],
): string {
  const change =
    removed.length > 0 && added.length > 0
      ? `${quote(removed)}改为${quote(added)}`
      : removed.length > 0
        ? `删除${quote(removed)}`
        : `增加${quote(added)}`;
  return `${label}：${CATEGORY_NAMES[category]}${change}`;
}

function unitLabel(unit: UnitChange): string {
  return unit.newLabel || unit.oldLabel || unit.newDisplay || unit.oldDisplay || '正文';
}

/** Flags of an edited unit: per category, the touched terms one side has more of. */
function editFlags(unit: UnitChange, index: number, pairs: readonly AlignedPair[]): LegalForceFlag[] {
  const tallies = new Map<LegalForceCategory, Tally>();
  for (let at = unit.firstPair; at < unit.firstPair + unit.pairCount; at++) {
    const pair = pairs[at];
    // Unchanged and renumbered pairs have nothing inserted or deleted.
    if (!pair || pair.kind === 'unchanged' || pair.kind === 'renumbered') continue;
    if (pair.kind === 'added' || pair.kind === 'deleted') {
      const side = pair.kind === 'added' ? 'new' : 'old';
      for (const op of pair.ops) for (const match of findTerms(op.text)) count(tallies, side, match, at);
      continue;
    }
    if (pair.ops.every((op) => op.op === 'equal')) continue;
    const sides = editedSides(pair.ops);
    for (const side of ['old', 'new'] as const) {
      const { text, edits } = sides[side];
      for (const match of findTerms(text)) if (touched(match, edits)) count(tallies, side, match, at);
    }
  }
  const flags: LegalForceFlag[] = [];
  const label = unitLabel(unit);
  for (const category of CATEGORIES) {
    const tally = tallies.get(category);
    if (!tally) continue;
    const removed = surplus(tally.old, tally.new);
    const added = surplus(tally.new, tally.old);
    if (removed.length === 0 && added.length === 0) continue;
    flags.push({
      scope: 'edited',
      categories: [category],
      unit: index,
      pair: tally.pair,
      label,
      removed: removed.map(([term]) => term),
      added: added.map(([term]) => term),
      message: editMessage(label, category, removed, added),
    });
  }
  return flags;
}

/** The one flag of a unit added or deleted as a whole, naming its distinct terms; none without terms. */
function wholeUnitFlag(
  unit: UnitChange,
  index: number,
  pairs: readonly AlignedPair[],
  scope: 'added' | 'deleted',
): LegalForceFlag | undefined {
  // Distinct terms by key, each as first written.
  const byCategory = new Map<LegalForceCategory, Map<string, string>>();
  let firstPair = -1;
  for (let at = unit.firstPair; at < unit.firstPair + unit.pairCount; at++) {
    for (const op of pairs[at]?.ops ?? []) {
      for (const { category, term, key } of findTerms(op.text)) {
        let terms = byCategory.get(category);
        if (!terms) byCategory.set(category, (terms = new Map<string, string>()));
        if (!terms.has(key)) terms.set(key, term);
        if (firstPair < 0) firstPair = at;
      }
    }
  }
  if (firstPair < 0) return undefined;
  const categories = CATEGORIES.filter((category) => byCategory.has(category));
  const terms = categories.flatMap((category) => [...(byCategory.get(category)?.values() ?? [])]);
  const label = unitLabel(unit);
  const what = `${scope === 'added' ? '新增' : '删除'}${unit.isArticle ? '条文' : '段落'}`;
  return {
    scope,
    categories,
    unit: index,
    pair: firstPair,
    label,
    removed: scope === 'deleted' ? terms : [],
    added: scope === 'added' ? terms : [],
    // A deleted article keeps its old number, which the new version may give to another article.
    message: `${scope === 'deleted' && unit.oldLabel ? '原' : ''}${label}：${what}，含${quote(terms.map((term) => [term, 1]))}`,
  };
}

/**
 * The legal-force flags of a comparison, in reading order; `headings` are indexes of units that are
 * titles, headings or 章/节 lines.
 */
export function legalForceFlags(
  units: readonly UnitChange[],
  pairs: readonly AlignedPair[],
  headings: ReadonlySet<number> = new Set(),
): LegalForceFlag[] {
  const flags: LegalForceFlag[] = [];
  units.forEach((unit, index) => {
    if (!unit.edited || headings.has(index)) return;
    if (unit.kind === 'added' || unit.kind === 'deleted') {
      const flag = wholeUnitFlag(unit, index, pairs, unit.kind);
      if (flag) flags.push(flag);
    } else {
      flags.push(...editFlags(unit, index, pairs));
    }
  });
  return flags;
}
