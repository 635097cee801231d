import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';

/** A small genuine Word file made with the docx package: title, headings, articles, a table, styled runs. */
export async function sampleDocx(): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('某区统计数据质量管理办法')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('第一章　总则')] }),
          new Paragraph({
            children: [
              new TextRun('第一条　为了'),
              new TextRun({ text: '保障统计数据质量', bold: true }),
              new TextRun({ text: '，根据', italics: true }),
              new TextRun({ text: '《中华人民共和国统计法》', underline: {} }),
              new TextRun('，制定本办法。'),
            ],
          }),
          new Paragraph({ children: [new TextRun('第二条　本办法适用于本区各级统计机构。')] }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('事项')] }),
                  new TableCell({ children: [new Paragraph('时限')] }),
                ],
              }),
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('数据报送')] }),
                  new TableCell({ children: [new Paragraph('每月5日前')] }),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** Rewrites one part of a genuine .docx. */
export async function withPart(docx: Buffer, path: string, content: string | Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  zip.file(path, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export async function zipOf(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [path, content] of Object.entries(files)) zip.file(path, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The head of an OLE compound file as Word writes for a password-protected document. */
export function encryptedDocxLike(): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([
    header,
    Buffer.alloc(504),
    Buffer.from('EncryptionInfo', 'utf16le'),
    Buffer.alloc(1024),
  ]);
}

export const XXE_DOCUMENT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>`;
