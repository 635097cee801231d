import { describe, expect, test } from 'vitest';
import {
  alignSequences,
  displayOrder,
  longestIncreasing,
  type AlignItem,
} from '../../../../src/shared/compare';

function items(texts: string[]): AlignItem[] {
  return texts.map((text) => ({ family: 'text', rawKey: text, key: text, body: text }));
}

const long = (seed: string) => `${seed}条文内容，关于${seed}的规定应当依法执行，有关部门负责监督管理。`;

describe('longestIncreasing', () => {
  test('marks one longest strictly increasing subsequence', () => {
    const keep = longestIncreasing([3, 1, 2, 5, 4, 6]);
    const picked = [3, 1, 2, 5, 4, 6].filter((_, index) => keep[index]);
    expect(picked).toHaveLength(4);
    expect([...picked].sort((a, b) => a - b)).toEqual(picked);
    expect(longestIncreasing([])).toEqual(new Uint8Array());
  });
});

describe('alignSequences', () => {
  const options = { gapThreshold: 0.4, moveThreshold: 0.6, detectMoves: true };

  test('equal units pair in order; an edited one pairs by similarity; new ones stay unpaired', () => {
    const olds = items([long('甲'), long('乙'), long('丙')]);
    const news = items([long('甲'), long('乙').replace('监督', '检查'), '全新的内容', long('丙')]);
    const alignment = alignSequences(olds, news, options);
    expect([...alignment.newToOld]).toEqual([0, 1, -1, 2]);
    expect(alignment.similarity[1]).toBeGreaterThan(0.6);
    expect([...alignment.moved]).toEqual([0, 0, 0, 0]);
    expect(displayOrder(alignment)).toEqual([
      [0, 0],
      [1, 1],
      [-1, 2],
      [2, 3],
    ]);
  });

  test('a unit that changed place is a move; deleted units keep their place in the reading order', () => {
    const olds = items([long('甲'), long('乙'), long('丙'), long('丁'), long('戊')]);
    const news = items([long('甲'), long('丁'), long('乙'), long('戊')]);
    const alignment = alignSequences(olds, news, options);
    expect([...alignment.newToOld]).toEqual([0, 3, 1, 4]);
    expect(alignment.moved.reduce((sum, flag) => sum + flag, 0)).toBe(1);
    const order = displayOrder(alignment);
    expect(order.filter(([, j]) => j === -1)).toEqual([[2, -1]]);
    expect(order.map(([, j]) => j).filter((j) => j >= 0)).toEqual([0, 1, 2, 3]);
  });

  test('repeated units (two 第一节 一般规定) pair in order around unique anchors', () => {
    const olds = items(['一般规定', long('甲'), '一般规定', long('乙')]);
    const news = items(['一般规定', long('甲'), long('新'), '一般规定', long('乙')]);
    const alignment = alignSequences(olds, news, options);
    expect([...alignment.newToOld]).toEqual([0, 1, -1, 2, 3]);
  });

  test('one article facing one, rewritten as a whole, pairs when its first paragraph still matches', () => {
    const article = (head: string, rest: string): AlignItem => {
      const body = `${head}\n${rest}`;
      return { family: 'article', rawKey: body, key: body, body, head };
    };
    const head = '有限责任公司可以设经理，由董事会决定聘任或者解聘。';
    const olds = [
      article(long('甲'), ''),
      article(
        head,
        '经理对董事会负责，行使下列职权：（一）主持公司的生产经营管理工作；（二）组织实施年度经营计划和投资方案；（三）拟订公司内部管理机构设置方案；（四）拟订公司的基本管理制度；（五）制定公司的具体规章；（六）提请聘任或者解聘公司副经理、财务负责人。',
      ),
      article(long('乙'), ''),
    ];
    const rewritten = [olds[0]!, article(head, '经理列席董事会会议。'), olds[2]!];
    const alignment = alignSequences(olds, rewritten, options);
    expect([...alignment.newToOld]).toEqual([0, 1, 2]);
    expect(alignment.similarity[1]).toBeLessThan(options.gapThreshold);

    // Another article in the same place stays apart: deleted and added.
    const replaced = [
      olds[0]!,
      article('当事人对行政处罚决定不服的，可以依法申请行政复议。', '经理列席董事会会议。'),
      olds[2]!,
    ];
    expect([...alignSequences(olds, replaced, options).newToOld]).toEqual([0, -1, 2]);
    // So does one whose matching head is too short to tell (下列情形：).
    const short = (rest: string) => article('有下列情形：', rest);
    const shortHeads = alignSequences(
      [olds[0]!, short(long('丙')), olds[2]!],
      [olds[0]!, short('全新的另一项规定，与原条文无关，另行起草。'), olds[2]!],
      options,
    );
    expect([...shortHeads.newToOld]).toEqual([0, -1, 2]);
  });

  test('different families never pair', () => {
    const olds: AlignItem[] = [{ family: 'article', rawKey: '总则', key: '总则', body: '总则' }];
    const news: AlignItem[] = [{ family: 'heading', rawKey: '总则', key: '总则', body: '总则' }];
    expect([...alignSequences(olds, news, options).newToOld]).toEqual([-1]);
  });
});
