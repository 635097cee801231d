import { $isListItemNode, $isListNode, type ListNode } from '@lexical/list';
import { $isHeadingNode } from '@lexical/rich-text';
import { $isTableCellNode, $isTableNode, $isTableRowNode, type TableNode } from '@lexical/table';
import {
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type EditorState,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import { normalizeRuns, type Block, type Run, type TableCell } from '../../../../shared/domain/blocks';
import { $isBlockGroupNode } from '../nodes/BlockGroupNode';
import { $getBlockId, newBlockId } from '../nodes/blockId';
import { headingLevel } from '../nodes/headingLevels';
import { $isTitleNode } from '../nodes/TitleNode';

/** Ids already given out in this conversion: a duplicate (which the plugin should have prevented) gets a new one. */
export type SeenIds = Set<string>;

function blockIdOf(node: LexicalNode, seen: SeenIds): string {
  let id = $getBlockId(node);
  if (id === '' || seen.has(id)) id = newBlockId();
  seen.add(id);
  return id;
}

function $collectRuns(element: ElementNode, into: Run[]): void {
  for (let child = element.getFirstChild(); child !== null; child = child.getNextSibling()) {
    if ($isTextNode(child)) {
      const run: Run = { text: child.getTextContent() };
      if (child.hasFormat('bold')) run.bold = true;
      if (child.hasFormat('italic')) run.italic = true;
      if (child.hasFormat('underline')) run.underline = true;
      into.push(run);
    } else if ($isLineBreakNode(child)) {
      // A line break belongs to the text around it: it takes the marks of what precedes it.
      const last = into[into.length - 1];
      into.push({ ...last, text: '\n' });
    } else if ($isElementNode(child) && child.isInline()) {
      $collectRuns(child, into);
    }
  }
}

function $runsOf(element: ElementNode): Run[] {
  const runs: Run[] = [];
  $collectRuns(element, runs);
  return normalizeRuns(runs);
}

function $listBlocks(list: ListNode, depth: number, seen: SeenIds, into: Block[]): void {
  const ordered = list.getListType() === 'number';
  for (let item = list.getFirstChild(); item !== null; item = item.getNextSibling()) {
    if (!$isListItemNode(item)) continue;
    const nested: ListNode[] = [];
    let hasInline = false;
    for (let child = item.getFirstChild(); child !== null; child = child.getNextSibling()) {
      if ($isListNode(child)) nested.push(child);
      else hasInline = true;
    }
    // An item holding only a nested list is Lexical's wrapper for the deeper level, not a block itself.
    if (hasInline || nested.length === 0) {
      into.push({ id: blockIdOf(item, seen), kind: 'list_item', level: depth, ordered, runs: $runsOf(item) });
    }
    for (const child of nested) $listBlocks(child, depth + 1, seen, into);
  }
}

function $tableBlock(table: TableNode, seen: SeenIds): Block {
  const rows: TableCell[][] = [];
  for (let row = table.getFirstChild(); row !== null; row = row.getNextSibling()) {
    if (!$isTableRowNode(row)) continue;
    const cells: TableCell[] = [];
    for (let cell = row.getFirstChild(); cell !== null; cell = cell.getNextSibling()) {
      if ($isTableCellNode(cell)) cells.push({ blocks: $blocksOf(cell, seen) });
    }
    rows.push(cells);
  }
  return { id: blockIdOf(table, seen), kind: 'table', runs: [], rows };
}

function $textBlock(element: ElementNode, seen: SeenIds): Block {
  const id = blockIdOf(element, seen);
  if ($isTitleNode(element)) return { id, kind: 'title', runs: $runsOf(element) };
  if ($isHeadingNode(element)) {
    return { id, kind: 'heading', level: headingLevel(element.getTag()), runs: $runsOf(element) };
  }
  return { id, kind: 'paragraph', runs: $runsOf(element) };
}

/**
 * The blocks one child of the root (or of a table cell) stands for: a list gives one per item, a page
 * group those of its children.
 */
export function $childBlocks(child: LexicalNode, seen: SeenIds, into: Block[]): void {
  if ($isBlockGroupNode(child)) $blocksOf(child, seen, into);
  else if ($isListNode(child)) $listBlocks(child, 1, seen, into);
  else if ($isTableNode(child)) into.push($tableBlock(child, seen));
  else if ($isElementNode(child) && !child.isInline()) into.push($textBlock(child, seen));
}

function $blocksOf(parent: ElementNode, seen: SeenIds, into: Block[] = []): Block[] {
  for (let child = parent.getFirstChild(); child !== null; child = child.getNextSibling()) {
    $childBlocks(child, seen, into);
  }
  return into;
}

/** The editor's text as blocks (call inside a read or update). */
export function $blocksFromRoot(): Block[] {
  return $blocksOf($getRoot(), new Set());
}

export function editorStateToBlocks(state: EditorState): Block[] {
  return state.read($blocksFromRoot);
}
