import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../../src/renderer/src/features/drafting/outline/buildOutline';
import { corpusBlocks } from '../../support/corpus';

describe('the live outline', () => {
  const outline = buildOutline(corpusBlocks('pairs/norm/jianchayuanxingsuguize_2012.txt'));
  const entry = (start: string) => {
    const found = outline.find((candidate) => candidate.label.startsWith(start));
    if (!found) throw new Error(`no outline entry ${start}`);
    return found;
  };

  it('puts chapters, sections and their articles at one depth each, in the order of the text', () => {
    expect(entry('第十六章').depth).toBe(0);
    expect(entry('第二节 人民检察院提供司法协助').depth).toBe(1);
    expect(entry('第一条').depth).toBe(1); // 第一章 has no 节
    const labels = outline.map((line) => line.label);
    expect(labels.indexOf(entry('第六百九十四条').label)).toBeLessThan(
      labels.indexOf(entry('第六百九十五条').label),
    );
  });

  it('gives an article of several 款 the depth of its neighbours (第六百九十五条 beside 第六百九十四条)', () => {
    for (const label of [
      '第六百九十四条',
      '第六百九十五条',
      '第六百九十八条',
      '第七百零一条',
      '第七百零二条',
    ]) {
      expect(entry(label)).toMatchObject({ kind: 'article', depth: 2 });
    }
    const articles = outline.filter((line) => line.kind === 'article');
    expect(articles.length).toBeGreaterThan(700);
    // Articles sit below a chapter, or a chapter and a section: never deeper.
    expect(articles.every((line) => line.depth === 1 || line.depth === 2)).toBe(true);
  });
});
