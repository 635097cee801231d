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
  type RootNode,
} from 'lexical';
import type { Block, Run } from '../../../../shared/domain/blocks';
import { $createBlockGroupNode, GROUP_SIZE, type BlockGroupNode } from '../nodes/BlockGroupNode';
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

  constructor(private readonly sink: BlockSink) {}

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
      else this.sink.append(list);
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
      $appendBlocks(cellSink(cellNode), cell.blocks);
      if (cellNode.isEmpty()) cellNode.append($setBlockId($createParagraphNode(), newBlockId()));
      rowNode.append(cellNode);
    }
    table.append(rowNode);
  }
  return table;
}

/** Where top-level nodes go: a table cell, or the root's groups. */
interface BlockSink {
  append(node: LexicalNode): void;
  /** Called between top-level nodes (never inside a list): a place where the root may start a new group. */
  boundary(): void;
}

function cellSink(cell: ElementNode): BlockSink {
  return { append: (node) => void cell.append(node), boundary: () => undefined };
}

/** Appends to the root in groups of GROUP_SIZE top-level nodes, never cutting a list in two. */
function rootSink(root: RootNode): BlockSink {
  let group: BlockGroupNode | null = null;
  return {
    append(node) {
      if (group === null) {
        group = $createBlockGroupNode();
        root.append(group);
      }
      group.append(node);
    },
    boundary() {
      if (group !== null && group.getChildrenSize() >= GROUP_SIZE) group = null;
    },
  };
}

/** Appends blocks to a root or table cell, as Lexical nodes carrying the blocks' ids. */
function $appendBlocks(sink: BlockSink, blocks: readonly Block[]): void {
  const lists = new ListBuilder(sink);
  for (const block of blocks) {
    if (block.kind === 'list_item') {
      lists.$add(block);
      continue;
    }
    lists.reset();
    sink.boundary();
    let node: LexicalNode;
    if (block.kind === 'table') {
      node = $tableNode(block);
    } else {
      const element = $textElement(block);
      $appendRuns(element, block.runs);
      node = element;
    }
    sink.append($setBlockId(node, block.id));
  }
}

/**
 * Replaces the whole text with blocks, in page groups (BlockGroupNode). An empty text still gets one
 * empty paragraph, so the caret has somewhere to go.
 */
export function $replaceWithBlocks(blocks: readonly Block[]): void {
  const root = $getRoot();
  root.clear();
  const sink = rootSink(root);
  $appendBlocks(sink, blocks);
  if (root.isEmpty()) sink.append($setBlockId($createParagraphNode(), newBlockId()));
}

/**
 * Loads blocks into an editor in one discrete update, tagged so it does not count as an edit, and starts
 * the undo history afresh (nothing to undo past a loaded text).
 */
export function blocksToEditorState(editor: LexicalEditor, blocks: readonly Block[]): void {
  editor.update(() => $replaceWithBlocks(blocks), { discrete: true, tag: LOAD_BLOCKS_TAG });
  editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
}
