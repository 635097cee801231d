import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, type LexicalEditor, type LexicalNode } from 'lexical';
import { $isBlockGroupNode } from '../../../src/renderer/src/editor/nodes/BlockGroupNode';
import { EDITOR_NODES } from '../../../src/renderer/src/editor/nodes/registry';
import { registerBlockGroups } from '../../../src/renderer/src/editor/plugins/BlockGroupPlugin/registerBlockGroups';
import { registerBlockIds } from '../../../src/renderer/src/editor/plugins/BlockIdPlugin/registerBlockIds';

/** A headless editor with the drafting editor's nodes and page groups; `withIds` adds the block-id plugin. */
export function headlessEditor(options: { withIds?: boolean } = {}): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'test',
    nodes: [...EDITOR_NODES],
    onError: (error) => {
      throw error;
    },
  });
  registerBlockGroups(editor);
  if (options.withIds) registerBlockIds(editor);
  return editor;
}

/** The top-level block nodes in page order, looking through the page groups (call inside a read or update). */
export function $topLevelNodes(): LexicalNode[] {
  return $getRoot()
    .getChildren()
    .flatMap((child) => ($isBlockGroupNode(child) ? child.getChildren() : [child]));
}

/** The index-th top-level block node, looking through the page groups. */
export function $topLevelNode(index: number): LexicalNode | null {
  return $topLevelNodes()[index] ?? null;
}
