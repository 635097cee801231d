import { useCallback, useEffect, useState, type RefObject } from 'react';
import { selectionSpan, type SelectionSpanResult } from '../annotations';

export interface CapturedSelection {
  result: SelectionSpanResult;
  /** Where to offer the 批注 button: just below the end of the selection, in the container's coordinates. */
  anchor: { top: number; left: number } | null;
}

/**
 * Follows the user's text selection inside `root` (mouse or keyboard) and converts it to a block span
 * once the gesture ends; a selection elsewhere, or none, clears it.
 */
export function useTextSelection(
  root: RefObject<HTMLElement | null>,
  container: RefObject<HTMLElement | null>,
): { captured: CapturedSelection | null; clear: () => void } {
  const [captured, setCaptured] = useState<CapturedSelection | null>(null);

  useEffect(() => {
    const page = root.current?.ownerDocument;
    if (!page) return;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const read = () => {
      const element = root.current;
      const selection = page.getSelection();
      if (!element || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
        setCaptured(null);
        return;
      }
      const range = selection.getRangeAt(0);
      if (!range.intersectsNode(element)) {
        setCaptured(null);
        return;
      }
      const result = selectionSpan(element, range);
      setCaptured({ result, anchor: anchorBelow(range, container.current) });
    };
    // The selection settles after the mouseup/keyup that ends the gesture.
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(read, 0);
    };
    const onSelectionChange = () => {
      const selection = page.getSelection();
      if (!selection || selection.isCollapsed) setCaptured(null);
    };
    page.addEventListener('mouseup', later);
    page.addEventListener('keyup', later);
    page.addEventListener('selectionchange', onSelectionChange);
    return () => {
      clearTimeout(timer);
      page.removeEventListener('mouseup', later);
      page.removeEventListener('keyup', later);
      page.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [root, container]);

  const clear = useCallback(() => setCaptured(null), []);
  return { captured, clear };
}

function anchorBelow(range: Range, container: HTMLElement | null): { top: number; left: number } | null {
  if (!container || typeof range.getClientRects !== 'function') return null;
  const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 || rect.height > 0);
  const last = rects[rects.length - 1];
  if (!last) return null;
  const box = container.getBoundingClientRect();
  return {
    top: last.bottom - box.top + container.scrollTop + 6,
    left: Math.max(0, Math.min(last.right - box.left + container.scrollLeft - 40, box.width - 120)),
  };
}
