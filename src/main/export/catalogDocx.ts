import {
  AlignmentType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { CATALOG_COLUMNS, type CatalogRow, filingResultLines } from '../../shared/domain/filing/catalog';
import { chineseDate } from '../../shared/domain/calendar/isoDate';
import {
  FONTS,
  LINE_SPACING,
  SIZES,
  bodyParagraph,
  font,
  gbDocument,
  gbLandscapeSection,
  mmToTwip,
} from './gbt9704';

/** 五号 (10.5 pt): eleven columns fit the 225 mm type area of a turned page without breaking dates. */
export const CATALOG_TABLE_SIZE = 21;

/** Column widths in mm, in CATALOG_COLUMNS order; they add up to the 225 mm type area. */
export const CATALOG_COLUMN_MM = [9, 36, 20, 18, 18, 21, 21, 21, 21, 20, 20] as const;

const CELL_MARGIN = mmToTwip(1);

function cellParagraphs(lines: readonly string[], header: boolean, center: boolean): Paragraph[] {
  return (lines.length > 0 ? lines : ['']).map(
    (line) =>
      new Paragraph({
        alignment: center ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [
          new TextRun({
            text: line,
            font: font(header ? FONTS.heading1 : FONTS.body),
            size: CATALOG_TABLE_SIZE,
          }),
        ],
      }),
  );
}

function cell(
  lines: readonly string[],
  column: number,
  options: { header?: boolean; center?: boolean } = {},
) {
  return new TableCell({
    width: { size: mmToTwip(CATALOG_COLUMN_MM[column] ?? 20), type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 40, bottom: 40 },
    children: cellParagraphs(lines, options.header ?? false, options.center ?? options.header ?? false),
  });
}

/** The cells of one 目录 line; a document filed with two organs shows one line per organ. */
export function catalogCells(row: CatalogRow): string[][] {
  const sent = row.filings.map((filing) => `${filing.sentOn}${filing.late ? '（逾期）' : ''}`);
  return [
    [String(row.seq)],
    [row.title],
    [row.docNumber],
    [row.registrationNumber ?? ''],
    [row.issuingAuthority],
    [row.publishedOn],
    [row.effectiveOn],
    [row.validUntil ?? '未设定'],
    sent,
    row.filings.map((filing) => filing.recipient),
    filingResultLines(row),
  ];
}

const CENTERED = new Set([0, 5, 6, 7, 8]);

/**
 * 规范性文件（备案）目录 as Word: the 方正小标宋 二号 title (outline level 1, so it shows in the navigation
 * pane), the period in 仿宋 三号, and the table in 仿宋 五号 on a turned A4 page whose heading row repeats
 * on every page.
 */
export function buildCatalogDocx(meta: {
  title: string;
  subtitle: string;
  creator: string;
  rows: readonly CatalogRow[];
}): Promise<Buffer> {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: CATALOG_COLUMNS.map((name, column) => cell([name], column, { header: true })),
  });
  const body =
    meta.rows.length > 0
      ? meta.rows.map(
          (row) =>
            new TableRow({
              cantSplit: true,
              children: catalogCells(row).map((lines, column) =>
                cell(lines, column, { center: CENTERED.has(column) }),
              ),
            }),
        )
      : [
          new TableRow({
            children: [
              new TableCell({
                columnSpan: CATALOG_COLUMNS.length,
                children: cellParagraphs(['本期没有公布的规范性文件'], false, true),
              }),
            ],
          }),
        ];
  const table = new Table({
    rows: [header, ...body],
    layout: TableLayoutType.FIXED,
    columnWidths: CATALOG_COLUMN_MM.map(mmToTwip),
    width: { size: mmToTwip(225), type: WidthType.DXA },
  });
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    outlineLevel: 0,
    spacing: { ...LINE_SPACING, line: 700, after: 200 },
    children: [new TextRun({ text: meta.title, font: font(FONTS.title), size: SIZES.title })],
  });
  return Packer.toBuffer(
    gbDocument({
      title: meta.title,
      creator: meta.creator,
      sections: [gbLandscapeSection([title, bodyParagraph(meta.subtitle, { center: true }), table])],
    }),
  );
}

/** “（2026年1月1日至2026年3月31日公布，共3件）”. */
export function catalogSubtitle(from: string, to: string, count: number): string {
  return `（${chineseDate(from)}至${chineseDate(to)}公布，共${count}件）`;
}
