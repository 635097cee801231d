import {
  $handleListInsertParagraph,
  $insertList,
  $removeList,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { $isTableCellNode } from '@lexical/table';
import { mergeRegister } from '@lexical/utils';
import {
  $findMatchingParent,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_LOW,
  COMMAND_PRIORITY_NORMAL,
  INSERT_PARAGRAPH_COMMAND,
  RootNode,
  SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
  type BaseSelection,
  type LexicalCommand,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import {
  $createBlockGroupNode,
  $isBlockGroupNode,
  GROUP_MAX,
  GROUP_SIZE,
  withGroupsAsRoots,
  type BlockGroupNode,
} from '../../nodes/BlockGroupNode';

/** Cuts a group grown past GROUP_MAX into groups of GROUP_SIZE, in place. */
function $splitGroup(group: BlockGroupNode): BlockGroupNode {
  let last = group;
  let rest = group.getChildren().slice(GROUP_SIZE);
  while (rest.length > 0) {
    const next = $createBlockGroupNode();
    last.insertAfter(next);
    next.append(...rest.slice(0, GROUP_SIZE));
    rest = rest.slice(GROUP_SIZE);
    last = next;
  }
  return last;
}

/**
 * The root transform: runs last in every update that changed the text, over the root's children only
 * (some hundred and forty groups in the longest texts). A top-level node outside a group (a table
 * Lexical put at the root, a list lifted out of a group) joins the group before it; empty groups go; a
 * group grown too large is cut; neighbours small enough to share a group merge.
 */
export function $normalizeGroups(root: RootNode): void {
  let previous: BlockGroupNode | null = null;
  let child: LexicalNode | null = root.getFirstChild();
  while (child !== null) {
    const next: LexicalNode | null = child.getNextSibling();
    if (!$isBlockGroupNode(child)) {
      if (previous === null) {
        previous = $createBlockGroupNode();
        child.insertBefore(previous);
      }
      previous.append(child);
    } else if (child.isEmpty()) {
      child.remove();
    } else if (previous !== null && previous.getChildrenSize() + child.getChildrenSize() <= GROUP_SIZE) {
      previous.append(...child.getChildren());
      child.remove();
    } else {
      previous = child.getChildrenSize() > GROUP_MAX ? $splitGroup(child) : child;
    }
    child = next;
  }
}

/**
 * Keeps the page's block groups (BlockGroupNode) in order while the text is edited, and lets Lexical's
 * list commands work inside a group: turning blocks into a list or back, and Enter in an empty list item
 * ending the list, and pasting blocks, treat the group as the root those commands expect.
 */
export function registerBlockGroups(editor: LexicalEditor): () => void {
  const command = (type: LexicalCommand<void>, run: () => boolean) =>
    editor.registerCommand(type, () => withGroupsAsRoots(run), COMMAND_PRIORITY_NORMAL);
  return mergeRegister(
    editor.registerNodeTransform(RootNode, $normalizeGroups),
    command(INSERT_ORDERED_LIST_COMMAND, () => {
      $insertList('number');
      return true;
    }),
    command(INSERT_UNORDERED_LIST_COMMAND, () => {
      $insertList('bullet');
      return true;
    }),
    command(REMOVE_LIST_COMMAND, () => {
      $removeList();
      return true;
    }),
    command(INSERT_PARAGRAPH_COMMAND, () => $handleListInsertParagraph(false)),
    editor.registerCommand(SELECTION_INSERT_CLIPBOARD_NODES_COMMAND, $pasteIntoGroup, COMMAND_PRIORITY_LOW),
  );
}

/**
 * Pasted or dropped blocks. Lexical flattens blocks pasted into a block whose parent is not a root into
 * one run of text (meant for a paragraph inside a widget); inside a page group they must stay blocks.
 * Pastes into a table cell (a shadow root already) are left to the table plugin.
 */
function $pasteIntoGroup({ nodes, selection }: { nodes: LexicalNode[]; selection: BaseSelection }): boolean {
  if (!$isRangeSelection(selection)) return false;
  if ($findMatchingParent(selection.anchor.getNode(), $isTableCellNode) !== null) return false;
  withGroupsAsRoots(() => selection.insertNodes(nodes));
  // As Lexical does after a paste: typing goes on in the marks of the text just before the caret.
  const before = selection.isCollapsed() ? selection.anchor.getNode() : null;
  if ($isTextNode(before)) {
    selection.format = before.getFormat();
    selection.style = before.getStyle();
    selection.dirty = true;
  }
  return true;
}

/** Class of the group holding the caret: always laid out (page.css). */
export const ACTIVE_GROUP_CLASS = 'nd-group-active';

/**
 * Keeps the group holding the caret out of `content-visibility: auto`. Chromium edits natively inside a
 * group it may skip: after a large deletion (select all, then type) it put the next typed character
 * before the caret rather than after it. A group that is always laid out while it holds the caret
 * avoids that; the class moves with the caret, one group at a time. Needs a DOM.
 */
export function registerActiveGroup(editor: LexicalEditor): () => void {
  let active: HTMLElement | null = null;
  return editor.registerUpdateListener(({ editorState }) => {
    const key = editorState.read(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return null;
      const group = $findMatchingParent(selection.anchor.getNode(), $isBlockGroupNode);
      return group?.getKey() ?? null;
    });
    const element = key === null ? null : editor.getElementByKey(key);
    if (element === active && element?.classList.contains(ACTIVE_GROUP_CLASS) !== false) return;
    active?.classList.remove(ACTIVE_GROUP_CLASS);
    element?.classList.add(ACTIVE_GROUP_CLASS);
    active = element;
  });
}
