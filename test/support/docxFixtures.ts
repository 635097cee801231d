import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { once } from 'node:events';
import { crc32, createDeflateRaw } from 'node:zlib';
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

const BODY_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const BODY_CLOSE = '</w:body></w:document>';

function paragraphXml(text: string): string {
  return `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
}

/**
 * A genuine .docx whose word/document.xml is the given body XML, streamed in chunks and deflated by
 * zlib as it comes, so that a part of hundreds of megabytes never sits in this process's memory whole
 * (JSZip's own deflate also takes a quarter of a minute for one).
 */
export async function docxWithBody(body: Iterable<Buffer>): Promise<Buffer> {
  function* part(): Generator<Buffer> {
    yield Buffer.from(BODY_OPEN);
    yield* body;
    yield Buffer.from(BODY_CLOSE);
  }
  const sample = await JSZip.loadAsync(await sampleDocx());
  const entries: ZipEntry[] = [];
  for (const entry of Object.values(sample.files)) {
    if (entry.dir) continue;
    const content =
      entry.name === 'word/document.xml' ? part() : [Buffer.from(await entry.async('uint8array'))];
    entries.push(await deflateEntry(entry.name, content));
  }
  return zipOfEntries(entries);
}

interface ZipEntry {
  name: Buffer;
  crc: number;
  size: number;
  data: Buffer;
}

async function deflateEntry(name: string, chunks: Iterable<Buffer>): Promise<ZipEntry> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  let crc = 0;
  let size = 0;
  for (const chunk of chunks) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!deflate.write(chunk)) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return { name: Buffer.from(name), crc, size, data: Buffer.concat(out) };
}

/** A zip of deflated entries (local headers, data, central directory, end record), as Word writes one. */
function zipOfEntries(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(entry.name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(entry.name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, entry.name, entry.data);
    centrals.push(central, entry.name);
    offset += local.length + entry.name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** One paragraph repeated until the body reaches `bytes`: it deflates about a thousandfold. */
export function* repeatedParagraphs(bytes: number): Generator<Buffer> {
  const paragraph = paragraphXml('第一条　为了保障统计数据质量，根据《中华人民共和国统计法》，制定本办法。');
  const chunk = Buffer.from(paragraph.repeat(Math.ceil((1 << 20) / Buffer.byteLength(paragraph))));
  for (let written = 0; written < bytes; written += chunk.length) yield chunk;
}

/** `count` short numbered articles, each different. */
export function* numberedParagraphs(count: number): Generator<Buffer> {
  for (let first = 1; first <= count; first += 1000) {
    const last = Math.min(count, first + 999);
    let xml = '';
    for (let n = first; n <= last; n++) xml += paragraphXml(`第${n}条`);
    yield Buffer.from(xml);
  }
}

/**
 * Writes `size` as the uncompressed size of `path` in the zip's central directory (where readers look),
 * as a forged file would, to check that the real inflated size is what counts.
 */
export function withDeclaredSize(docx: Buffer, path: string, size: number): Buffer {
  const forged = Buffer.from(docx);
  const name = Buffer.from(path);
  for (let at = forged.indexOf(CENTRAL_HEADER); at !== -1; at = forged.indexOf(CENTRAL_HEADER, at + 4)) {
    const nameLength = forged.readUInt16LE(at + 28);
    if (nameLength === name.length && forged.subarray(at + 46, at + 46 + nameLength).equals(name)) {
      forged.writeUInt32LE(size, at + 24);
      return forged;
    }
  }
  throw new Error(`no central directory entry for ${path}`);
}

const CENTRAL_HEADER = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
