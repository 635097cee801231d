import { DISPOSITION_LABELS, DISPOSITIONS, type Disposition } from '../../shared/domain/cleanup/campaigns';
import { CLEANUP_CATALOG_COLUMNS, type CleanupCatalogRow } from './cleanupDocx';
import { a4LandscapeSheet, newWorkbook, sheetTitle, THIN_BORDER as BORDER } from './xlsxSheet';

const WIDTHS = [6, 40, 20, 18, 12, 40] as const;

function excelDate(date: string): Date {
  return new Date(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))),
  );
}

/**
 * The result catalogs of a campaign in one workbook: a sheet per disposition (继续有效, 修改, 废止,
 * 宣布失效), each with its catalog title merged over the columns, the heading row frozen and repeated on
 * printed pages, and dates as real dates.
 */
export async function buildCleanupXlsx(meta: {
  titles: Record<Disposition, string>;
  creator: string;
  createdAt: Date;
  rows: Record<Disposition, readonly CleanupCatalogRow[]>;
}): Promise<Buffer> {
  const workbook = newWorkbook(meta);
  for (const disposition of DISPOSITIONS) {
    const sheet = a4LandscapeSheet(workbook, DISPOSITION_LABELS[disposition], WIDTHS, 2);
    sheetTitle(sheet, meta.titles[disposition], { font: { name: '方正小标宋简体', size: 16 }, height: 32 });
    const header = sheet.getRow(2);
    header.values = CLEANUP_CATALOG_COLUMNS.map(([label]) => label);
    header.eachCell((cell) => {
      cell.font = { name: '黑体', size: 11, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BORDER;
    });
    meta.rows[disposition].forEach((row, index) => {
      const line = sheet.addRow([
        index + 1,
        row.title,
        row.docNumber,
        row.registrationNumber ?? '',
        excelDate(row.publishedOn),
        row.reason,
      ]);
      line.eachCell({ includeEmpty: true }, (cell, column) => {
        cell.font = { name: '仿宋_GB2312', size: 11 };
        cell.alignment = { vertical: 'middle', wrapText: true };
        cell.border = BORDER;
        if (column === 5) cell.numFmt = 'yyyy-mm-dd';
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
