import { Packer, type Paragraph, type Table } from 'docx';
import type { DecisionCatalogView } from '../../shared/api/schemas/decisionCatalogs';
import { chineseDate } from '../../shared/domain/calendar/isoDate';
import { describeItemChange, procedureSummary } from '../../shared/domain/decisionCatalog';
import {
  bodyParagraph,
  gbDocument,
  gbLandscapeSection,
  gbTable,
  headingParagraph,
  titleParagraph,
} from './gbt9704';

/** The table's columns (label, width in percent); 履行程序 only when an item is linked to its document. */
const COLUMNS: [string, number][] = [
  ['序号', 6],
  ['事项名称', 24],
  ['决策类型', 14],
  ['承办单位', 13],
  ['决策依据', 21],
  ['计划完成时间', 10],
];
const PROCEDURES_COLUMN: [string, number] = ['履行程序', 12];

/**
 * 重大行政决策事项目录 as Word, GB/T 9704 on a turned A4 page: the title “{机关}{年}年度重大行政决策事项目录”,
 * the table of active items, the lines of the Party committee's approval and of the publication, and the
 * 调整情况: every change made after publication, with its date and reason.
 */
export function buildDecisionCatalogDocx(catalog: DecisionCatalogView, creator: string): Promise<Buffer> {
  const items = catalog.items.filter((item) => item.state === 'active');
  const linked = items.some((item) => item.document !== null);
  const columns = linked
    ? [...COLUMNS.slice(0, 1), ['事项名称', 20] as [string, number], ...COLUMNS.slice(2), PROCEDURES_COLUMN]
    : COLUMNS;
  const rows = items.map((item) => {
    const cells = [
      String(item.number ?? ''),
      item.name,
      item.decisionTypeLabel,
      item.leadUnit,
      item.basis,
      item.plannedCompletionLabel,
    ];
    if (linked) cells.push(item.document ? procedureSummary(item.document.procedures) : '');
    return cells;
  });
  const children: (Paragraph | Table)[] = [titleParagraph(catalog.title)];
  children.push(
    items.length > 0 ? gbTable(columns, rows) : bodyParagraph('本年度目录中没有事项。', { center: true }),
  );
  if (catalog.approval)
    children.push(
      bodyParagraph(
        `本目录经同级党委同意（${catalog.approval.reference}，${chineseDate(catalog.approval.on)}）。`,
      ),
    );
  if (catalog.publication)
    children.push(
      bodyParagraph(
        `本目录于${chineseDate(catalog.publication.on)}通过${catalog.publication.channels.join('、')}向社会公布。`,
      ),
    );
  const adjustments = catalog.changes.filter((change) => change.afterPublication);
  if (adjustments.length > 0) {
    children.push(headingParagraph('调整情况', 1));
    adjustments.forEach((change, index) => {
      const what = describeItemChange(change.change, change.before, change.after);
      const reason = /[。！？]$/.test(change.reason) ? change.reason : `${change.reason}。`;
      children.push(bodyParagraph(`${index + 1}．${chineseDate(change.changedOn)}${what}。理由：${reason}`));
    });
  }
  return Packer.toBuffer(
    gbDocument({ title: catalog.title, creator, sections: [gbLandscapeSection(children)] }),
  );
}
