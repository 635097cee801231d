import { $isListItemNode, $isListNode, ListNode } from '@lexical/list';
import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $getNearestNodeOfType } from '@lexical/utils';
import {
  $createParagraphNode,
  $findMatchingParent,
  $getSelection,
  $isRangeSelection,
  INTERNAL_$isBlock,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import type { HeadingLevel } from '../../../../shared/domain/blocks';
import { $getBlockId, $setBlockId } from '../nodes/blockId';
import { headingLevel, headingTag } from '../nodes/headingLevels';
import { $createTitleNode, $isTitleNode } from '../nodes/TitleNode';

/** What the toolbar shows and sets for the block at the caret. */
export type BlockFormat = 'title' | 'paragraph' | `heading${HeadingLevel}` | 'ordered' | 'bullet' | 'other';

function $keepBlock(previous: ElementNode, next: ElementNode): void {
  $setBlockId(next, $getBlockId(previous));
  if (previous.getFormatType() !== next.getFormatType()) next.setFormat(previous.getFormatType());
}

/** Turns the selected blocks into a title, a heading level or a paragraph; each keeps its block id. */
export function $setBlockFormat(format: 'title' | 'paragraph' | `heading${HeadingLevel}`): void {
  const selection = $getSelection();
  const create =
    format === 'title'
      ? $createTitleNode
      : format === 'paragraph'
        ? $createParagraphNode
        : () => $createHeadingNode(headingTag(Number(format.slice(-1))));
  $setBlocksType(selection, create, $keepBlock);
}

/** The format of the block holding the selection's anchor. */
export function $blockFormatAtSelection(): BlockFormat {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return 'other';
  const anchor = selection.anchor.getNode();
  const block: LexicalNode | null = $findMatchingParent(anchor, INTERNAL_$isBlock);
  if (block === null) return 'other';
  if ($isListItemNode(block)) {
    const list = $getNearestNodeOfType(block, ListNode);
    return $isListNode(list) && list.getListType() === 'number' ? 'ordered' : 'bullet';
  }
  if ($isTitleNode(block)) return 'title';
  if ($isHeadingNode(block)) return `heading${headingLevel(block.getTag())}`;
  return 'paragraph';
}
