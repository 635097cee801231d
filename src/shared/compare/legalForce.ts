import type { InlineOp } from './inlineDiff';
import { CATEGORIES, findTerms, type TermMatch } from './legalTerms';
import type { AlignedPair, LegalForceCategory, LegalForceFlag, UnitChange } from './types';

/**
 * Changes of legal force (DESIGN §6.3), read from what the inline diff changed, not from counts over the
 * whole unit: in an edited unit, a term counts when an insertion or deletion covers it or touches it (so
 * 可以 → 应当 is caught however the words were cut, and 五日 → 五个工作日 too), and what the old side's
 * touched terms have more of than the new side's, or less, is flagged. Text that only moved inside the
 * unit, or was reflowed between its 款, is deleted and inserted with the same terms, which cancel out; so
 * do terms moved between neighbouring paragraphs outside articles, which play the part of 款 in a notice.
 * A unit added or deleted as a whole gets one flag naming the distinct terms it brings in or takes out.
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

/**
 * Both sides of an edited pair, and for each edit (edits[2i], edits[2i + 1] on either side) the hunk it
 * belongs to: a run of deletions and insertions with no equal text between them, i.e. one replacement.
 */
function editedSides(ops: readonly InlineOp[]): { old: EditedSide; new: EditedSide; hunks: number[] } {
  let oldText = '';
  let newText = '';
  const oldEdits: number[] = [];
  const newEdits: number[] = [];
  const hunks: number[] = [];
  let hunk = 0;
  for (const op of ops) {
    if (op.op === 'equal') {
      oldText += op.oldText ?? op.text;
      newText += op.text;
      if (hunks.length > 0 && hunks[hunks.length - 1] === hunk) hunk++;
      continue;
    }
    hunks.push(hunk);
    if (op.op === 'delete') {
      oldEdits.push(oldText.length, oldText.length + op.text.length);
      newEdits.push(newText.length, newText.length);
      oldText += op.text;
    } else {
      newEdits.push(newText.length, newText.length + op.text.length);
      oldEdits.push(oldText.length, oldText.length);
      newText += op.text;
    }
  }
  return { old: { text: oldText, edits: oldEdits }, new: { text: newText, edits: newEdits }, hunks };
}

/**
 * The first edit that overlaps the term or ends or starts right at it (a point inside or at an end
 * counts), as its index; -1 when none does.
 */
function touchingEdit(match: TermMatch, edits: readonly number[]): number {
  for (let at = 0; at < edits.length; at += 2) {
    if ((edits[at] as number) <= match.end && (edits[at + 1] as number) >= match.start) return at / 2;
  }
  return -1;
}

/** Terms counted by key (see TermMatch), each shown as first written. */
type TermCounts = Map<string, { term: string; times: number }>;

/** The terms of one category a unit's edits took out (old) and put in (new). */
interface Tally {
  old: TermCounts;
  new: TermCounts;
  /** Where each side's terms were found: a pair, and the replacement inside it (see editedSides). */
  oldSites: Set<string>;
  newSites: Set<string>;
  /** The first pair where a term of the category was found. */
  pair: number;
  /** Replacements of one term by another inside one edit: what stays hidden when they cancel out. */
  swaps: Swap[];
}

/** Terms one edit took out and the different terms it put in their place. */
interface Swap {
  removed: string[];
  added: string[];
}

type Tallies = Map<LegalForceCategory, Tally>;

function count(tallies: Tallies, side: 'old' | 'new', match: TermMatch, pair: number, site: string): void {
  let tally = tallies.get(match.category);
  if (!tally) {
    tally = { old: new Map(), new: new Map(), oldSites: new Set(), newSites: new Set(), pair, swaps: [] };
    tallies.set(match.category, tally);
  }
  tally[side === 'old' ? 'oldSites' : 'newSites'].add(site);
  const counted = tally[side].get(match.key);
  if (counted) counted.times++;
  else tally[side].set(match.key, { term: match.term, times: 1 });
}

/**
 * The terms a unit's edits touched, per side: every term of a pair added or deleted whole (or of a unit
 * added or deleted whole), the touched ones of an edited pair.
 */
function unitTallies(unit: UnitChange, pairs: readonly AlignedPair[]): Tallies {
  const tallies: Tallies = new Map();
  for (let at = unit.firstPair; at < unit.firstPair + unit.pairCount; at++) {
    const pair = pairs[at];
    // Unchanged and renumbered pairs have nothing inserted or deleted.
    if (!pair || pair.kind === 'unchanged' || pair.kind === 'renumbered') continue;
    if (pair.kind === 'added' || pair.kind === 'deleted') {
      const side = pair.kind === 'added' ? 'new' : 'old';
      for (const op of pair.ops)
        for (const match of findTerms(op.text)) count(tallies, side, match, at, `${at}`);
      continue;
    }
    if (pair.ops.every((op) => op.op === 'equal')) continue;
    const sides = editedSides(pair.ops);
    const byHunk = new Map<number, { old: TermMatch[]; new: TermMatch[] }>();
    for (const side of ['old', 'new'] as const) {
      const { text, edits } = sides[side];
      for (const match of findTerms(text)) {
        const edit = touchingEdit(match, edits);
        if (edit < 0) continue;
        const hunk = sides.hunks[edit] as number;
        count(tallies, side, match, at, `${at}:${hunk}`);
        let found = byHunk.get(hunk);
        if (!found) byHunk.set(hunk, (found = { old: [], new: [] }));
        found[side].push(match);
      }
    }
    for (const found of byHunk.values()) noteSwaps(tallies, found.old, found.new);
  }
  return tallies;
}

/** Records, per category, an edit that put different terms in place of the ones it took out. */
function noteSwaps(tallies: Tallies, removed: readonly TermMatch[], added: readonly TermMatch[]): void {
  for (const category of CATEGORIES) {
    const out = removed.filter((match) => match.category === category);
    const into = added.filter((match) => match.category === category);
    // A term the edit both took out and put back (or only touched at its edge) was not replaced.
    for (let at = out.length - 1; at >= 0; at--) {
      const back = into.findIndex((match) => match.key === out[at]?.key);
      if (back < 0) continue;
      out.splice(at, 1);
      into.splice(back, 1);
    }
    if (out.length === 0 || into.length === 0) continue;
    tallies.get(category)?.swaps.push({
      removed: out.map((match) => match.term),
      added: into.map((match) => match.term),
    });
  }
}

/** Takes from both sides what they have in common: `a`'s terms that `b` has too, as often as it has them. */
function cancel(a: TermCounts, b: TermCounts): void {
  for (const [key, counted] of a) {
    const other = b.get(key);
    if (!other) continue;
    const common = Math.min(counted.times, other.times);
    counted.times -= common;
    other.times -= common;
    if (counted.times === 0) a.delete(key);
    if (other.times === 0) b.delete(key);
  }
}

/** A term and how many times it is named. */
type Counted = readonly [term: string, times: number];

function counted(terms: TermCounts): Counted[] {
  return [...terms.values()].map(({ term, times }) => [term, times]);
}

/** “可以”“应当”×3, or the first few and 等 n 个用语 when there are many. */
function quote(terms: readonly Counted[]): string {
  const named = terms
    .slice(0, MAX_NAMED)
    .map(([term, times]) => (times > 1 ? `“${term}”×${times}` : `“${term}”`))
    .join('');
  return terms.length > MAX_NAMED ? `${named}等 ${terms.length} 个用语` : named;
}

/**
 * “可以”改为“应当” when the terms taken out and put in were replaced by one another (found in the same
 * replacement of the same pair); 删除 … ，增加 … when they were edited in different places.
 */
function editMessage(label: string, category: LegalForceCategory, tally: Tally): string {
  const removed = counted(tally.old);
  const added = counted(tally.new);
  const replaced = [...tally.oldSites].some((site) => tally.newSites.has(site));
  const change =
    removed.length > 0 && added.length > 0
      ? replaced
        ? `${quote(removed)}改为${quote(added)}`
        : `删除${quote(removed)}，增加${quote(added)}`
      : removed.length > 0
        ? `删除${quote(removed)}`
        : `增加${quote(added)}`;
  return `${label}：${CATEGORY_NAMES[category]}${change}`;
}

function unitLabel(unit: UnitChange): string {
  return unit.newLabel || unit.oldLabel || unit.newDisplay || unit.oldDisplay || '正文';
}

/** Terms with how often each occurs, in order of first occurrence. */
function tallyTerms(terms: readonly string[]): Counted[] {
  const times = new Map<string, number>();
  for (const term of terms) times.set(term, (times.get(term) ?? 0) + 1);
  return [...times];
}

/**
 * The flag of a unit whose terms came out even while edits put one in another's place, e.g.
 * 可以A，应当B → 应当A，可以B; none when no edit did.
 */
function swapFlag(
  unit: UnitChange,
  index: number,
  category: LegalForceCategory,
  tally: Tally,
): LegalForceFlag | undefined {
  if (tally.swaps.length === 0) return undefined;
  const label = unitLabel(unit);
  const changes = tally.swaps.map(
    (swap) => `${quote(tallyTerms(swap.removed))}改为${quote(tallyTerms(swap.added))}`,
  );
  return {
    scope: 'edited',
    categories: [category],
    unit: index,
    pair: tally.pair,
    label,
    removed: [...new Set(tally.swaps.flatMap((swap) => swap.removed))],
    added: [...new Set(tally.swaps.flatMap((swap) => swap.added))],
    message: `${label}：${CATEGORY_NAMES[category]}${changes.join('，')}`,
  };
}

/** Flags of an edited unit: per category, the touched terms one side has more of than the other. */
function editFlags(unit: UnitChange, index: number, tallies: Tallies): LegalForceFlag[] {
  const flags: LegalForceFlag[] = [];
  const label = unitLabel(unit);
  for (const category of CATEGORIES) {
    const tally = tallies.get(category);
    if (!tally) continue;
    if (tally.old.size === 0 && tally.new.size === 0) {
      const swapped = swapFlag(unit, index, category, tally);
      if (swapped) flags.push(swapped);
      continue;
    }
    const removed = counted(tally.old);
    const added = counted(tally.new);
    flags.push({
      scope: 'edited',
      categories: [category],
      unit: index,
      pair: tally.pair,
      label,
      removed: removed.map(([term]) => term),
      added: added.map(([term]) => term),
      message: editMessage(label, category, tally),
    });
  }
  return flags;
}

/** The one flag of a unit added or deleted as a whole, naming its distinct terms; none without terms. */
function wholeUnitFlag(
  unit: UnitChange,
  index: number,
  tallies: Tallies,
  scope: 'added' | 'deleted',
): LegalForceFlag | undefined {
  const side = scope === 'added' ? 'new' : 'old';
  const categories = CATEGORIES.filter((category) => (tallies.get(category)?.[side].size ?? 0) > 0);
  if (categories.length === 0) return undefined;
  const terms = categories.flatMap((category) => {
    const tally = tallies.get(category);
    return tally ? counted(tally[side]) : [];
  });
  const label = unitLabel(unit);
  const what = `${scope === 'added' ? '新增' : '删除'}${unit.isArticle ? '条文' : '段落'}`;
  // A deleted article keeps its old number, which the new version may give to another article.
  const named = scope === 'deleted' && unit.oldLabel ? `原${label}` : label;
  return {
    scope,
    categories,
    unit: index,
    pair: Math.min(...categories.map((category) => tallies.get(category)?.pair ?? unit.firstPair)),
    label,
    removed: scope === 'deleted' ? terms.map(([term]) => term) : [],
    added: scope === 'added' ? terms.map(([term]) => term) : [],
    message: `${named}：${what}，含${quote(terms.map(([term]) => [term, 1]))}`,
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
  const tallied: { index: number; tallies: Tallies }[] = [];
  // Changed paragraphs outside articles, one after the other, whose terms may have moved among them.
  let neighbours: Tallies[] = [];
  units.forEach((unit, index) => {
    if (!unit.edited || headings.has(index)) {
      neighbours = [];
      return;
    }
    const tallies = unitTallies(unit, pairs);
    for (const tally of tallies.values()) cancel(tally.old, tally.new);
    if (unit.isArticle || unit.kind === 'moved') {
      neighbours = [];
    } else {
      for (const earlier of neighbours) {
        for (const [category, tally] of tallies) {
          const before = earlier.get(category);
          if (!before) continue;
          cancel(before.old, tally.new);
          cancel(before.new, tally.old);
        }
      }
      neighbours.push(tallies);
    }
    tallied.push({ index, tallies });
  });
  return tallied.flatMap(({ index, tallies }) => {
    const unit = units[index] as UnitChange;
    if (unit.kind !== 'added' && unit.kind !== 'deleted') return editFlags(unit, index, tallies);
    const flag = wholeUnitFlag(unit, index, tallies, unit.kind);
    return flag ? [flag] : [];
  });
}
