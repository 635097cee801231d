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
import type { CompareResult, UnitChange } from '../../shared/compare';
import { pairText } from '../../shared/compare';
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

function cell(text: string, width: number, header = false): TableCell {
  const lines = text ? text.split('\n') : [''];
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    verticalAlign: header ? VerticalAlign.CENTER : VerticalAlign.TOP,
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: header ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
          children: [
            new TextRun({ text: line, font: font(header ? FONTS.heading1 : FONTS.body), size: SIZES.table }),
          ],
        }),
    ),
  });
}

/**
 * 修改对照表 as Word: 原条文 | 修改后条文 | 修改说明, one row per changed article or block; the
 * explanation column holds what the drafter wrote, or the kind of change when nothing was written.
 */
export function buildComparisonTableDocx(
  result: CompareResult,
  notes: Readonly<Record<string, string>>,
  meta: { title: string; subtitle: string; creator: string },
): Promise<Buffer> {
  const header = new TableRow({
    tableHeader: true,
    children: [cell('原条文', 38, true), cell('修改后条文', 38, true), cell('修改说明', 24, true)],
  });
  const rows = comparisonRows(result).map(
    (row) =>
      new TableRow({
        cantSplit: false,
        children: [
          cell(row.oldText || '（无）', 38),
          cell(row.newText || '（删除）', 38),
          cell(notes[String(row.unit)]?.trim() || KIND_LABELS[row.kind], 24),
        ],
      }),
  );
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
