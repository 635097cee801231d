import { describe, expect, test } from 'vitest';
import type { Block } from '../../../../src/shared/domain/blocks';
import { plainTextToBlocks } from '../../../../src/shared/domain/readers/plainTextToBlocks';
import { articles, citation, parseStructure } from '../../../../src/shared/domain/structure';
import { corpusBlocks } from '../../../support/corpus';

function displays(blocks: Block[]): [string, string][] {
  return parseStructure(blocks).blocks.map((block) => [block.role, block.display]);
}

describe('structure of an article-style text', () => {
  const blocks = plainTextToBlocks(
    [
      '某市统计调查项目管理办法',
      '（2024年1月5日市人民政府第10次常务会议通过）',
      '第一编 总则',
      '第一章 一般规定',
      '第一条 为了规范统计调查项目，制定本办法。',
      '第二条 统计调查项目分为：',
      '（一）常规调查；',
      '1.年度调查；',
      '2.季度调查；',
      '（二）专项调查。',
      '前款规定以外的调查，由市统计局决定。',
      '第一节 审批',
      '第十条之一 审批应当公开。',
      '第12条 本条以阿拉伯数字编号。',
      '第三章 附则',
      '第十三条 本办法自2024年3月1日起施行。',
    ].join('\n'),
  );

  test('each block gets its path, 款 counted from the article’s first paragraph', () => {
    expect(displays(blocks)).toEqual([
      ['title', ''],
      ['preamble', ''],
      ['division', '第一编'],
      ['division', '第一编 › 第一章'],
      ['article', '第一编 › 第一章 › 第一条'],
      ['article', '第一编 › 第一章 › 第二条 › 第一款'],
      ['item', '第一编 › 第一章 › 第二条 › 第一款 › 第（一）项'],
      ['subitem', '第一编 › 第一章 › 第二条 › 第一款 › 第（一）项 › 第1目'],
      ['subitem', '第一编 › 第一章 › 第二条 › 第一款 › 第（一）项 › 第2目'],
      ['item', '第一编 › 第一章 › 第二条 › 第一款 › 第（二）项'],
      ['clause', '第一编 › 第一章 › 第二条 › 第二款'],
      ['division', '第一编 › 第一章 › 第一节'],
      ['article', '第一编 › 第一章 › 第一节 › 第十条之一'],
      ['article', '第一编 › 第一章 › 第一节 › 第12条'],
      ['division', '第一编 › 第三章'],
      ['article', '第一编 › 第三章 › 第十三条'],
    ]);
  });

  test('nodes carry numbers, 之一 suffixes, titles and the 附则 mark', () => {
    const structure = parseStructure(blocks);
    const clause = structure.blocks[10];
    expect(clause?.path.map((node) => [node.kind, node.number])).toEqual([
      ['part', 1],
      ['chapter', 1],
      ['article', 2],
      ['clause', 2],
    ]);
    expect(citation(structure.blocks[7]?.path ?? [])).toBe('第二条第一款第（一）项第1目');
    expect(structure.blocks[12]?.path.at(-1)).toMatchObject({ kind: 'article', number: 10, suffix: 1 });
    expect(structure.blocks[14]?.path.at(-1)).toMatchObject({
      kind: 'chapter',
      title: '附则',
      supplementary: true,
    });
  });

  test('prefixes are the numbering as written, with its space', () => {
    const structure = parseStructure(blocks);
    expect(structure.blocks.slice(2, 8).map((block) => [block.prefix, block.prefixKind])).toEqual([
      ['第一编 ', 'part'],
      ['第一章 ', 'chapter'],
      ['第一条 ', 'article'],
      ['第二条 ', 'article'],
      ['（一）', 'item'],
      ['1.', 'subitem'],
    ]);
    expect(structure.blocks[10]?.prefix).toBe('');
  });

  test('the articles view lists number, label, blocks and text', () => {
    const view = articles(blocks);
    expect(view.map((article) => article.label)).toEqual([
      '第一条',
      '第二条',
      '第十条之一',
      '第12条',
      '第十三条',
    ]);
    expect(view[1]).toMatchObject({
      number: 2,
      display: '第一编 › 第一章 › 第二条',
      blockIds: ['b6', 'b7', 'b8', 'b9', 'b10', 'b11'],
      start: 5,
      end: 11,
    });
    expect(view[1]?.text.split('\n')).toHaveLength(6);
  });
});

describe('structure of a GB/T 9704 notice without articles', () => {
  test('一、（一）1.（1）give nested heading paths; body paragraphs inherit them', () => {
    const blocks = plainTextToBlocks(
      [
        '关于开展统计执法检查的通知',
        '各街道办事处：',
        '一、总体要求',
        '（一）工作目标。全面检查统计数据质量。',
        '各单位要高度重视。',
        '1.检查范围',
        '（1）规模以上企业',
        '二、附则',
      ].join('\n'),
    );
    expect(displays(blocks)).toEqual([
      ['title', ''],
      ['preamble', ''],
      ['heading', '一、总体要求'],
      ['paragraph', '一、总体要求 › （一）'],
      ['paragraph', '一、总体要求 › （一）'],
      ['heading', '一、总体要求 › （一） › 1.检查范围'],
      ['heading', '一、总体要求 › （一） › 1.检查范围 › （1）规模以上企业'],
      ['heading', '二、附则'],
    ]);
    expect(parseStructure(blocks).blocks[7]?.path[0]).toMatchObject({ level: 1, supplementary: true });
    expect(articles(blocks)).toEqual([]);
  });
});

describe('texts as published', () => {
  test('a 目录 is not read as chapters, and its chapters come back once', () => {
    const structure = parseStructure(corpusBlocks('pairs/xingzhengchufafa_2017.md'));
    const roles = structure.blocks.map((block) => block.role);
    expect(roles.filter((role) => role === 'toc')).toHaveLength(12);
    expect(
      structure.blocks.filter((block) => block.role === 'division').map((block) => block.display),
    ).toEqual([
      '第一章',
      '第二章',
      '第三章',
      '第四章',
      '第五章',
      '第五章 › 第一节',
      '第五章 › 第二节',
      '第五章 › 第三节',
      '第六章',
      '第七章',
      '第八章',
    ]);
  });

  test('a sentence that starts like a chapter heading stays a paragraph of its article', () => {
    const blocks = plainTextToBlocks(
      [
        '标题',
        '第一章 总则',
        '第一条 正文。',
        '第九章 附则，遵守职业道德、工作制度和操作规范，申请领取烟草专卖生产企业许可证的。',
      ].join('\n'),
    );
    expect(displays(blocks).at(-1)).toEqual(['clause', '第一章 › 第一条 › 第二款']);
  });

  test('“第一百二十四 条” (a space before 条) is still an article', () => {
    const structure = parseStructure(corpusBlocks('pairs/norm/xingsujieshi_2021.txt'));
    const article = structure.articles.find((view) => view.number === 124);
    expect(article?.label).toBe('第一百二十四条');
    expect(article?.display).toBe('第四章 › 第九节 › 第一百二十四条');
  });

  test('二百/一千 numbers in long judicial interpretations', () => {
    const structure = parseStructure(corpusBlocks('pairs/norm/jianchayuanxingsuguize_2012.txt'));
    expect(structure.articles.at(-1)).toMatchObject({ number: 708, label: '第七百零八条' });
    expect(structure.articles[229]).toMatchObject({ number: 230, label: '第二百三十条' });
  });
});
