import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Block } from '../../../../src/shared/domain/blocks';
import { normalizeRuns } from '../../../../src/shared/domain/blocks';
import { canonicalJson } from '../../../../src/shared/domain/canonicalJson';
import { contentHash, serializeBlocks, sha256Hex } from '../../../../src/shared/domain/contentHash';
import { corpusBlocks } from '../../../support/corpus';

const nodeHash = (text: string) => createHash('sha256').update(text).digest('hex');

describe('contentHash', () => {
  test('is SHA-256 (hex) of the canonical JSON, the same as node:crypto computes', () => {
    const blocks = corpusBlocks('pairs/norm/xingzhengchufafa_2021.txt');
    expect(serializeBlocks(blocks)).toBe(canonicalJson(blocks));
    expect(contentHash(blocks)).toBe(nodeHash(canonicalJson(blocks)));
  });

  test('matches node:crypto on any text, including astral characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(sha256Hex(text)).toBe(nodeHash(text));
      }),
    );
  });

  test('does not depend on key order but does on content and marks', () => {
    const a: Block = { id: 'b1', kind: 'paragraph', runs: [{ text: '第一条', bold: true }] };
    const reordered = JSON.parse(
      '{"runs":[{"bold":true,"text":"第一条"}],"kind":"paragraph","id":"b1"}',
    ) as Block;
    expect(contentHash([a])).toBe(contentHash([reordered]));
    expect(contentHash([a])).not.toBe(contentHash([{ ...a, runs: [{ text: '第一条' }] }]));
  });
});

describe('normalizeRuns', () => {
  test('merges equal marks, drops empty runs and false marks', () => {
    expect(
      normalizeRuns([
        { text: '第', bold: false },
        { text: '一条' },
        { text: '', italic: true },
        { text: '应当', bold: true },
        { text: '依法', bold: true, underline: false },
      ]),
    ).toEqual([{ text: '第一条' }, { text: '应当依法', bold: true }]);
    expect(normalizeRuns([])).toEqual([{ text: '' }]);
  });
});
