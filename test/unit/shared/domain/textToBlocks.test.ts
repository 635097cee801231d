import { describe, expect, it } from 'vitest';
import { blocksToPlainText } from '../../../../src/shared/domain/blocks';
import { textToBlocks } from '../../../../src/shared/domain/textToBlocks';

function ids() {
  let n = 0;
  return () => `b${++n}`;
}

describe('textToBlocks', () => {
  const lines = [
    '',
    '  某区统计局统计执法检查规定  ',
    '第一章 总则',
    '第一条 为了规范统计执法检查工作，根据《中华人民共和国统计法》，制定本规定。',
    '一、工作目标',
    '（一）基本原则',
    '1. 依法检查',
    '   ',
    '第二节 检查程序',
  ];

  it('makes the first non-empty line the title and skips blank lines', () => {
    const blocks = textToBlocks(lines, ids());
    expect(blocks).toHaveLength(7);
    expect(blocks[0]).toEqual({ id: 'b1', kind: 'title', runs: [{ text: '某区统计局统计执法检查规定' }] });
  });

  it('reads chapters and GB/T 9704 heading numbers as headings with their level', () => {
    const blocks = textToBlocks(lines, ids());
    expect(blocks.map((b) => [b.kind, b.level ?? null, b.runs[0]?.text])).toEqual([
      ['title', null, '某区统计局统计执法检查规定'],
      ['heading', 1, '第一章 总则'],
      ['paragraph', null, '第一条 为了规范统计执法检查工作，根据《中华人民共和国统计法》，制定本规定。'],
      ['heading', 1, '一、工作目标'],
      ['heading', 2, '（一）基本原则'],
      ['heading', 3, '1. 依法检查'],
      // 节 sits under 章, one heading level lower.
      ['heading', 2, '第二节 检查程序'],
    ]);
  });

  it('keeps long numbered lines as paragraphs: a heading is short', () => {
    const long = `一、${'统计调查项目应当依法审批或者备案，'.repeat(3)}`;
    const blocks = textToBlocks(['标题', long, `（二）${'内容'.repeat(30)}`], ids());
    expect(blocks.slice(1).map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('gives each block a fresh id from the generator, in order', () => {
    const blocks = textToBlocks(['标题', '正文一', '正文二'], ids());
    expect(blocks.map((b) => b.id)).toEqual(['b1', 'b2', 'b3']);
  });

  it('round-trips to the trimmed text through blocksToPlainText', () => {
    const blocks = textToBlocks(lines, ids());
    expect(blocksToPlainText(blocks)).toBe(
      lines
        .map((line) => line.trim())
        .filter(Boolean)
        .join('\n'),
    );
  });

  it('returns no blocks for empty input', () => {
    expect(textToBlocks(['', '  '], ids())).toEqual([]);
  });
});
