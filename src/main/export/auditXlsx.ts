import type { AuditListEntry } from '../../shared/api/schemas/audit';
import { auditDetailFields, localDay } from '../../shared/domain/audit/auditSubject';
import { a4LandscapeSheet, newWorkbook, sheetTitle, THIN_BORDER as BORDER } from './xlsxSheet';

/** The columns of the exported 审计日志, in order. */
export const AUDIT_XLSX_COLUMNS = ['序号', '时间', '操作人', '登录名', '操作', '对象', '详情'] as const;
const WIDTHS = [8, 20, 12, 14, 26, 48, 60] as const;

/** A moment as the office reads it: local date and time to the second. */
export function localDateTime(iso: string): string {
  const at = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDay(iso)} ${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
}

/**
 * 审计日志 as one Excel sheet: the title and the filters over the columns, the heading row bold and
 * frozen, one row per entry in the order shown on screen (newest first), printed on A4 turned.
 */
export async function buildAuditXlsx(meta: {
  title: string;
  /** The line under the title: the filters, given the number of rows exported. */
  filters: (rows: number) => string;
  creator: string;
  createdAt: Date;
  entries: Iterable<AuditListEntry>;
}): Promise<{ data: Buffer; rows: number }> {
  const workbook = newWorkbook(meta);
  // The heading row (3) repeats on every printed page; the title and the filters only on the first.
  const sheet = a4LandscapeSheet(workbook, '审计日志', WIDTHS, 3, { printTitlesRow: '3:3' });
  sheetTitle(sheet, meta.title, { font: { name: '黑体', size: 16 }, height: 30 });
  sheet.mergeCells(2, 1, 2, AUDIT_XLSX_COLUMNS.length);

  const header = sheet.getRow(3);
  header.values = [...AUDIT_XLSX_COLUMNS];
  header.eachCell((cell) => {
    cell.font = { name: '黑体', size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = BORDER;
  });

  let rows = 0;
  for (const entry of meta.entries) {
    const line = sheet.addRow([
      entry.seq,
      localDateTime(entry.at),
      entry.actorName ?? '',
      entry.actorLogin ?? '',
      entry.actionLabel,
      entry.subject,
      auditDetailFields(entry.detail)
        .map((field) => `${field.label}：${field.value}`)
        .join('\n'),
    ]);
    line.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { name: '宋体', size: 10 };
      cell.alignment = { vertical: 'top', wrapText: true };
      cell.border = BORDER;
    });
    rows += 1;
  }
  const filters = sheet.getCell(2, 1);
  filters.value = meta.filters(rows);
  filters.font = { name: '宋体', size: 10 };
  return { data: Buffer.from(await workbook.xlsx.writeBuffer()), rows };
}
