import ExcelJS from 'exceljs';
import { DISPOSITION_LABELS, DISPOSITIONS, type Disposition } from '../../shared/domain/cleanup/campaigns';
import { CLEANUP_CATALOG_COLUMNS, type CleanupCatalogRow } from './cleanupDocx';

/** exceljs's PaperSize is a const enum, which isolated modules cannot read. */
const PAPER_A4 = 9;
const WIDTHS = [6, 40, 20, 18, 12, 40] as const;
const BORDER = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
} as const;

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
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.creator;
  workbook.created = meta.createdAt;
  workbook.modified = meta.createdAt;
  for (const disposition of DISPOSITIONS) {
    const sheet = workbook.addWorksheet(DISPOSITION_LABELS[disposition], {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 2 }],
      pageSetup: {
        paperSize: PAPER_A4 as ExcelJS.PageSetup['paperSize'],
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:2',
      },
    });
    sheet.columns = WIDTHS.map((width) => ({ width }));
    sheet.mergeCells(1, 1, 1, CLEANUP_CATALOG_COLUMNS.length);
    const title = sheet.getCell(1, 1);
    title.value = meta.titles[disposition];
    title.font = { name: '方正小标宋简体', size: 16 };
    title.alignment = { horizontal: 'center', vertical: 'middle' };
    sheet.getRow(1).height = 32;
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
