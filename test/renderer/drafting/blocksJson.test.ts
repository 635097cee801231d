import { afterEach, describe, expect, it, vi } from 'vitest';
import { blocksJson, inputWithBlocksJson } from '../../../src/renderer/src/features/drafting/blocksJson';
import type { Block } from '../../../src/shared/domain/blocks';
import { plainTextToBlocks } from '../../../src/shared/domain/readers/plainTextToBlocks';
import { corpusText } from '../../support/corpus';

const LAW = 'pairs/norm/xingzhengchufafa_2021.txt';

describe('blocks as JSON for autosave', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is the JSON of the blocks, tables and formatted runs included', () => {
    const blocks: Block[] = [
      ...plainTextToBlocks(corpusText(LAW)),
      { id: 'b1', kind: 'paragraph', runs: [{ text: '加粗', bold: true }, { text: '“引号”\n与\\反斜杠' }] },
      {
        id: 't1',
        kind: 'table',
        runs: [],
        rows: [[{ blocks: [{ id: 'c1', kind: 'paragraph', runs: [{ text: '单元格' }] }] }]],
      },
    ];
    expect(blocksJson(blocks)).toBe(JSON.stringify(blocks));
    expect(blocksJson([])).toBe('[]');
    const input = { documentId: 'doc-1', part: 'main', blocks, revision: 7 };
    expect(JSON.parse(inputWithBlocksJson(input))).toEqual(input);
  });

  it('serializes a block object once: a later save only pays for the blocks that changed', () => {
    const blocks = plainTextToBlocks(corpusText(LAW));
    blocksJson(blocks);
    const stringify = vi.spyOn(JSON, 'stringify');
    const edited: Block = { ...blocks[3]!, runs: [{ text: '第三条 修改后的条文。' }] };
    const next = [...blocks.slice(0, 3), edited, ...blocks.slice(4)];
    expect(JSON.parse(blocksJson(next))).toEqual(next);
    expect(stringify).toHaveBeenCalledTimes(1);
    expect(stringify).toHaveBeenCalledWith(edited);
  });
});
