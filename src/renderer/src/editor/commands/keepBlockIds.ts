import {
  $findMatchingParent,
  $getNodeByKey,
  $getSelection,
  $isElementNode,
  HISTORY_MERGE_TAG,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { $getBlockId, $setBlockId } from '../nodes/blockId';
import { $isTextBlockNode } from '../nodes/blockNodeIndex';

/**
 * Runs a command that rebuilds the selected blocks as other nodes (Lexical's list commands make new list
 * items or paragraphs and move the text into them) and gives each rebuilt block the id of the block its
 * text came from, so turning paragraphs into a list and back keeps their ids.
 */
export function keepingBlockIds(editor: LexicalEditor, run: () => void): void {
  const idsByText = editor.read(() => {
    const found = new Map<NodeKey, string>();
    for (const node of $getSelection()?.getNodes() ?? []) {
      const block = $isTextBlockNode(node) ? node : $findMatchingParent(node, $isTextBlockNode);
      const first = block?.getFirstDescendant();
      if (block && first && !$isElementNode(first)) found.set(first.getKey(), $getBlockId(block));
    }
    return found;
  });
  run();
  if (idsByText.size === 0) return;
  editor.update(
    () => {
      for (const [key, id] of idsByText) {
        const text = $getNodeByKey(key);
        const block = text && $findMatchingParent(text, $isTextBlockNode);
        if (block && id !== '' && $getBlockId(block) !== id) $setBlockId(block, id);
      }
    },
    { tag: HISTORY_MERGE_TAG },
  );
}
