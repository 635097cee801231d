import { $createListItemNode, $isListItemNode, ListItemNode } from '@lexical/list';
import { HeadingNode } from '@lexical/rich-text';
import { TableNode } from '@lexical/table';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $findMatchingParent,
  $getNodeByKey,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  INTERNAL_$isBlock,
  ParagraphNode,
  type ElementNode,
  type Klass,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { $getBlockId, $setBlockId, newBlockId } from '../../nodes/blockId';
import { blockIndexOf } from '../../nodes/blockNodeIndex';
import { TitleNode } from '../../nodes/TitleNode';

/** Node classes that stand for a block (or, for list items, may): each carries a block id. */
const BLOCK_CLASSES: Klass<ElementNode>[] = [ParagraphNode, HeadingNode, TitleNode, ListItemNode, TableNode];

/**
 * Keeps block ids present and unique while the text is edited:
 * - a block without an id (new, split off, pasted from elsewhere) gets a fresh one;
 * - a block carrying the id of another block still in the text (a pasted copy) gets a fresh one, the
 *   original keeps its id; a block that was cut and pasted back keeps it;
 * - Enter at the start of a block inserts the empty block before it, so the text keeps its id;
 * - Shift+Enter starts a new block, as Enter does: a block is a paragraph of the official text.
 */
export function registerBlockIds(editor: LexicalEditor): () => void {
  const owners = blockIndexOf(editor);

  const $claim = (node: LexicalNode) => {
    const key = node.getKey();
    const id = $getBlockId(node);
    if (id !== '') {
      const owner = owners.get(id);
      if (owner === undefined || owner === key) {
        owners.set(id, key);
        return;
      }
      const other = $getNodeByKey(owner);
      if (other === null || !other.isAttached() || $getBlockId(other) !== id) {
        owners.set(id, key);
        return;
      }
    }
    const fresh = newBlockId();
    $setBlockId(node, fresh);
    owners.set(fresh, key);
  };

  return mergeRegister(
    ...BLOCK_CLASSES.map((klass) => editor.registerNodeTransform(klass, $claim)),
    editor.registerCommand(INSERT_PARAGRAPH_COMMAND, $insertBlockBeforeAtStart, COMMAND_PRIORITY_LOW),
    editor.registerCommand(
      INSERT_LINE_BREAK_COMMAND,
      () => editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined),
      COMMAND_PRIORITY_LOW,
    ),
  );
}

/**
 * Gives each block's element a `data-block-id` attribute (to find a block on the page, and for tests).
 * Needs a DOM: not for headless editors.
 */
export function registerBlockIdAttributes(editor: LexicalEditor): () => void {
  return mergeRegister(
    ...BLOCK_CLASSES.map((klass) =>
      editor.registerMutationListener(klass, (mutations) => {
        if (editor.getRootElement() === null) return;
        editor.getEditorState().read(() => {
          for (const [key, mutation] of mutations) {
            if (mutation === 'destroyed') continue;
            const node = $getNodeByKey(key);
            const element = editor.getElementByKey(key);
            const id = node ? $getBlockId(node) : '';
            if (element && id && element.dataset.blockId !== id) element.dataset.blockId = id;
          }
        });
      }),
    ),
  );
}

function $insertBlockBeforeAtStart(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed() || selection.anchor.offset !== 0) {
    return false;
  }
  const anchor = selection.anchor.getNode();
  const block = $findMatchingParent(anchor, INTERNAL_$isBlock);
  if (!$isElementNode(block) || block.isEmpty()) return false;
  const first = block.getFirstDescendant();
  const atStart = anchor.is(block) || (first !== null && anchor.is(first));
  if (!atStart) return false;
  if ($isListItemNode(block)) {
    block.insertBefore($createListItemNode());
    return true;
  }
  if (!(block instanceof ParagraphNode || block instanceof HeadingNode || block instanceof TitleNode)) {
    return false;
  }
  block.insertBefore($createParagraphNode());
  return true;
}
