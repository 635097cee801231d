import ExcelJS from 'exceljs';

/** ExcelJS's paper-size code for A4 (its PaperSize is a const enum, which isolated modules cannot read). */
const PAPER_A4 = 9 as ExcelJS.PageSetup['paperSize'];

/** A thin line on every side of a cell. */
export const THIN_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};

/** A workbook that says who made it and when (文件 › 属性). */
export function newWorkbook(meta: { creator: string; createdAt: Date }): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.creator;
  workbook.created = meta.createdAt;
  workbook.modified = meta.createdAt;
  return workbook;
}

/**
 * A sheet of columns `widths` printed on A4 turned, one page wide: its first `headingRows` rows (title,
 * heading) frozen on screen and repeated on every printed page.
 */
export function a4LandscapeSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  widths: readonly number[],
  headingRows: number,
  page: Partial<ExcelJS.PageSetup> = {},
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headingRows }],
    pageSetup: {
      paperSize: PAPER_A4,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `1:${headingRows}`,
      ...page,
    },
  });
  sheet.columns = widths.map((width) => ({ width }));
  return sheet;
}

/** Row 1: the title merged over every column, centred. */
export function sheetTitle(
  sheet: ExcelJS.Worksheet,
  text: string,
  style: { font: Partial<ExcelJS.Font>; height: number },
): void {
  sheet.mergeCells(1, 1, 1, sheet.columns.length);
  const title = sheet.getCell(1, 1);
  title.value = text;
  title.font = style.font;
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = style.height;
}
