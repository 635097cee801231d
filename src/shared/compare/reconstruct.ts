import type { Block } from '../domain/blocks';
import { blockText } from '../domain/blocks';
import { pairText } from './summary';
import type { CompareResult } from './types';

/**
 * Applies a comparison to the old version's text: every equal and deleted run is checked against the old
 * block it claims to come from, and the new text is built from them and the insertions. Throws when the
 * result does not fit the old text; returns the new version's plain text (one block per line).
 */
export function reconstructNew(result: CompareResult, oldBlocks: readonly Block[]): string {
  const lines: string[] = [];
  for (const pair of result.pairs) {
    let out = '';
    if (pair.old) {
      const source = blockText(oldBlocks[pair.old.index] ?? { id: '', kind: 'paragraph', runs: [] });
      let at = pair.old.prefix.length;
      if (source.slice(0, at) !== pair.old.prefix)
        throw new Error(`prefix of old block ${pair.old.index} differs`);
      for (const op of pair.ops) {
        if (op.op === 'insert') {
          out += op.text;
          continue;
        }
        const expected = op.op === 'equal' ? (op.oldText ?? op.text) : op.text;
        if (source.slice(at, at + expected.length) !== expected) {
          throw new Error(`old block ${pair.old.index} does not contain “${expected}” at ${at}`);
        }
        at += expected.length;
        if (op.op === 'equal') out += op.text;
      }
      if (at !== source.length)
        throw new Error(`old block ${pair.old.index} has text the result does not cover`);
    } else {
      out = pair.ops.map((op) => (op.op === 'insert' ? op.text : '')).join('');
    }
    if (pair.new) lines[pair.new.index] = `${pair.new.prefix}${out}`;
  }
  return lines.join('\n');
}

/** The old version's plain text as the comparison describes it (to check it against the stored one). */
export function reconstructOld(result: CompareResult): string {
  const lines: string[] = [];
  for (const pair of result.pairs) if (pair.old) lines[pair.old.index] = pairText(pair, 'old');
  return lines.join('\n');
}
