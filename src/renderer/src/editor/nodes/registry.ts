import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { BlockGroupNode } from './BlockGroupNode';
import { TitleNode } from './TitleNode';

/** Every node the drafting editor knows (paragraph, text and line break come with Lexical itself). */
export const EDITOR_NODES: readonly Klass<LexicalNode>[] = [
  BlockGroupNode,
  TitleNode,
  HeadingNode,
  ListNode,
  ListItemNode,
  TableNode,
  TableRowNode,
  TableCellNode,
];
