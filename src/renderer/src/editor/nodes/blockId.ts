import { $getState, $setState, createState, type LexicalNode } from 'lexical';

/**
 * The id of the block (DESIGN §3) a block-level node stands for. It lives in node state so it follows the
 * node through every edit; `$copyNode` (used when Lexical splits a block) resets it, so a split-off half is
 * a new block. Pasted copies bring their id along in Lexical's JSON: the block-id plugin gives a copy a new
 * id when the original is still in the text (a cut-and-paste keeps it: the block only moved).
 */
export const blockIdState = createState('blockId', {
  parse: (value) => (typeof value === 'string' ? value : ''),
  resetOnCopyNode: true,
});

export function $getBlockId(node: LexicalNode): string {
  return $getState(node, blockIdState);
}

export function $setBlockId<T extends LexicalNode>(node: T, id: string): T {
  return $setState(node, blockIdState, id);
}

/** A fresh block id: 'd' and 16 random base-36 characters (works outside secure contexts too). */
export function newBlockId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let id = 'd';
  for (const byte of bytes) id += (byte % 36).toString(36);
  return id;
}
