import { describe, expect, test } from 'vitest';
import { blocksToPlainText } from '../../../../src/shared/domain/blocks';
import { markdownToBlocks } from '../../../../src/shared/domain/readers/markdownToBlocks';
import { plainTextToBlocks } from '../../../../src/shared/domain/readers/plainTextToBlocks';
import { corpusBlocks, corpusText } from '../../../support/corpus';

describe('plainTextToBlocks', () => {
  test('one block per non-empty line, ids b1, b2, … unless a factory is given', () => {
    const text = '某区统计局文件\r\n\r\n第一章　总则\n\u200b\n第一条　正文。\n　　第二条　正文。';
    const blocks = plainTextToBlocks(text);
    expect(blocks.map((block) => [block.id, block.kind, block.level ?? null, block.runs[0]?.text])).toEqual([
      ['b1', 'title', null, '某区统计局文件'],
      ['b2', 'heading', 1, '第一章　总则'],
      ['b3', 'paragraph', null, '第一条　正文。'],
      ['b4', 'paragraph', null, '第二条　正文。'],
    ]);
    let n = 0;
    expect(plainTextToBlocks(text, { nextId: () => `x${++n}` }).map((block) => block.id)).toEqual([
      'x1',
      'x2',
      'x3',
      'x4',
    ]);
  });

  test('（一） inside an article is a 项 (paragraph), outside it a level-2 heading', () => {
    const blocks = plainTextToBlocks('标题\n第一条 包括：\n（一）警告\n一、工作要求\n（一）组织领导');
    expect(blocks.map((block) => [block.kind, block.level ?? null])).toEqual([
      ['title', null],
      ['paragraph', null],
      ['paragraph', null],
      ['heading', 1],
      ['heading', 2],
    ]);
  });

  test('a text with 编 puts 章 and 节 one level lower', () => {
    const blocks = plainTextToBlocks('民法典\n第一编 总则\n第一章 基本规定\n第一节 一般规定');
    expect(blocks.map((block) => block.level ?? null)).toEqual([null, 1, 2, 3]);
  });

  test('the normalized corpus texts come back line for line', () => {
    const text = corpusText('pairs/norm/lifafa_2023.txt');
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    expect(blocksToPlainText(plainTextToBlocks(text))).toBe(lines.join('\n'));
  });
});

describe('markdownToBlocks', () => {
  test('front matter, the INFO END marker and zero-width lines are dropped; # is the title', () => {
    const md = [
      '---',
      'title: "某法"',
      '---',
      '',
      '# 中华人民共和国某法',
      '',
      '> （2020年1月1日通过）',
      '',
      '<!-- INFO END -->',
      '\u200b',
      '## 第一章 总则',
      '',
      '### 第一节 一般规定',
      '',
      '第一条 为了规范\\<某事\\>，制定本法。',
    ].join('\n');
    const blocks = markdownToBlocks(md);
    expect(blocks.map((block) => [block.id, block.kind, block.level ?? null, block.runs[0]?.text])).toEqual([
      ['b1', 'title', null, '中华人民共和国某法'],
      ['b2', 'paragraph', null, '（2020年1月1日通过）'],
      ['b3', 'heading', 1, '第一章 总则'],
      ['b4', 'heading', 2, '第一节 一般规定'],
      ['b5', 'paragraph', null, '第一条 为了规范<某事>，制定本法。'],
    ]);
  });

  test('emphasis becomes styled runs, bullets list items, pipe tables tables with cell blocks', () => {
    const md = [
      '# 通知',
      '',
      '请**务必**按时报送，*逾期*不予<u>受理</u>。',
      '',
      '- 材料一',
      '  - 附件',
      '',
      '| 项目 | 期限 |',
      '| --- | --- |',
      '| 备案 | 30日 |',
    ].join('\n');
    const blocks = markdownToBlocks(md);
    expect(blocks[1]?.runs).toEqual([
      { text: '请' },
      { text: '务必', bold: true },
      { text: '按时报送，' },
      { text: '逾期', italic: true },
      { text: '不予' },
      { text: '受理', underline: true },
      { text: '。' },
    ]);
    expect(blocks.slice(2, 4).map((block) => [block.kind, block.level, block.ordered])).toEqual([
      ['list_item', 1, false],
      ['list_item', 2, false],
    ]);
    const table = blocks[4];
    expect(table?.kind).toBe('table');
    expect(table?.rows?.map((row) => row.map((cell) => cell.blocks[0]?.runs[0]?.text))).toEqual([
      ['项目', '期限'],
      ['备案', '30日'],
    ]);
  });

  test('soft-wrapped lines join; a finished sentence or a new article does not', () => {
    const blocks = markdownToBlocks('# 标题\n\n第一条 一段被\n折行的文字。\n第二条 另一条。');
    expect(blocks.map((block) => block.runs[0]?.text)).toEqual([
      '标题',
      '第一条 一段被折行的文字。',
      '第二条 另一条。',
    ]);
  });

  test('the raw Markdown of a law reads like its normalized text, paragraph for paragraph', () => {
    const fromMarkdown = corpusBlocks('pairs/lifafa_2023.md');
    const fromText = corpusBlocks('pairs/norm/lifafa_2023.txt');
    const squash = (text: string | undefined) => (text ?? '').replace(/\s/g, '');
    const articleLines = (blocks: typeof fromText) =>
      blocks.map((block) => squash(block.runs[0]?.text)).filter((text) => text.startsWith('第'));
    expect(articleLines(fromMarkdown)).toEqual(articleLines(fromText));
  });
});
