import { describe, expect, it } from 'vitest';
import { comparisonTableFileName } from '../../../../src/shared/domain/comparisonTableName';
import { plainTextToBlocks } from '../../../../src/shared/domain/readers/plainTextToBlocks';
import {
  blankLetterNumber,
  reviewedVersionName,
  suggestionPlaces,
} from '../../../../src/shared/domain/reviewLetter';

describe('the letter wording', () => {
  it('leaves the 顺序号 blank, never a field name, before a number is given', () => {
    expect(blankLetterNumber('{agencyCode}法审〔{year}〕{seq}号', { agencyCode: '徐统' }, 2026)).toBe(
      '徐统法审〔2026〕\u3000\u3000号',
    );
    expect(() => blankLetterNumber('{agencyCode}法审〔{year}〕{seq}号', {}, 2026)).toThrow(/机关代字/);
  });

  it('names the reviewed version by label, number and day', () => {
    expect(reviewedVersionName(3, '送审稿', '2026-04-30')).toBe('送审稿（第3版，2026年4月30日）');
    expect(reviewedVersionName(2, '', '2026-12-08')).toBe('第2版（2026年12月8日）');
  });

  it('cites each suggestion by article, 款 and 项, else by heading, label or 全文', () => {
    let n = 0;
    const blocks = plainTextToBlocks(
      [
        '某区统计工作规定',
        '一、总体要求',
        '各单位应当依法统计。',
        '第五条　企业应当提交下列材料：',
        '（一）统计报表；',
        '（二）情况说明。',
        '企业变更联系人的，应当及时告知。',
      ].join('\n'),
      { nextId: () => `b${++n}` },
    );
    const id = (start: string) => blocks.find((block) => block.runs[0]?.text.startsWith(start))?.id ?? null;
    expect(
      suggestionPlaces(blocks, [
        { blockId: id('（二）'), label: '' },
        { blockId: id('企业变更'), label: '' },
        { blockId: id('第五条'), label: '第九条' },
        { blockId: id('各单位'), label: '' },
        { blockId: 'gone', label: '附件' },
        { blockId: null, label: '' },
      ]),
    ).toEqual(['第五条第一款第（二）项', '第五条第二款', '第五条第一款', '一、总体要求', '附件', '全文']);
  });

  it('names the 修改对照表 file after the document and both versions', () => {
    expect(
      comparisonTableFileName(
        '某区统计工作规定',
        { seq: 1, label: '征求意见稿', savedOn: '2026-05-01' },
        { seq: 2, label: '', savedOn: '2026-05-03' },
      ),
    ).toBe('《某区统计工作规定》修改对照表（第1版征求意见稿→第2版2026年5月3日）.docx');
    expect(
      comparisonTableFileName('某区统计工作规定', { seq: 2, label: '送审稿', savedOn: '2026-05-03' }, null),
    ).toBe('《某区统计工作规定》修改对照表（第2版送审稿→当前草稿）.docx');
  });
});
