import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
import { EDITOR_NODES } from '../../../src/renderer/src/editor/nodes/registry';
import { registerBlockIds } from '../../../src/renderer/src/editor/plugins/BlockIdPlugin/registerBlockIds';

/** A headless editor with the drafting editor's nodes; `withIds` adds the block-id plugin. */
export function headlessEditor(options: { withIds?: boolean } = {}): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'test',
    nodes: [...EDITOR_NODES],
    onError: (error) => {
      throw error;
    },
  });
  if (options.withIds) registerBlockIds(editor);
  return editor;
}
