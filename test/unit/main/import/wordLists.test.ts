import JSZip from 'jszip';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, test } from 'vitest';
import { docxToBlocks } from '../../../../src/main/import/docxToBlocks';
import { formatListNumber } from '../../../../src/main/import/wordListNumbers';
import { compareVersions } from '../../../../src/shared/compare';
import { blockText, type Block } from '../../../../src/shared/domain/blocks';
import { plainTextToBlocks } from '../../../../src/shared/domain/readers/plainTextToBlocks';
import { parseStructure } from '../../../../src/shared/domain/structure';
import {
  ARTICLE_ITEMS_TEXT,
  GB_HEADINGS_TEXT,
  articleItemsDocx,
  gbHeadingsDocx,
  wordListDocx,
  type ListWriting,
} from '../../../support/wordListDocx';

const WRITINGS: ListWriting[] = ['numbered', 'typed', 'headingStyled'];

async function read(file: Buffer): Promise<Block[]> {
  let next = 0;
  return (await docxToBlocks(file, () => String(++next))).blocks;
}

/** Kind, level and text of each block: what the structure and the outline are read from. */
function shape(blocks: readonly Block[]): string[] {
  return blocks.map((block) => `${block.kind}${block.level ?? ''} ${blockText(block)}`);
}

function pathsByText(blocks: readonly Block[]): Record<string, string> {
  const structure = parseStructure(blocks);
  return Object.fromEntries(
    blocks.map((block, index) => [blockText(block), structure.blocks[index]?.display ?? '']),
  );
}

describe('Word list items inside an article', () => {
  test('Word keeps a numbered list item without its number: the number is only in numbering.xml', async () => {
    const zip = await JSZip.loadAsync(await articleItemsDocx('numbered'));
    const documentXml = await zip.file('word/document.xml')?.async('string');
    expect(documentXml).toContain('项目申请书；');
    expect(documentXml).not.toContain('（一）');
    expect(await zip.file('word/numbering.xml')?.async('string')).toContain('（%1）');
  });

  test.each(WRITINGS)(
    'written as %s, the items are 项 of 第五条 and the next 款 and articles stand on their own',
    async (writing) => {
      const blocks = await read(await articleItemsDocx(writing));
      const paths = pathsByText(blocks);
      expect(paths['（一）项目申请书；']).toBe('第五条 › 第一款 › 第（一）项');
      expect(paths['（二）调查方案，包括调查表式和填报说明；']).toBe('第五条 › 第一款 › 第（二）项');
      expect(paths['（三）部门职责依据。']).toBe('第五条 › 第一款 › 第（三）项');
      expect(paths['申请材料不齐全的，审批机关应当一次性告知需要补正的全部内容。']).toBe('第五条 › 第二款');
      expect(paths['第六条　审批机关按照下列程序办理：']).toBe('第六条');
      expect(paths['1.受理申请；']).toBe('第六条 › 第1目');
      expect(paths['2.审查并作出决定。']).toBe('第六条 › 第2目');
      expect(paths['第七条　本办法自2027年1月1日起施行。']).toBe('第七条');
      const structure = parseStructure(blocks);
      expect(structure.articles.map((article) => article.display)).toEqual([
        '第四条',
        '第五条',
        '第六条',
        '第七条',
      ]);
    },
  );

  test.each(WRITINGS)(
    'written as %s, the blocks are those the plain-text reader makes of the same lines',
    async (writing) => {
      const blocks = await read(await articleItemsDocx(writing));
      expect(shape(blocks)).toEqual(shape(plainTextToBlocks(ARTICLE_ITEMS_TEXT.join('\n'))));
      expect(blocks.some((block) => block.kind === 'heading' || block.kind === 'list_item')).toBe(false);
    },
  );

  test.each(WRITINGS)(
    'written as %s, 一、（一） outside articles stay GB/T 9704 headings, numbered again under 二、',
    async (writing) => {
      const blocks = await read(await gbHeadingsDocx(writing));
      expect(shape(blocks)).toEqual([
        'title 关于做好统计数据质量工作的通知',
        'heading1 一、总体要求',
        'heading2 （一）工作目标',
        'paragraph 全面提高统计数据质量。',
        'heading2 （二）基本原则',
        'paragraph 坚持依法统计。',
        'heading1 二、主要任务',
        'heading2 （一）健全制度',
        'paragraph 建立数据质量追溯制度。',
      ]);
      expect(shape(blocks)).toEqual(shape(plainTextToBlocks(GB_HEADINGS_TEXT.join('\n'))));
      expect(pathsByText(blocks)['建立数据质量追溯制度。']).toBe('二、主要任务 › （一）健全制度');
    },
  );

  test('a bulleted list stays a list, and a list restarted in Word starts again at its first number', async () => {
    const file = await Packer.toBuffer(
      new Document({
        numbering: {
          config: [{ reference: 'items', levels: [{ level: 0, format: 'chineseCounting', text: '（%1）' }] }],
        },
        sections: [
          {
            children: [
              new Paragraph('第一条　下列单位应当报送：'),
              new Paragraph({
                numbering: { reference: 'items', level: 0 },
                children: [new TextRun('统计机构；')],
              }),
              new Paragraph({
                numbering: { reference: 'items', level: 0 },
                children: [new TextRun('调查对象。')],
              }),
              new Paragraph('第二条　下列事项应当公开：'),
              new Paragraph({
                numbering: { reference: 'items', level: 0, instance: 2 },
                children: [new TextRun('调查项目；')],
              }),
              new Paragraph({ bullet: { level: 0 }, children: [new TextRun('附：说明')] }),
            ],
          },
        ],
      }),
    );
    const blocks = await read(file);
    expect(shape(blocks)).toEqual([
      'paragraph 第一条　下列单位应当报送：',
      'paragraph （一）统计机构；',
      'paragraph （二）调查对象。',
      'paragraph 第二条　下列事项应当公开：',
      'paragraph （一）调查项目；',
      'list_item1 附：说明',
    ]);
  });

  test('comparing with a later Word version names the changed 项 of 第五条, and 第六条 and 第七条 stay unchanged', async () => {
    const edited = ARTICLE_ITEMS_TEXT.map((line) =>
      line === '（二）调查方案，包括调查表式和填报说明；'
        ? '（二）调查方案，包括调查表式、填报说明和样本量测算；'
        : line,
    );
    const before = await read(await articleItemsDocx('numbered'));
    const after = await read(await wordListDocx(edited, 'numbered', false));
    const result = compareVersions(before, after);
    const changed = result.pairs.filter((pair) => pair.kind !== 'unchanged');
    expect(changed.map((pair) => [pair.old?.display, pair.new?.display])).toEqual([
      ['第五条 › 第一款 › 第（二）项', '第五条 › 第一款 › 第（二）项'],
    ]);
    const unitOf = (label: string) =>
      result.units.find((unit) => unit.newLabel === label || unit.oldLabel === label);
    expect(unitOf('第五条')?.kind).toBe('modified');
    expect(unitOf('第六条')?.kind).toBe('unchanged');
    expect(unitOf('第七条')?.kind).toBe('unchanged');
  });

  test('list numbers are written in the format Word draws them in', () => {
    expect(formatListNumber(3, 'chineseCounting')).toBe('三');
    expect(formatListNumber(12, 'chineseCountingThousand')).toBe('十二');
    expect(formatListNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatListNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatListNumber(4, 'upperRoman')).toBe('IV');
    expect(formatListNumber(28, 'lowerLetter')).toBe('ab');
    expect(formatListNumber(7, 'decimalFullWidth')).toBe('７');
  });
});
