import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  type IBaseParagraphStyleOptions,
  type IParagraphRunOptions,
  type IRunOptions,
  type ISectionOptions,
  DocumentGridType,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, Run } from '../../shared/domain/blocks';

/** The media type every Word file this app writes or keeps is sent with. */
export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** GB/T 9704—2012 page and type (RULES.md §5). Word names the fonts; the reader's machine supplies them. */
export const FONTS = {
  body: '仿宋_GB2312',
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
export const SIZES = { title: 44, body: 32, pageNumber: 28, table: 28 } as const;

/** docx's own conversion floors (A4 width 11905, STACK.md): round instead. */
export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

export const PAGE = {
  width: mmToTwip(210),
  height: mmToTwip(297),
  margin: { top: mmToTwip(37), bottom: mmToTwip(35), left: mmToTwip(28), right: mmToTwip(26) },
} as const;

/** Fixed 28.95 pt lines give 22 lines on the 225 mm type area, as GB/T 9704 asks. */
export const LINE_SPACING = { line: 579, lineRule: LineRuleType.EXACT } as const;

/**
 * Word's document grid for 22 lines of 28 characters: the line pitch above, and a character pitch that
 * fits 28 三号 characters in the 156 mm type width (charSpace is the difference from the body font's
 * size, in 1/4096 pt).
 */
const TYPE_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
export const DOCUMENT_GRID = {
  type: DocumentGridType.LINES_AND_CHARS,
  linePitch: LINE_SPACING.line,
  charSpace: Math.round((TYPE_WIDTH / 28 / 20 - SIZES.body / 2) * 4096),
} as const;

export function font(name: string) {
  return { ascii: name, eastAsia: name, hAnsi: name, cs: name };
}

export function bodyRun(text: string, extra: IRunOptions = {}): TextRun {
  return new TextRun({ text, font: font(FONTS.body), size: SIZES.body, ...extra });
}

export function runOptions(run: Run, base: { font: string; size: number }): IRunOptions {
  return {
    text: run.text,
    font: font(base.font),
    size: base.size,
    ...(run.bold ? { bold: true } : {}),
    ...(run.italic ? { italics: true } : {}),
    ...(run.underline ? { underline: {} } : {}),
  };
}

/**
 * A tracked change on a paragraph's own mark (its end): an inserted paragraph goes away whole when the
 * change is rejected, a deleted one when it is accepted.
 */
export type ParagraphMark = IParagraphRunOptions;

export function titleParagraph(children: ParagraphChild[] | string, mark?: ParagraphMark): Paragraph {
  return new Paragraph({
    ...(mark ? { run: mark } : {}),
    alignment: AlignmentType.CENTER,
    spacing: { ...LINE_SPACING, line: 700, after: 300 },
    children:
      typeof children === 'string'
        ? [new TextRun({ text: children, font: font(FONTS.title), size: SIZES.title })]
        : children,
  });
}

/**
 * A body paragraph: first line indented two characters, justified. `left` is for a short line (a label
 * and its value, 主送机关): Word's justification would spread the line letter by letter as soon as an
 * unbreakable word pushes its end to the next line.
 */
export function bodyParagraph(
  children: ParagraphChild[] | string,
  options: { indent?: boolean; center?: boolean; right?: boolean; left?: boolean; mark?: ParagraphMark } = {},
): Paragraph {
  return new Paragraph({
    ...(options.mark ? { run: options.mark } : {}),
    alignment: options.center
      ? AlignmentType.CENTER
      : options.right
        ? AlignmentType.RIGHT
        : options.left
          ? AlignmentType.LEFT
          : AlignmentType.JUSTIFIED,
    spacing: LINE_SPACING,
    indent: options.indent === false || options.center || options.right ? undefined : { firstLine: 640 },
    children: typeof children === 'string' ? [bodyRun(children)] : children,
  });
}

/** One 三号 character (16 pt) in twips: GB/T 9704 measures blanks in characters (空二字, 右空四字). */
export const CHARACTER_TWIPS = SIZES.body * 10;

/**
 * 发文机关署名 and 成文日期 (GB/T 9704 7.3.5): right-aligned, 右空四字 (a right indent of four characters).
 */
export function signatureParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    spacing: LINE_SPACING,
    indent: { right: 4 * CHARACTER_TWIPS },
    children: [bodyRun(text)],
  });
}

/**
 * 发文字号 of a letter (信函格式, GB/T 9704 10.2): there is no 版头 here, so the number stands above the
 * title at the right edge of the type area, as a 函 prints it.
 */
export function letterNumberParagraph(number: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    spacing: LINE_SPACING,
    children: [bodyRun(number)],
  });
}

export function headingFont(level: number | undefined): string {
  if (level === 1) return FONTS.heading1;
  if (level === 2) return FONTS.heading2;
  return FONTS.body;
}

const HEADING_LEVELS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const;

/** Heading levels 1–4 of GB/T 9704 7.3.3 ("一、" "（一）" "1." "（1）"); deeper ones are written as level 4. */
export function headingLevelOf(level: number | undefined): 1 | 2 | 3 | 4 {
  return Math.min(4, Math.max(1, level ?? 1)) as 1 | 2 | 3 | 4;
}

/**
 * A heading: Word's 标题 1–4 style and outline level (so the navigation pane and a table of contents show
 * it), in the font GB/T 9704 gives its level (黑体, 楷体, then 仿宋), 三号, first line indented two characters.
 */
export function headingParagraph(
  children: ParagraphChild[] | string,
  level: number | undefined,
  mark?: ParagraphMark,
): Paragraph {
  const depth = headingLevelOf(level);
  return new Paragraph({
    ...(mark ? { run: mark } : {}),
    heading: HEADING_LEVELS[depth - 1],
    outlineLevel: depth - 1,
    alignment: AlignmentType.JUSTIFIED,
    spacing: LINE_SPACING,
    indent: { firstLine: 640 },
    children:
      typeof children === 'string'
        ? [new TextRun({ text: children, font: font(headingFont(depth)), size: SIZES.body })]
        : children,
  });
}

/** One content block → Word paragraphs (a table becomes a real Word table). */
export function blockToDocx(block: Block): (Paragraph | Table)[] {
  if (block.kind === 'table') {
    const rows = (block.rows ?? []).map(
      (row) =>
        new TableRow({
          children: row.map(
            (cell) =>
              new TableCell({
                children: cell.blocks
                  .flatMap((inner) => blockToDocx(inner))
                  .filter((p): p is Paragraph => p instanceof Paragraph),
              }),
          ),
        }),
    );
    return rows.length > 0 ? [new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } })] : [];
  }
  const base = blockFont(block);
  return [
    blockParagraph(
      block,
      block.runs.map((run) => new TextRun(runOptions(run, base))),
    ),
  ];
}

/** The font and size a paragraph-level block's text is set in. */
export function blockFont(block: Pick<Block, 'kind' | 'level'>): { font: string; size: number } {
  if (block.kind === 'title') return { font: FONTS.title, size: SIZES.title };
  return { font: block.kind === 'heading' ? headingFont(block.level) : FONTS.body, size: SIZES.body };
}

/** The paragraph a paragraph-level block is written as, holding the given runs. */
export function blockParagraph(
  block: Pick<Block, 'kind' | 'level'>,
  children: ParagraphChild[],
  mark?: ParagraphMark,
): Paragraph {
  if (block.kind === 'title') return titleParagraph(children, mark);
  if (block.kind === 'heading') return headingParagraph(children, block.level, mark);
  return bodyParagraph(children, mark ? { mark } : {});
}

/** 页码: 一字线 on both sides, 四号半角宋体; odd pages right, even pages left (GB/T 9704 §7.5). */
function pageNumberFooter(alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Footer {
  const run = (children: string[]) =>
    new TextRun({ children, font: font(FONTS.pageNumber), size: SIZES.pageNumber });
  return new Footer({
    children: [
      new Paragraph({
        alignment,
        indent: { left: 280, right: 280 },
        children: [run(['— ', PageNumber.CURRENT, ' —'])],
      }),
    ],
  });
}

export function gbSection(children: ISectionOptions['children']): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { ...PAGE.margin, header: mmToTwip(15), footer: mmToTwip(20) },
      },
      grid: DOCUMENT_GRID,
    },
    footers: { default: pageNumberFooter(AlignmentType.RIGHT), even: pageNumberFooter(AlignmentType.LEFT) },
    children,
  };
}

/**
 * 横排表格 (GB/T 9704 §8): a table too wide for the type area is printed on the A4 page turned a quarter,
 * its head on the 订口 side. The page keeps the 156 × 225 mm type area and its binding margin, so the
 * margins turn with the page: 订口 28 mm on top, 切口 26 mm below, 天头 37 mm right, 地脚 35 mm left.
 */
export const LANDSCAPE_MARGIN = {
  top: PAGE.margin.left,
  bottom: PAGE.margin.right,
  left: PAGE.margin.bottom,
  right: PAGE.margin.top,
} as const;

/** A section of A4 turned for a wide table (see LANDSCAPE_MARGIN), page numbers as in gbSection. */
export function gbLandscapeSection(children: ISectionOptions['children']): ISectionOptions {
  const section = gbSection(children);
  return {
    ...section,
    properties: {
      page: {
        // docx swaps width and height itself for a landscape page.
        size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
        margin: { ...LANDSCAPE_MARGIN, header: mmToTwip(15), footer: mmToTwip(15) },
      },
    },
  };
}

/** Word's built-in heading styles restyled for GB/T 9704: no colour, 三号, the level's font, its outline level. */
function headingStyle(level: 1 | 2 | 3 | 4): IBaseParagraphStyleOptions {
  return {
    run: { font: font(headingFont(level)), size: SIZES.body, bold: false, color: '000000' },
    paragraph: { spacing: LINE_SPACING, outlineLevel: level - 1 },
  };
}

/** A GB/T 9704 document: one section, body font as the document default, odd/even page numbers. */
export function gbDocument(options: {
  title: string;
  creator: string;
  sections: ISectionOptions[];
  /** 备注 in the file's properties (文件 › 信息), not printed: e.g. what a reader needs to verify the file. */
  description?: string;
  /** Word list definitions, for documents with numbered or bulleted list items. */
  numbering?: ConstructorParameters<typeof Document>[0]['numbering'];
}): Document {
  return new Document({
    ...(options.numbering ? { numbering: options.numbering } : {}),
    title: options.title,
    creator: options.creator,
    ...(options.description ? { description: options.description } : {}),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: font(FONTS.body), size: SIZES.body } },
        heading1: headingStyle(1),
        heading2: headingStyle(2),
        heading3: headingStyle(3),
        heading4: headingStyle(4),
      },
    },
    sections: options.sections,
  });
}

/** A table cell in 仿宋 (header row in 黑体, centred), width in percent of the table. */
function tableCell(text: string, width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    children: (text || '—').split('\n').map(
      (line) =>
        new Paragraph({
          alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [
            new TextRun({ text: line, font: font(header ? FONTS.heading1 : FONTS.body), size: SIZES.table }),
          ],
        }),
    ),
  });
}

/** A full-width table: a header row repeated on each page (label, width in percent), then the rows. */
export function gbTable(headers: [string, number][], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: headers.map(([text, width]) => tableCell(text, width, true)),
      }),
      ...rows.map(
        (row) =>
          new TableRow({ children: row.map((text, index) => tableCell(text, headers[index]?.[1] ?? 20)) }),
      ),
    ],
  });
}
