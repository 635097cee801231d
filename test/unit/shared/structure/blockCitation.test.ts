import { describe, expect, test } from 'vitest';
import { plainTextToBlocks } from '../../../../src/shared/domain/readers/plainTextToBlocks';
import { blockCitation } from '../../../../src/shared/domain/structure';

const blocks = plainTextToBlocks(
  [
    '某区统计调查项目审批管理办法',
    '一、总体要求',
    '第五条　申请统计调查项目审批，应当提交下列材料：',
    '（一）项目申请书；',
    '1.申请单位名称；',
    '申请材料不齐全的，审批机关应当一次性告知。',
    '第六条　审批机关应当及时作出决定。',
  ].join('\n'),
);

describe('blockCitation', () => {
  test('names a 项, a 目 and a later 款 as a reader cites them, and a one-款 article by its number', () => {
    const cite = (index: number) => blockCitation(blocks, blocks[index]?.id ?? '');
    expect(cite(2)).toBe('第五条第一款');
    expect(cite(3)).toBe('第五条第一款第（一）项');
    expect(cite(4)).toBe('第五条第一款第（一）项第1目');
    expect(cite(5)).toBe('第五条第二款');
    expect(cite(6)).toBe('第六条');
  });

  test('gives nothing for blocks outside any article and for an unknown block', () => {
    expect(blockCitation(blocks, blocks[0]?.id ?? '')).toBe('');
    expect(blockCitation(blocks, blocks[1]?.id ?? '')).toBe('');
    expect(blockCitation(blocks, 'no-such-block')).toBe('');
  });
});
