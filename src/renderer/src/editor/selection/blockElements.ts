import type { LexicalEditor } from 'lexical';
import { $getBlockNodeById } from '../nodes/blockNodeIndex';

/** The DOM element showing a block (e.g. to place a margin note beside it); null when not shown. */
export function getBlockElement(editor: LexicalEditor, blockId: string): HTMLElement | null {
  return editor.read(() => {
    const node = $getBlockNodeById(blockId);
    return node ? editor.getElementByKey(node.getKey()) : null;
  });
}

/** Scrolls a block into the middle of the view and, in an editable editor, puts the caret at its start. */
export function scrollToBlock(editor: LexicalEditor, blockId: string): boolean {
  const element = getBlockElement(editor, blockId);
  if (!element) return false;
  element.scrollIntoView({ block: 'center' });
  if (editor.isEditable()) {
    editor.update(() => $getBlockNodeById(blockId)?.selectStart(), { tag: 'skip-scroll-into-view' });
  }
  return true;
}
