import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ILevelsOptions,
} from 'docx';

/**
 * Word files whose numbered lines are written the three ways Word users write them: as numbered-list
 * paragraphs (the number lives in word/numbering.xml, not in the text), as plain paragraphs with the
 * numbers typed, and as list paragraphs wrongly given a heading style.
 */
export type ListWriting = 'numbered' | 'typed' | 'headingStyled';

/** 第五条's lead-in, three 项, a second 款; 第六条 with 1. 2. 目; 第七条. */
export const ARTICLE_ITEMS_TEXT = [
  '某区统计调查项目审批管理办法',
  '第四条　本办法适用于本区统计调查项目的审批。',
  '第五条　申请统计调查项目审批，应当提交下列材料：',
  '（一）项目申请书；',
  '（二）调查方案，包括调查表式和填报说明；',
  '（三）部门职责依据。',
  '申请材料不齐全的，审批机关应当一次性告知需要补正的全部内容。',
  '第六条　审批机关按照下列程序办理：',
  '1.受理申请；',
  '2.审查并作出决定。',
  '第七条　本办法自2027年1月1日起施行。',
];

/** GB/T 9704 headings 一、（一） before any 第X条, then body text under them. */
export const GB_HEADINGS_TEXT = [
  '关于做好统计数据质量工作的通知',
  '一、总体要求',
  '（一）工作目标',
  '全面提高统计数据质量。',
  '（二）基本原则',
  '坚持依法统计。',
  '二、主要任务',
  '（一）健全制度',
  '建立数据质量追溯制度。',
];

const LIST_LEVELS = {
  items: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '（%1）', alignment: AlignmentType.LEFT }],
  decimal: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }],
  headings: [
    { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
    { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
  ],
} satisfies Record<string, ILevelsOptions[]>;

type ListName = keyof typeof LIST_LEVELS;

/** Which list (and level) a line belongs to when written as a numbered list, and its text without the number. */
function asListLine(
  line: string,
  outsideArticles: boolean,
): { list: ListName; level: number; text: string } | null {
  const item = /^（[一二三四五六七八九十]+）/.exec(line);
  if (item)
    return {
      list: outsideArticles ? 'headings' : 'items',
      level: outsideArticles ? 1 : 0,
      text: line.slice(item[0].length),
    };
  const decimal = /^\d+\./.exec(line);
  if (decimal) return { list: 'decimal', level: 0, text: line.slice(decimal[0].length) };
  const level1 = /^[一二三四五六七八九十]+、/.exec(line);
  if (level1) return { list: 'headings', level: 0, text: line.slice(level1[0].length) };
  return null;
}

/** A Word file of `lines` (the first is the title) with its numbered lines written as `writing` says. */
export async function wordListDocx(
  lines: readonly string[],
  writing: ListWriting,
  outsideArticles: boolean,
): Promise<Buffer> {
  const [title = '', ...body] = lines;
  const children = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] })];
  for (const line of body) {
    const listLine = writing === 'typed' ? null : asListLine(line, outsideArticles);
    if (!listLine) {
      children.push(new Paragraph({ children: [new TextRun(line)] }));
      continue;
    }
    children.push(
      new Paragraph({
        numbering: { reference: listLine.list, level: listLine.level },
        // Styled by the look of the line: 一、 as 标题 1, the rest as 标题 2.
        ...(writing === 'headingStyled'
          ? {
              heading:
                listLine.list === 'headings' && listLine.level === 0
                  ? HeadingLevel.HEADING_1
                  : HeadingLevel.HEADING_2,
            }
          : {}),
        children: [new TextRun(listLine.text)],
      }),
    );
  }
  const document = new Document({
    numbering: {
      config: Object.entries(LIST_LEVELS).map(([reference, levels]) => ({ reference, levels })),
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

export function articleItemsDocx(writing: ListWriting): Promise<Buffer> {
  return wordListDocx(ARTICLE_ITEMS_TEXT, writing, false);
}

export function gbHeadingsDocx(writing: ListWriting): Promise<Buffer> {
  return wordListDocx(GB_HEADINGS_TEXT, writing, true);
}
