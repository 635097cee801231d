import type { Block } from '../../../../../shared/domain/blocks';
import { buildOutline } from './buildOutline';

/**
 * Builds outlines off the page's thread: parsing a 300,000-character text takes tens of milliseconds. The
 * text comes as JSON (see blocksJson): copying thousands of block objects to a worker would take the page
 * longer than the text of their cached JSON.
 */
addEventListener('message', (event: MessageEvent<{ seq: number; blocksJson: string }>) => {
  const { seq, blocksJson } = event.data;
  postMessage({ seq, entries: buildOutline(JSON.parse(blocksJson) as Block[]) });
});
