import {
  $findMatchingParent,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  type ElementNode,
  type PointType,
} from 'lexical';
import type { TextSelector } from '../../../../shared/api/schemas/annotations';
import { selectorFor } from '../../../../shared/domain/anchoring';
import { $getBlockId } from '../nodes/blockId';
import { $isTextBlockNode } from '../nodes/blockNodeIndex';
import { $textSegments, segmentsText, type TextSegment } from './blockText';

/** The selection as an annotation selector; `clipped` when it ran past the end of its first block. */
export interface SelectionSelector {
  selector: TextSelector;
  clipped: boolean;
}

function $textBlockOf(point: PointType): ElementNode | null {
  const block = $findMatchingParent(point.getNode(), $isTextBlockNode);
  return block && $getBlockId(block) !== '' ? block : null;
}

function pointOffset(point: PointType, segments: readonly TextSegment[], total: number): number {
  if (point.type === 'text') {
    const segment = segments.find((candidate) => candidate.node.getKey() === point.key);
    return segment ? segment.start + Math.min(point.offset, segment.length) : 0;
  }
  const element = point.getNode();
  if (!$isElementNode(element)) return 0;
  const child = element.getChildAtIndex(point.offset);
  if (child === null) {
    const inside = segments.filter((segment) => element.isParentOf(segment.node));
    const last = inside[inside.length - 1];
    return last ? last.start + last.length : point.offset === 0 ? 0 : total;
  }
  const first = segments.find((segment) => segment.node.is(child) || child.isParentOf(segment.node));
  return first ? first.start : total;
}

/**
 * The current selection in block-text offsets (call inside editor.read): the block it starts in, start
 * and end offsets in that block's text, the quoted text and 32 characters of context on each side.
 * A selection that runs into later blocks is cut at the end of its first block. Null when nothing is
 * selected, the selection is collapsed, or it starts outside a text block (e.g. a whole table).
 */
export function $getSelectionSelector(): SelectionSelector | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
  const [startPoint, endPoint] = selection.isBackward()
    ? [selection.focus, selection.anchor]
    : [selection.anchor, selection.focus];
  const block = $textBlockOf(startPoint);
  if (!block) return null;
  const segments = $textSegments(block);
  const text = segmentsText(segments);
  const start = pointOffset(startPoint, segments, text.length);
  const sameBlock = $textBlockOf(endPoint)?.is(block) ?? false;
  const end = sameBlock ? pointOffset(endPoint, segments, text.length) : text.length;
  if (end <= start) return null;
  return { selector: selectorFor($getBlockId(block), text, start, end), clipped: !sameBlock };
}
