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
import { syntheticPair } from '../support/corpus';

const A4 = { width: 11906, height: 16838 };
// GB/T 9704 margins in twips (1 mm = 56.692 twips), rounded rather than floored (STACK.md).
const MARGINS = { top: 2098, bottom: 1984, left: 1587, right: 1474 };

function table(index: number): Table {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const rows = [['序号', '事项', '办理时限', '责任单位']];
  for (let row = 1; row <= 4; row += 1) {
    rows.push([String(row), `第${index}类统计事项${row}`, `${row * 5}个工作日`, '综合统计科']);
  }
  return new Table({ rows: rows.map((cells) => new TableRow({ children: cells.map(cell) })) });
}

/**
 * A Word file of about 100 A4 pages (GB/T 9704: 22 lines of 28 characters a page, so about 62,000
 * characters) from the largest corpus text: title, chapters as headings, articles as paragraphs, some
 * bold runs, and a table after every 80 articles.
 */
export async function hundredPageDocx(
  targetCharacters = 64_000,
): Promise<{ data: Buffer; characters: number }> {
  const lines = syntheticPair()
    .a.split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const children: (Paragraph | Table)[] = [];
  let characters = 0;
  let articles = 0;
  for (const [index, line] of lines.entries()) {
    if (characters >= targetCharacters) break;
    characters += line.length;
    if (index === 0) {
      children.push(
        new Paragraph({
          heading: HeadingLevel.TITLE,
          alignment: AlignmentType.CENTER,
          children: [new TextRun(line)],
        }),
      );
    } else if (/^第[一二三四五六七八九十百]+[章节]/.test(line)) {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(line)] }));
    } else if (/^第[一二三四五六七八九十百零]+条/.test(line)) {
      articles += 1;
      const [label = '', ...rest] = line.split(' ');
      children.push(
        new Paragraph({
          children: [new TextRun({ text: label, bold: true }), new TextRun(`\u3000${rest.join(' ')}`)],
        }),
      );
      if (articles % 80 === 0) children.push(table(articles / 80));
    } else {
      children.push(new Paragraph(line));
    }
  }
  const document = new Document({
    styles: { default: { document: { run: { font: '仿宋_GB2312', size: 32 } } } },
    sections: [{ properties: { page: { size: A4, margin: MARGINS } }, children }],
  });
  return { data: await Packer.toBuffer(document), characters };
}
