import { foldCase } from './query';

/** A piece of a snippet: text, marked where it matched a term. */
export interface SnippetSegment {
  text: string;
  mark: boolean;
}

/** Characters shown on either side of the first match. */
const CONTEXT = 40;

/** Where the terms occur in the text, as merged [start, end) ranges in UTF-16 offsets. */
export function matchRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  const folded = foldCase(text);
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    const needle = foldCase(term);
    if (needle === '') continue;
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length))
      ranges.push([at, at + needle.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * A short excerpt around the first match with every match in it marked; '…' where text is cut off.
 * Built from the stored text, so the marks are exactly the substrings that matched.
 */
export function snippetSegments(text: string, terms: readonly string[], context = CONTEXT): SnippetSegment[] {
  const line = text.replace(/\s+/g, ' ');
  const ranges = matchRanges(line, terms);
  const first = ranges[0];
  const from = first ? Math.max(0, first[0] - context) : 0;
  const to = Math.min(line.length, (first ? first[1] : 0) + context * 2);
  const segments: SnippetSegment[] = [];
  const push = (piece: string, mark: boolean) => {
    if (piece !== '') segments.push({ text: piece, mark });
  };
  let at = from;
  if (from > 0) push('…', false);
  for (const [start, end] of ranges) {
    if (end <= from) continue;
    if (start >= to) break;
    push(line.slice(at, Math.max(at, start)), false);
    push(line.slice(Math.max(at, start), Math.min(end, to)), true);
    at = Math.min(end, to);
  }
  push(line.slice(at, to), false);
  if (to < line.length) push('…', false);
  return segments;
}
