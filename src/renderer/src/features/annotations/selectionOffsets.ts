/**
 * From a DOM selection to offsets in a block's plain text (the text the selectors of DESIGN §3 count in).
 * The text of a block element is the concatenation of its text nodes, whatever spans, marks or styles
 * split them into; a boundary point outside the block is clipped to the block's start or end.
 */

/** The attribute every text-bearing block element carries (table cells included, tables not). */
export const BLOCK_ID_ATTRIBUTE = 'data-block-id';

export interface BlockSpan {
  blockId: string;
  start: number;
  end: number;
  /** The selection reached beyond this block and was cut at its end. */
  clipped: boolean;
}

export type SelectionSpanResult = { ok: true; span: BlockSpan } | { ok: false; reason: string };

const TEXT_NODE = 3;

/** Whether `text` lies wholly before the boundary point (container, offset) in document order. */
function isBefore(text: Node, container: Node, offset: number): boolean {
  if (container.nodeType === TEXT_NODE) {
    return (container.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
  }
  const next = container.childNodes[offset];
  if (next) return (next.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
  // The point is after the container's last child: everything inside the container comes before it.
  return (
    container.contains(text) ||
    (container.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_PRECEDING) !== 0
  );
}

/** Characters of `block`'s text before the boundary point, walking the block's text nodes in order. */
export function textOffset(block: Element, container: Node, offset: number): number {
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const length = text.nodeValue?.length ?? 0;
    if (text === container) return total + Math.min(offset, length);
    if (!isBefore(text, container, offset)) return total;
    total += length;
  }
  return total;
}

/** The part of `range` inside `block`, as [start, end) offsets of the block's text. */
export function spanInBlock(block: Element, range: Range): { start: number; end: number } {
  const start = textOffset(block, range.startContainer, range.startOffset);
  const end = textOffset(block, range.endContainer, range.endOffset);
  return { start, end: Math.max(start, end) };
}

function blockOf(node: Node, root: Element): Element | null {
  const element = node.nodeType === TEXT_NODE ? node.parentElement : (node as Element);
  const block = element?.closest(`[${BLOCK_ID_ATTRIBUTE}]`) ?? null;
  return block && root.contains(block) ? block : null;
}

/**
 * The span a selection makes in the text shown under `root`. A selection over several blocks is cut to
 * the first block where it selects something (`clipped` says so); one that selects no text is refused.
 */
export function selectionSpan(root: Element, range: Range): SelectionSpanResult {
  if (range.collapsed) return { ok: false, reason: '请先在正文中选择要批注的文字。' };
  const first = blockOf(range.startContainer, root);
  const last = blockOf(range.endContainer, root);
  let candidates: Element[];
  if (first && first === last) {
    candidates = [first];
  } else {
    candidates = [...root.querySelectorAll(`[${BLOCK_ID_ATTRIBUTE}]`)].filter((block) =>
      range.intersectsNode(block),
    );
  }
  for (const [index, block] of candidates.entries()) {
    const { start, end } = spanInBlock(block, range);
    if (end <= start) continue;
    const blockId = block.getAttribute(BLOCK_ID_ATTRIBUTE) ?? '';
    const rest = candidates.slice(index + 1);
    const clipped = rest.some((other) => {
      const span = spanInBlock(other, range);
      return span.end > span.start;
    });
    return { ok: true, span: { blockId, start, end, clipped } };
  }
  return { ok: false, reason: '所选范围不包含正文文字，请在正文的一个段落内选择。' };
}
