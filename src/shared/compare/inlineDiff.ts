import { normalizeWithMap, type MappedText, type ResolvedCompareOptions } from './normalize';
import { commonPrefix, commonSuffix, diffText, type Segment } from './tokenDiff';

/**
 * One run of an inline diff. `equal` runs carry the new text, and the old text too when the two differ
 * only in what the options ignore (whitespace, width), so both versions can be rebuilt exactly.
 */
export type InlineOp =
  | { op: 'equal'; text: string; oldText?: string }
  | { op: 'insert'; text: string }
  | { op: 'delete'; text: string };

/** Equal stretches this short between two changes are folded into them (less choppy redlines). */
const MIN_EQUAL_BETWEEN_CHANGES = 2;

/** Merges neighbouring changes and folds tiny equal islands between changes into them. */
function tidy(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  segments.forEach((segment, index) => {
    const isIsland =
      segment.equal &&
      segment.o1 - segment.o0 < MIN_EQUAL_BETWEEN_CHANGES &&
      out.length > 0 &&
      !out[out.length - 1]?.equal &&
      index < segments.length - 1 &&
      !segments[index + 1]?.equal;
    const current = isIsland ? { ...segment, equal: false } : segment;
    const last = out[out.length - 1];
    if (last && last.equal === current.equal) {
      last.o1 = current.o1;
      last.n1 = current.n1;
    } else if (current.o1 > current.o0 || current.n1 > current.n0) {
      out.push({ ...current });
    }
  });
  return out;
}

/** Where normalized position `to` ends in the raw text (dropped spaces go with the text before them). */
function rawEnd(raw: string, mapped: MappedText, to: number): number {
  return to >= mapped.text.length ? raw.length : (mapped.starts[to] as number);
}

function toOps(
  oldRaw: string,
  newRaw: string,
  old: MappedText,
  next: MappedText,
  segments: Segment[],
): InlineOp[] {
  const ops: InlineOp[] = [];
  // Cursors make the raw pieces tile both texts, leading and trailing spaces included.
  let oldAt = 0;
  let newAt = 0;
  for (const segment of tidy(segments)) {
    const oldEnd = rawEnd(oldRaw, old, segment.o1);
    const newEnd = rawEnd(newRaw, next, segment.n1);
    const oldPart = oldRaw.slice(oldAt, oldEnd);
    const newPart = newRaw.slice(newAt, newEnd);
    oldAt = oldEnd;
    newAt = newEnd;
    if (segment.equal) {
      ops.push(
        oldPart === newPart
          ? { op: 'equal', text: newPart }
          : { op: 'equal', text: newPart, oldText: oldPart },
      );
    } else {
      if (oldPart !== '') ops.push({ op: 'delete', text: oldPart });
      if (newPart !== '') ops.push({ op: 'insert', text: newPart });
    }
  }
  // Texts made only of ignored characters normalize to nothing: keep them as one equal run.
  if (ops.length === 0) ops.push({ op: 'equal', text: newRaw, oldText: oldRaw });
  return ops;
}

/**
 * Word-level diffs of paragraph pairs (DESIGN §6.3): compared in normalized form, the common start and
 * end set aside, the rest diffed by clauses and, where clauses were replaced, by words from
 * Intl.Segmenter, with diffArrays — never diffWords or diffChars on long text (STACK.md) — then cut back
 * out of the raw texts. For each pair, equal+insert texts concatenate to the new text and equal
 * (oldText ?? text) + delete texts to the old one.
 */
export function diffInlineMany(
  requests: readonly (readonly [string, string])[],
  options: ResolvedCompareOptions,
): InlineOp[][] {
  return requests.map(([oldRaw, newRaw]) => {
    if (oldRaw === newRaw) return oldRaw === '' ? [] : [{ op: 'equal', text: newRaw }];
    const old = normalizeWithMap(oldRaw, options);
    const next = normalizeWithMap(newRaw, options);
    const a = old.text;
    const b = next.text;
    if (a === b)
      return toOps(oldRaw, newRaw, old, next, [{ equal: true, o0: 0, o1: a.length, n0: 0, n1: b.length }]);
    const prefix = commonPrefix(a, b);
    const suffix = commonSuffix(a, b, prefix);
    const segments: Segment[] = [
      { equal: true, o0: 0, o1: prefix, n0: 0, n1: prefix },
      ...diffText(a.slice(prefix, a.length - suffix), b.slice(prefix, b.length - suffix), prefix, prefix),
      { equal: true, o0: a.length - suffix, o1: a.length, n0: b.length - suffix, n1: b.length },
    ];
    return toOps(oldRaw, newRaw, old, next, segments);
  });
}

/** Word-level diff of one paragraph pair; see diffInlineMany. */
export function diffInline(oldRaw: string, newRaw: string, options: ResolvedCompareOptions): InlineOp[] {
  return diffInlineMany([[oldRaw, newRaw]], options)[0] ?? [];
}

/** Whether an inline diff marks anything (insertions or deletions). */
export function hasMarks(ops: readonly InlineOp[]): boolean {
  return ops.some((op) => op.op !== 'equal');
}
