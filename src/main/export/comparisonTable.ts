import {
  AlignmentType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { AlignedPair, CompareResult, UnitChange } from '../../shared/compare';
import { pairText } from '../../shared/compare';
import { markedSide, markedTableCells, type MarkedText } from '../../shared/compare/markedSides';
import type { Block } from '../../shared/domain/blocks';
import { FONTS, SIZES, bodyParagraph, font, gbDocument, gbSection, titleParagraph } from './gbt9704';

const KIND_LABELS: Record<UnitChange['kind'], string> = {
  unchanged: '未修改',
  renumbered: '仅序号变化',
  moved: '移动',
  modified: '修改',
  added: '新增',
  deleted: '删除',
};

export interface ComparisonRow {
  unit: number;
  oldText: string;
  newText: string;
  kind: UnitChange['kind'];
}

/** The rows of a 修改对照表: every changed unit, old and new text side by side. */
export function comparisonRows(result: CompareResult): ComparisonRow[] {
  return result.units.flatMap((unit, index) => {
    if (unit.kind === 'unchanged') return [];
    const pairs = result.pairs.slice(unit.firstPair, unit.firstPair + unit.pairCount);
    const side = (version: 'old' | 'new') =>
      pairs
        .filter((pair) => (version === 'old' ? pair.old : pair.new))
        .map((pair) => pairText(pair, version))
        .join('\n');
    return [{ unit: index, oldText: side('old'), newText: side('new'), kind: unit.kind }];
  });
}

function headerCell(text: string, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.CENTER,
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text, font: font(FONTS.heading1), size: SIZES.table })],
      }),
    ],
  });
}

/** 修改对照表 as usually printed: deleted words struck through, added words bold and underlined. */
function markedRun(part: MarkedText): TextRun {
  return new TextRun({
    text: part.text,
    font: font(FONTS.body),
    size: SIZES.table,
    ...(part.mark === 'deleted' ? { strike: true } : {}),
    ...(part.mark === 'inserted' ? { bold: true, underline: {} } : {}),
  });
}

/** Marked text as paragraphs: a line break in the text starts a new paragraph. */
function markedParagraphs(marked: readonly MarkedText[]): Paragraph[] {
  const lines: MarkedText[][] = [[]];
  for (const part of marked) {
    part.text.split('\n').forEach((text, index) => {
      if (index > 0) lines.push([]);
      if (text) lines[lines.length - 1]?.push({ text, mark: part.mark });
    });
  }
  return lines.map(
    (line) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: line.map(markedRun) }),
  );
}

/** A compared table stays a table: nested in the cell, each of its cells marked like the text around it. */
function markedTable(cells: MarkedText[][][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: cells.map(
      (row) =>
        new TableRow({
          children: row.map((marked) => new TableCell({ children: markedParagraphs(marked) })),
        }),
    ),
  });
}

export interface ComparedSides {
  old: readonly Block[];
  new: readonly Block[];
}

/** One side of a row: each pair's marked text, or its table as a table; （无） / （删除） when empty. */
function sideCell(
  pairs: readonly AlignedPair[],
  side: 'old' | 'new',
  blocks: ReadonlyMap<string, Block>,
  width: number,
): TableCell {
  const children: (Paragraph | Table)[] = [];
  for (const pair of pairs) {
    const own = side === 'old' ? pair.old : pair.new;
    if (!own) continue;
    const marked = markedSide(pair, side);
    const block = blocks.get(own.blockId);
    const cells = block?.kind === 'table' ? markedTableCells(block, marked) : null;
    if (cells) {
      children.push(markedTable(cells));
      // Word needs a paragraph after a table inside a cell.
      children.push(new Paragraph({ children: [] }));
    } else children.push(...markedParagraphs(marked));
  }
  if (children.length === 0) {
    const none = side === 'old' ? '（无）' : '（删除）';
    children.push(new Paragraph({ children: [markedRun({ text: none, mark: 'equal' })] }));
  }
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.TOP,
    children,
  });
}

function noteCell(text: string, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    verticalAlign: VerticalAlign.TOP,
    children: markedParagraphs([{ text, mark: 'equal' }]),
  });
}

/**
 * 修改对照表 as Word: 原条文 | 修改后条文 | 修改说明, one row per changed article or block, marked as in the
 * app (deleted words struck through on the old side, added words bold and underlined on the new side;
 * a compared table printed as a table). The explanation column holds what the drafter wrote, or the
 * kind of change when nothing was written.
 */
export function buildComparisonTableDocx(
  result: CompareResult,
  notes: Readonly<Record<string, string>>,
  meta: { title: string; subtitle: string; creator: string },
  sides: ComparedSides,
): Promise<Buffer> {
  const oldBlocks = new Map(sides.old.map((block) => [block.id, block]));
  const newBlocks = new Map(sides.new.map((block) => [block.id, block]));
  const header = new TableRow({
    tableHeader: true,
    children: [headerCell('原条文', 38), headerCell('修改后条文', 38), headerCell('修改说明', 24)],
  });
  const rows = result.units.flatMap((unit, index) => {
    if (unit.kind === 'unchanged') return [];
    const pairs = result.pairs.slice(unit.firstPair, unit.firstPair + unit.pairCount);
    return [
      new TableRow({
        cantSplit: false,
        children: [
          sideCell(pairs, 'old', oldBlocks, 38),
          sideCell(pairs, 'new', newBlocks, 38),
          noteCell(notes[String(index)]?.trim() || KIND_LABELS[unit.kind], 24),
        ],
      }),
    ];
  });
  const table = new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } });
  return Packer.toBuffer(
    gbDocument({
      title: meta.title,
      creator: meta.creator,
      sections: [
        gbSection([titleParagraph(meta.title), bodyParagraph(meta.subtitle, { center: true }), table]),
      ],
    }),
  );
}
