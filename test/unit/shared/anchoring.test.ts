import { describe, expect, test } from 'vitest';
import type { Block } from '../../../src/shared/domain/blocks';
import { reanchor, selectorFor, similarity } from '../../../src/shared/domain/anchoring';
import { corpusText } from '../../support/corpus';

/** One block per line of a normalized corpus text; ids are prefixed so two versions share none. */
function lawBlocks(file: string, prefix: string): Block[] {
  return corpusText(`pairs/norm/${file}`)
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => ({ id: `${prefix}${index}`, kind: 'paragraph', runs: [{ text: line }] }));
}

const v2017 = lawBlocks('xingzhengchufafa_2017.txt', 'a');
const v2021 = lawBlocks('xingzhengchufafa_2021.txt', 'b');

function annotate(blocks: Block[], blockStartsWith: string, quote: string) {
  const block = blocks.find((candidate) => candidate.runs[0]?.text.startsWith(blockStartsWith));
  if (!block) throw new Error(`no block starting with ${blockStartsWith}`);
  const text = block.runs[0]?.text ?? '';
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in block: ${quote}`);
  return { selector: selectorFor(block.id, text, start, start + quote.length), text };
}

function textOf(blocks: Block[], id: string): string {
  return blocks.find((block) => block.id === id)?.runs[0]?.text ?? '';
}

describe('re-anchoring threads on the 行政处罚法 2017 → 2021 revision', () => {
  test('a thread on an article that was only renumbered follows it, status moved', () => {
    const { selector, text } = annotate(v2017, '第十五条', '在法定职权范围内实施');
    const anchor = reanchor(selector, text, v2021);
    expect(anchor.status).toBe('moved');
    expect(anchor.selector?.exact).toBe('在法定职权范围内实施');
    expect(textOf(v2021, anchor.selector?.blockId ?? '')).toMatch(/^第十七条/);
  });

  test('a thread on deleted text is orphaned and keeps nothing from elsewhere', () => {
    const { selector, text } = annotate(v2017, '第六十三条', '罚款决定与罚款收缴分离的规定');
    const anchor = reanchor(selector, text, v2021);
    expect(anchor.status).toBe('orphaned');
    expect(anchor.selector).toBeNull();
    expect(selector.exact).toBe('罚款决定与罚款收缴分离的规定');
  });

  test('a thread on reworded text follows the edit, status fuzzy', () => {
    const { selector, text } = annotate(v2017, '第八条', '行政处罚的种类');
    const anchor = reanchor(selector, text, v2021);
    expect(['moved', 'fuzzy']).toContain(anchor.status);
    expect(textOf(v2021, anchor.selector?.blockId ?? '')).toMatch(/^第九条/);
  });

  test('a thread in the same place of an unchanged block is exact', () => {
    const { selector, text } = annotate(v2017, '第十五条', '行政处罚权');
    const anchor = reanchor(selector, text, v2017);
    expect(anchor).toEqual({ status: 'exact', selector });
  });
});

describe('repeated words are never taken for one another', () => {
  const block = (id: string, text: string): Block => ({ id, kind: 'paragraph', runs: [{ text }] });

  test('the same words in two articles with different context: the thread stays with its own', () => {
    const before = [
      block('x1', '第一条　统计机构应当依法履行职责。'),
      block('x2', '第二条　调查对象应当依法履行义务。'),
    ];
    const text = before[0]?.runs[0]?.text ?? '';
    const start = text.indexOf('应当依法履行');
    const selector = selectorFor('x1', text, start, start + 6);
    const after = [
      block('y0', '第一条　总则。'),
      block('y2', '第三条　调查对象应当依法履行义务。'),
      block('y1', '第二条　统计机构应当依法履行职责。'),
    ];
    const anchor = reanchor(selector, text, after);
    expect(anchor.status).toBe('moved');
    expect(anchor.selector?.blockId).toBe('y1');
  });

  test('when only identical copies remain and none is clearly the passage, the thread is orphaned', () => {
    const text = '第五条　应当书面告知。';
    const selector = selectorFor('a5', text, 3, 9);
    const after = [
      block('b1', '第一条　甲事项应当书面告知当事人。'),
      block('b2', '第二条　乙事项应当书面告知利害关系人。'),
    ];
    expect(reanchor(selector, text, after).status).toBe('orphaned');
  });
});

test('similarity is 1 for equal texts and low for unrelated ones', () => {
  expect(similarity('统计调查项目', '统计调查项目')).toBe(1);
  expect(similarity('统计调查项目', '行政处罚种类')).toBeLessThan(0.2);
});
