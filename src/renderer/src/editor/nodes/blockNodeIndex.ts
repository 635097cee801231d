import { $isListNode } from '@lexical/list';
import { $isTableCellNode, $isTableNode, $isTableRowNode } from '@lexical/table';
import {
  $getEditor,
  $getNodeByKey,
  $getRoot,
  $isElementNode,
  $isRootOrShadowRoot,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { $isBlockGroupNode } from './BlockGroupNode';
import { $getBlockId } from './blockId';

const indexes = new WeakMap<LexicalEditor, Map<string, NodeKey>>();

/**
 * Block id → node key, per editor. Kept up to date by the block-id plugin as nodes change; entries may be
 * stale (a node removed, an undo restoring older nodes), so every lookup checks what it finds.
 */
export function blockIndexOf(editor: LexicalEditor): Map<string, NodeKey> {
  let index = indexes.get(editor);
  if (!index) {
    index = new Map();
    indexes.set(editor, index);
  }
  return index;
}

/** A node that holds a block's own text: not the root, a page group, a list, a table or its rows and cells. */
export function $isTextBlockNode(node: LexicalNode): node is ElementNode {
  return (
    $isElementNode(node) &&
    !node.isInline() &&
    !$isRootOrShadowRoot(node) &&
    !$isBlockGroupNode(node) &&
    !$isListNode(node) &&
    !$isTableRowNode(node) &&
    !$isTableCellNode(node) &&
    !$isTableNode(node)
  );
}

function $reindex(index: Map<string, NodeKey>, parent: ElementNode): void {
  for (let child = parent.getFirstChild(); child !== null; child = child.getNextSibling()) {
    if (!$isElementNode(child) || child.isInline()) continue;
    const id = $getBlockId(child);
    if (id !== '') index.set(id, child.getKey());
    $reindex(index, child);
  }
}

/** The node of a block (a text block or a table) by its id, in the active editor; null if not in the text. */
export function $getBlockNodeById(blockId: string): ElementNode | null {
  const index = blockIndexOf($getEditor());
  const check = (): ElementNode | null => {
    const key = index.get(blockId);
    const node = key === undefined ? null : $getNodeByKey(key);
    return $isElementNode(node) && node.isAttached() && $getBlockId(node) === blockId ? node : null;
  };
  const found = check();
  if (found) return found;
  $reindex(index, $getRoot());
  return check();
}
