import type { Block } from '../../../../shared/domain/blocks';

/**
 * JSON text of each block object, kept while the object lives. The editor's blocks reader hands out the
 * same object for a block that did not change (createBlocksReader), so each save of a long text (and the
 * outline worker's copy of it) serializes only the blocks edited since the last one. Blocks are never
 * modified in place once read.
 */
const texts = new WeakMap<Block, string>();

/** JSON.stringify(blocks), reusing the text of blocks serialized before. */
export function blocksJson(blocks: readonly Block[]): string {
  const parts: string[] = new Array<string>(blocks.length);
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index] as Block;
    let text = texts.get(block);
    if (text === undefined) {
      text = JSON.stringify(block);
      texts.set(block, text);
    }
    parts[index] = text;
  }
  return `[${parts.join(',')}]`;
}

/** An API input holding `blocks` as JSON text: the other fields serialized as usual, the blocks from cache. */
export function inputWithBlocksJson<T extends { blocks: readonly Block[] }>(input: T): string {
  const { blocks, ...rest } = input;
  const head = JSON.stringify(rest);
  return head === '{}'
    ? `{"blocks":${blocksJson(blocks)}}`
    : `${head.slice(0, -1)},"blocks":${blocksJson(blocks)}}`;
}
