import { CATALOG_COLUMNS, type CatalogRow, filingResultLines } from '../../shared/domain/filing/catalog';
import { a4LandscapeSheet, newWorkbook, sheetTitle, THIN_BORDER } from './xlsxSheet';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Column widths in characters, in CATALOG_COLUMNS order. */
const WIDTHS = [6, 40, 20, 18, 20, 12, 12, 12, 14, 22, 26] as const;
/** The columns that hold dates (公布日期, 施行日期, 有效期至, 报送备案日期). */
const DATE_COLUMNS = [6, 7, 8, 9] as const;
const DATE_FORMAT = 'yyyy-mm-dd';
/** 逾期: a pale red fill on the row and its 备案结果 in dark red. */
const LATE_FILL = 'FFFDE2E1';
const LATE_TEXT = 'FFA8071A';

/** A calendar date as Excel keeps it: midnight UTC, which exceljs turns into the day's serial number. */
function excelDate(date: string | null): Date | null {
  if (!date) return null;
  return new Date(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))),
  );
}

/** The earliest sending date (as a real date); every organ's own date is in its 备案结果 line when they differ. */
function firstSent(row: CatalogRow): Date | null {
  const dates = row.filings.map((filing) => filing.sentOn).sort();
  return excelDate(dates[0] ?? null);
}

function resultText(row: CatalogRow): string {
  const lines = filingResultLines(row);
  const distinctDates = new Set(row.filings.map((filing) => filing.sentOn)).size;
  if (distinctDates <= 1) return lines.join('\n');
  return row.filings.map((filing, index) => `${lines[index] ?? ''}（${filing.sentOn}报送）`).join('\n');
}

/**
 * 规范性文件（备案）目录 as one Excel sheet: the title merged over the columns, the heading row bold and
 * frozen, dates as real dates, 逾期 rows highlighted, printed on A4 turned with the heading rows repeated.
 */
export async function buildCatalogXlsx(meta: {
  title: string;
  sheetName: string;
  creator: string;
  createdAt: Date;
  rows: readonly CatalogRow[];
}): Promise<Buffer> {
  const workbook = newWorkbook(meta);
  const sheet = a4LandscapeSheet(workbook, meta.sheetName, WIDTHS, 2, {
    horizontalCentered: true,
    margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  });
  sheetTitle(sheet, meta.title, { font: { name: '方正小标宋简体', size: 18 }, height: 36 });

  const header = sheet.getRow(2);
  header.values = [...CATALOG_COLUMNS];
  header.height = 22;
  header.eachCell((cell) => {
    cell.font = { name: '黑体', size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = THIN_BORDER;
  });

  for (const row of meta.rows) {
    const line = sheet.addRow([
      row.seq,
      row.title,
      row.docNumber,
      row.registrationNumber ?? '',
      row.issuingAuthority,
      excelDate(row.publishedOn),
      excelDate(row.effectiveOn),
      excelDate(row.validUntil),
      firstSent(row),
      row.filings.map((filing) => filing.recipient).join('\n'),
      resultText(row),
    ]);
    line.eachCell({ includeEmpty: true }, (cell, column) => {
      cell.font = { name: '仿宋_GB2312', size: 11 };
      cell.alignment = { vertical: 'middle', wrapText: true };
      cell.border = THIN_BORDER;
      if ((DATE_COLUMNS as readonly number[]).includes(column)) cell.numFmt = DATE_FORMAT;
      if (row.late) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LATE_FILL } };
    });
    if (row.late)
      line.getCell(CATALOG_COLUMNS.length).font = {
        name: '仿宋_GB2312',
        size: 11,
        bold: true,
        color: { argb: LATE_TEXT },
      };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
