import type { Run } from '../blocks';
import { normalizeRuns } from '../blocks';

/**
 * Inline Markdown → runs: **bold** / __bold__, *italic*, <u>underline</u> and backslash escapes. Enough for
 * the emphasis found in published legal Markdown; anything else stays literal text.
 */
const INLINE =
  /\\([\\`*_{}[\]()#+\-.!<>|~])|\*\*(.+?)\*\*|__(.+?)__|\*([^*\s](?:[^*]*[^*\s])?)\*|<u>(.+?)<\/u>/g;

export function markdownInlineToRuns(text: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const start = match.index;
    if (start > last) runs.push({ text: text.slice(last, start) });
    const [, escaped, bold, boldUnderscore, italic, underline] = match;
    if (escaped !== undefined) runs.push({ text: escaped });
    else if (bold !== undefined || boldUnderscore !== undefined)
      runs.push({ text: bold ?? boldUnderscore ?? '', bold: true });
    else if (italic !== undefined) runs.push({ text: italic, italic: true });
    else if (underline !== undefined) runs.push({ text: underline, underline: true });
    last = start + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return normalizeRuns(runs);
}
