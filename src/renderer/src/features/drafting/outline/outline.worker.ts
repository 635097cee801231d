import type { Block } from '../../../../../shared/domain/blocks';
import { buildOutline } from './buildOutline';

/** Builds outlines off the page's thread: parsing a 300,000-character text takes tens of milliseconds. */
addEventListener('message', (event: MessageEvent<{ seq: number; blocks: Block[] }>) => {
  const { seq, blocks } = event.data;
  postMessage({ seq, entries: buildOutline(blocks) });
});
