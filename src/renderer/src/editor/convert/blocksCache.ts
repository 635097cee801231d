import { mergeRegister } from '@lexical/utils';
import { $getRoot, HISTORIC_TAG, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';
import type { Block } from '../../../../shared/domain/blocks';
import { $isBlockGroupNode } from '../nodes/BlockGroupNode';
import { LOAD_BLOCKS_TAG } from './blocksToLexical';
import { $childBlocks, type SeenIds } from './lexicalToBlocks';

export interface BlocksReader {
  /** The editor's text as blocks, converting only the top-level nodes changed since the last call. */
  read(): Block[];
  dispose(): void;
}

/**
 * Converting a 300,000-character text takes long enough to be felt while typing. This keeps each
 * top-level node's blocks (the children of the page groups) and converts again only what Lexical reports as changed (a change inside a
 * paragraph marks the paragraph itself dirty); an undo or redo swaps whole states, so it starts over.
 */
export function createBlocksReader(editor: LexicalEditor): BlocksReader {
  let cache = new Map<NodeKey, Block[]>();
  const stale = new Set<NodeKey>();

  const dispose = mergeRegister(
    editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
      if (tags.has(HISTORIC_TAG) || tags.has(LOAD_BLOCKS_TAG)) {
        cache = new Map();
        stale.clear();
        return;
      }
      for (const key of dirtyElements.keys()) stale.add(key);
      for (const key of dirtyLeaves) stale.add(key);
    }),
  );

  const read = (): Block[] =>
    editor.getEditorState().read(() => {
      const next = new Map<NodeKey, Block[]>();
      const seen: SeenIds = new Set();
      const blocks: Block[] = [];
      const $read = (child: LexicalNode) => {
        const key = child.getKey();
        let own = stale.has(key) ? undefined : cache.get(key);
        if (own && own.some((block) => seen.has(block.id))) own = undefined;
        if (own) {
          for (const block of own) seen.add(block.id);
        } else {
          own = [];
          $childBlocks(child, seen, own);
        }
        next.set(key, own);
        blocks.push(...own);
      };
      for (let top = $getRoot().getFirstChild(); top !== null; top = top.getNextSibling()) {
        if (!$isBlockGroupNode(top)) $read(top);
        else
          for (let child = top.getFirstChild(); child !== null; child = child.getNextSibling()) $read(child);
      }
      cache = next;
      stale.clear();
      return blocks;
    });

  return { read, dispose };
}
