import { $isListNode } from '@lexical/list';
import { $isElementNode, $isLineBreakNode, $isTextNode, type ElementNode, type LexicalNode } from 'lexical';

/** A piece of a block's text: a text node, or a line break counted as '\n'. */
export interface TextSegment {
  node: LexicalNode;
  /** Offset of the segment in the block's text (DESIGN §3 selectors count in these offsets). */
  start: number;
  length: number;
}

/**
 * The block's text as the content model sees it (blockText of the converted block): text nodes and line
 * breaks in order, through inline elements, leaving out lists nested in a list item (their own blocks).
 */
export function $textSegments(block: ElementNode): TextSegment[] {
  const segments: TextSegment[] = [];
  let offset = 0;
  const visit = (element: ElementNode) => {
    for (let child = element.getFirstChild(); child !== null; child = child.getNextSibling()) {
      if ($isTextNode(child)) {
        const length = child.getTextContentSize();
        segments.push({ node: child, start: offset, length });
        offset += length;
      } else if ($isLineBreakNode(child)) {
        segments.push({ node: child, start: offset, length: 1 });
        offset += 1;
      } else if ($isElementNode(child) && child.isInline() && !$isListNode(child)) {
        visit(child);
      }
    }
  };
  visit(block);
  return segments;
}

export function segmentsText(segments: readonly TextSegment[]): string {
  return segments
    .map((segment) => ($isTextNode(segment.node) ? segment.node.getTextContent() : '\n'))
    .join('');
}
