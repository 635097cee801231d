import { $getNodeByKey, getDOMTextNode, type LexicalEditor } from 'lexical';
import { $getBlockNodeById } from '../nodes/blockNodeIndex';
import { $textSegments } from './blockText';

/** A span of one block's text, in the offsets of annotation selectors. */
export interface BlockRange {
  blockId: string;
  start: number;
  end: number;
}

/** Highlight names styled by the editor's stylesheet (page.css). */
export const HIGHLIGHT_ANNOTATION = 'nd-annotation';
export const HIGHLIGHT_ACTIVE = 'nd-annotation-active';

function domPosition(editor: LexicalEditor, key: string, offset: number): [Node, number] | null {
  const element = editor.getElementByKey(key);
  if (!element) return null;
  const text = getDOMTextNode(element);
  if (text) return [text, Math.min(offset, text.length)];
  // A line break: before or after its <br>.
  const parent = element.parentNode;
  if (!parent) return null;
  const index = Array.from(parent.childNodes).indexOf(element);
  return [parent, offset > 0 ? index + 1 : index];
}

/** DOM ranges for block ranges as the editor shows them now (null where the block or span is gone). */
export function blockRangesToDomRanges(
  editor: LexicalEditor,
  ranges: readonly BlockRange[],
): (Range | null)[] {
  return editor.read(() =>
    ranges.map((range) => {
      const block = $getBlockNodeById(range.blockId);
      if (!block || range.end <= range.start) return null;
      const segments = $textSegments(block);
      const first = segments.find((s) => range.start < s.start + s.length);
      const last = [...segments].reverse().find((s) => range.end > s.start);
      if (!first || !last) return null;
      const from = domPosition(editor, first.node.getKey(), range.start - first.start);
      const to = domPosition(editor, last.node.getKey(), range.end - last.start);
      if (!from || !to || $getNodeByKey(first.node.getKey()) === null) return null;
      const dom = document.createRange();
      dom.setStart(from[0], from[1]);
      dom.setEnd(to[0], to[1]);
      return dom;
    }),
  );
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

/**
 * Paints block ranges with the CSS Custom Highlight API under `name`: nothing is written into the text,
 * so highlights never reach the saved blocks or the undo history. Call again after the text changes.
 */
export function setBlockHighlights(editor: LexicalEditor, name: string, ranges: readonly BlockRange[]): void {
  if (!highlightsSupported()) return;
  const dom = blockRangesToDomRanges(editor, ranges).filter((range): range is Range => range !== null);
  if (dom.length === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, new Highlight(...dom));
}

export function clearBlockHighlights(name: string): void {
  if (highlightsSupported()) CSS.highlights.delete(name);
}
