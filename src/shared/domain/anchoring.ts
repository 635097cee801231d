import type { Block } from './blocks';
import { blockText } from './blocks';

/** A text-quote + position selector (W3C Web Annotation style) on one block of one text. */
export interface QuoteSelector {
  blockId: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphaned';

export interface Anchor {
  status: AnchorStatus;
  selector: QuoteSelector | null;
}

export const CONTEXT_LENGTH = 32;

/** Every block that holds text, table cells included, in reading order. */
export function textBlocks(blocks: readonly Block[]): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [];
  const visit = (block: Block) => {
    if (block.kind === 'table') {
      for (const row of block.rows ?? []) for (const cell of row) cell.blocks.forEach(visit);
    } else {
      out.push({ id: block.id, text: blockText(block) });
    }
  };
  blocks.forEach(visit);
  return out;
}

/** The selector for a span of a block, with context on both sides to tell repeated words apart. */
export function selectorFor(blockId: string, text: string, start: number, end: number): QuoteSelector {
  return {
    blockId,
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
  };
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i += 1) {
    const gram = text.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient over character bigrams: 1 for equal texts, near 0 for unrelated ones. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const left = bigrams(a);
  let shared = 0;
  for (const [gram, count] of bigrams(b)) shared += Math.min(count, left.get(gram) ?? 0);
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/** How well the words around an occurrence match the selector's context (0..1). */
function contextScore(selector: QuoteSelector, text: string, at: number): number {
  const before = text.slice(Math.max(0, at - selector.prefix.length), at);
  const after = text.slice(at + selector.exact.length, at + selector.exact.length + selector.suffix.length);
  const wanted = selector.prefix.length + selector.suffix.length;
  if (wanted === 0) return 1;
  return (commonSuffix(selector.prefix, before) + commonPrefix(selector.suffix, after)) / wanted;
}

interface Occurrence {
  blockId: string;
  text: string;
  at: number;
  score: number;
}

/**
 * Finds where a thread made on `sourceBlockText` stands in `target`. Identical words elsewhere in the
 * text are only taken when their context (or their block) shows they are the same passage; when two
 * places are equally likely the thread is orphaned rather than attached to the wrong one.
 */
export function reanchor(selector: QuoteSelector, sourceBlockText: string, target: readonly Block[]): Anchor {
  const blocks = textBlocks(target);
  const same = blocks.find((block) => block.id === selector.blockId);
  if (same && same.text.slice(selector.start, selector.end) === selector.exact) {
    return { status: 'exact', selector: selectorFor(same.id, same.text, selector.start, selector.end) };
  }

  const occurrences: Occurrence[] = [];
  for (const block of blocks) {
    for (
      let at = block.text.indexOf(selector.exact);
      at >= 0;
      at = block.text.indexOf(selector.exact, at + 1)
    ) {
      occurrences.push({
        blockId: block.id,
        text: block.text,
        at,
        score: contextScore(selector, block.text, at),
      });
    }
  }
  const counterpart = counterpartBlock(selector.blockId, sourceBlockText, blocks);
  if (occurrences.length > 0) {
    const chosen = chooseOccurrence(occurrences, counterpart?.id ?? null);
    if (chosen) {
      const moved = chosen.blockId !== selector.blockId || chosen.at !== selector.start;
      return {
        status: moved ? 'moved' : 'exact',
        selector: selectorFor(chosen.blockId, chosen.text, chosen.at, chosen.at + selector.exact.length),
      };
    }
  }
  if (counterpart) {
    const fuzzy = mapSpan(selector, sourceBlockText, counterpart);
    if (fuzzy) return { status: 'fuzzy', selector: fuzzy };
  }
  return { status: 'orphaned', selector: null };
}

function chooseOccurrence(occurrences: Occurrence[], counterpartId: string | null): Occurrence | null {
  const ranked = [...occurrences].sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best) return null;
  const second = ranked[1];
  const inCounterpart = occurrences.filter((occurrence) => occurrence.blockId === counterpartId);
  if (inCounterpart.length === 1 && inCounterpart[0]) return inCounterpart[0];
  if (!second) return best.score >= 0.25 || best.blockId === counterpartId ? best : null;
  // Two or more places hold the same words: take one only when its context clearly wins.
  if (best.score >= 0.5 && best.score - second.score >= 0.25) return best;
  return null;
}

/** The block of the new text that continues the annotated one: same id, else the most similar. */
function counterpartBlock(
  blockId: string,
  sourceText: string,
  blocks: { id: string; text: string }[],
): { id: string; text: string } | null {
  const same = blocks.find((block) => block.id === blockId);
  if (same && similarity(sourceText, same.text) >= 0.5) return same;
  let best: { id: string; text: string } | null = null;
  let bestScore = 0.5;
  const lengthOk = (text: string) =>
    text.length >= sourceText.length / 3 && text.length <= sourceText.length * 3;
  for (const block of blocks) {
    if (!lengthOk(block.text)) continue;
    const score = similarity(sourceText, block.text);
    if (score > bestScore) {
      best = block;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Carries the annotated span over an edit of its block: the text before and after the span is matched
 * at both ends, and the new span is whatever now lies between (accepted only if it still resembles the
 * quote).
 */
function mapSpan(
  selector: QuoteSelector,
  sourceText: string,
  target: { id: string; text: string },
): QuoteSelector | null {
  const head = sourceText.slice(0, selector.start);
  const tail = sourceText.slice(selector.end);
  const keptHead = commonPrefix(head, target.text);
  const keptTail = commonSuffix(tail, target.text);
  let start = keptHead === head.length ? head.length : findContext(selector.prefix, target.text, 'before');
  let end =
    keptTail === tail.length
      ? target.text.length - tail.length
      : findContext(selector.suffix, target.text, 'after');
  if (start < 0) start = keptHead;
  if (end < 0) end = target.text.length - keptTail;
  if (end <= start) return null;
  const candidate = target.text.slice(start, end);
  if (similarity(candidate, selector.exact) < 0.4 && !candidate.includes(selector.exact)) return null;
  return selectorFor(target.id, target.text, start, end);
}

/** Position right after a unique prefix context (or right before a unique suffix context), or -1. */
function findContext(context: string, text: string, side: 'before' | 'after'): number {
  const probe = side === 'before' ? context.slice(-8) : context.slice(0, 8);
  if (probe.length < 4) return -1;
  const at = text.indexOf(probe);
  if (at < 0 || text.indexOf(probe, at + 1) >= 0) return -1;
  return side === 'before' ? at + probe.length : at;
}
