import { $createListItemNode, $createListNode, type ListNode, type ListType } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import {
  $createTableCellNode,
  $createTableNode,
  $createTableRowNode,
  TableCellHeaderStates,
  type TableNode,
} from '@lexical/table';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  CLEAR_HISTORY_COMMAND,
  IS_BOLD,
  IS_ITALIC,
  IS_UNDERLINE,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import type { Block, Run } from '../../../../shared/domain/blocks';
import { $setBlockId, newBlockId } from '../nodes/blockId';
import { headingTag } from '../nodes/headingLevels';
import { $createTitleNode } from '../nodes/TitleNode';

/** Update tag of the update that loads blocks into the editor: autosave ignores it. */
export const LOAD_BLOCKS_TAG = 'nd-load-blocks';

export function runFormat(run: Run): number {
  return (run.bold ? IS_BOLD : 0) | (run.italic ? IS_ITALIC : 0) | (run.underline ? IS_UNDERLINE : 0);
}

function $appendRuns(element: ElementNode, runs: readonly Run[]): void {
  for (const run of runs) {
    if (run.text === '') continue;
    const format = runFormat(run);
    const lines = run.text.split('\n');
    lines.forEach((line, index) => {
      if (index > 0) element.append($createLineBreakNode());
      if (line !== '') element.append($createTextNode(line).setFormat(format));
    });
  }
}

function $textElement(block: Block): ElementNode {
  switch (block.kind) {
    case 'title':
      return $createTitleNode();
    case 'heading':
      return $createHeadingNode(headingTag(block.level));
    default:
      return $createParagraphNode();
  }
}

/**
 * Open lists while list items are appended: `open[d]` is the list at depth d + 1. Lexical nests a list
 * in a list item of the list above it; items that skip a level get such wrapper items in between.
 */
class ListBuilder {
  private open: ListNode[] = [];

  constructor(private readonly parent: ElementNode) {}

  reset(): void {
    this.open = [];
  }

  $add(block: Block): void {
    const depth = Math.max(1, Math.round(block.level ?? 1));
    const type: ListType = block.ordered ? 'number' : 'bullet';
    if (this.open.length > depth) this.open.length = depth;
    if (this.open.length === depth && this.open[depth - 1]?.getListType() !== type) {
      this.open.length = depth - 1;
    }
    while (this.open.length < depth) {
      const list = $createListNode(type);
      const above = this.open[this.open.length - 1];
      if (above) above.append($createListItemNode().append(list));
      else this.parent.append(list);
      this.open.push(list);
    }
    const item = $setBlockId($createListItemNode(), block.id);
    $appendRuns(item, block.runs);
    this.open[depth - 1]?.append(item);
  }
}

function $tableNode(block: Block): TableNode {
  const table = $createTableNode();
  for (const row of block.rows ?? []) {
    const rowNode = $createTableRowNode();
    for (const cell of row) {
      const cellNode = $createTableCellNode(TableCellHeaderStates.NO_STATUS);
      $appendBlocks(cellNode, cell.blocks);
      if (cellNode.isEmpty()) cellNode.append($setBlockId($createParagraphNode(), newBlockId()));
      rowNode.append(cellNode);
    }
    table.append(rowNode);
  }
  return table;
}

/** Appends blocks to a root or table cell, as Lexical nodes carrying the blocks' ids. */
export function $appendBlocks(parent: ElementNode, blocks: readonly Block[]): void {
  const lists = new ListBuilder(parent);
  for (const block of blocks) {
    if (block.kind === 'list_item') {
      lists.$add(block);
      continue;
    }
    lists.reset();
    let node: LexicalNode;
    if (block.kind === 'table') {
      node = $tableNode(block);
    } else {
      const element = $textElement(block);
      $appendRuns(element, block.runs);
      node = element;
    }
    parent.append($setBlockId(node, block.id));
  }
}

/**
 * Replaces the whole text with blocks. An empty text still gets one empty paragraph, so the caret has
 * somewhere to go.
 */
export function $replaceWithBlocks(blocks: readonly Block[]): void {
  const root = $getRoot();
  root.clear();
  $appendBlocks(root, blocks);
  if (root.isEmpty()) root.append($setBlockId($createParagraphNode(), newBlockId()));
}

/**
 * Loads blocks into an editor in one discrete update, tagged so it does not count as an edit, and starts
 * the undo history afresh (nothing to undo past a loaded text).
 */
export function blocksToEditorState(editor: LexicalEditor, blocks: readonly Block[]): void {
  editor.update(() => $replaceWithBlocks(blocks), { discrete: true, tag: LOAD_BLOCKS_TAG });
  editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
}
