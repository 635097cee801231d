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

  test('different families never pair', () => {
    const olds: AlignItem[] = [{ family: 'article', rawKey: '总则', key: '总则', body: '总则' }];
    const news: AlignItem[] = [{ family: 'heading', rawKey: '总则', key: '总则', body: '总则' }];
    expect([...alignSequences(olds, news, options).newToOld]).toEqual([-1]);
  });
});
