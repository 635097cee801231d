import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import type { Page } from 'playwright-core';

/** A genuine Word file made with the docx package: title, 一、 heading, articles, a table, bold text. */
export async function wordFile(): Promise<Buffer> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: [new TextRun('某区统计数据质量管理办法（送审稿）')],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('一、总则')] }),
          new Paragraph({
            children: [
              new TextRun('第一条　为了'),
              new TextRun({ text: '保障统计数据质量', bold: true }),
              new TextRun('，制定本办法。'),
            ],
          }),
          new Paragraph('第二条　统计数据报送时限见下表。'),
          new Table({
            rows: [
              new TableRow({ children: [cell('事项'), cell('时限')] }),
              new TableRow({ children: [cell('月度数据报送'), cell('每月5日前')] }),
            ],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('二、附则')] }),
          new Paragraph('第三条　本办法自发布之日起施行。'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** Calls the API as the page's signed-in account (steps that are not under test). */
export { api } from './api';

export function editorOf(page: Page, label = '正文') {
  return page.locator(`[contenteditable][aria-label="${label}"]`);
}

/** Switches the page between 正文 and 起草说明. */
export async function part(page: Page, name: string): Promise<void> {
  await page.locator('.ant-segmented-item', { hasText: name }).click();
}

export function savedStatus(page: Page) {
  return page.getByRole('status').filter({ hasText: /已保存 \d\d:\d\d:\d\d/ });
}
