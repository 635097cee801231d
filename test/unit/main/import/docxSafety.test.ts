import { describe, expect, test } from 'vitest';
import { DomainError } from '../../../../src/shared/api';
import { DEFAULT_DOCX_LIMITS, inspectDocx } from '../../../../src/main/import/docxSafety';
import {
  XXE_DOCUMENT,
  docxWithBody,
  encryptedDocxLike,
  numberedParagraphs,
  repeatedParagraphs,
  sampleDocx,
  withDeclaredSize,
  withPart,
  zipOf,
} from '../../../support/docxFixtures';

async function refusal(file: Buffer, limits = DEFAULT_DOCX_LIMITS): Promise<DomainError> {
  const error = await inspectDocx(file, limits).then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
  return error;
}

describe('inspectDocx', () => {
  test('accepts a genuine Word file', async () => {
    const zip = await inspectDocx(await sampleDocx());
    expect(zip.file('word/document.xml')).not.toBeNull();
  });

  test('refuses a file that is not a zip', async () => {
    const error = await refusal(Buffer.from('这不是一个 Word 文件，只是一段文字。'));
    expect(error.code).toBe('INVALID_FILE');
    expect(error.message).toContain('不是 Word 文档');
  });

  test('refuses a truncated zip', async () => {
    const docx = await sampleDocx();
    const error = await refusal(docx.subarray(0, Math.floor(docx.length / 2)));
    expect(error.code).toBe('INVALID_FILE');
    expect(error.message).toContain('已损坏');
  });

  test('refuses a zip that is not a Word document', async () => {
    const error = await refusal(await zipOf({ 'readme.txt': '普通压缩包' }));
    expect(error.code).toBe('INVALID_FILE');
    expect(error.message).toContain('缺少 Word 正文');
  });

  test('refuses another Office format dressed as Word', async () => {
    const docx = await sampleDocx();
    const spreadsheetTypes =
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>';
    const error = await refusal(await withPart(docx, '[Content_Types].xml', spreadsheetTypes));
    expect(error.code).toBe('INVALID_FILE');
    expect(error.message).toContain('其他 Office 文件');
  });

  test('refuses an encrypted Word file', async () => {
    const error = await refusal(encryptedDocxLike());
    expect(error.code).toBe('FILE_ENCRYPTED');
  });

  test('refuses a legacy .doc file with advice', async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(2048),
    ]);
    const error = await refusal(ole);
    expect(error.code).toBe('INVALID_FILE');
    expect(error.message).toContain('另存为 .docx');
  });

  test('refuses a file larger than the limit', async () => {
    const docx = await sampleDocx();
    const error = await refusal(docx, { ...DEFAULT_DOCX_LIMITS, maxFileBytes: docx.length - 1 });
    expect(error.code).toBe('FILE_TOO_LARGE');
  });

  test('refuses a zip bomb while decompressing', async () => {
    const bomb = await withPart(
      await sampleDocx(),
      'word/media/filler.bin',
      new Uint8Array(64 * 1024 * 1024),
    );
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const error = await refusal(bomb, { ...DEFAULT_DOCX_LIMITS, maxExpandedBytes: 16 * 1024 * 1024 });
    expect(error.code).toBe('UNSAFE_FILE');
    expect(error.message).toContain('压缩炸弹');
  });

  test('refuses XML with external entities', async () => {
    const error = await refusal(await withPart(await sampleDocx(), 'word/document.xml', XXE_DOCUMENT));
    expect(error.code).toBe('UNSAFE_FILE');
    expect(error.message).toContain('实体声明');
  });

  const MB = 1024 * 1024;

  test('refuses an XML part whose declared size is over the part limit, before inflating it', async () => {
    const docx = await docxWithBody(repeatedParagraphs(3 * MB));
    const error = await refusal(docx, { ...DEFAULT_DOCX_LIMITS, maxPartBytes: 2 * MB });
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toContain('word/document.xml');
    expect(error.message).toContain('2 MB');
  });

  test('counts the bytes really inflated when the declared size lies', async () => {
    const forged = withDeclaredSize(
      await docxWithBody(repeatedParagraphs(3 * MB)),
      'word/document.xml',
      1024,
    );
    const error = await refusal(forged, { ...DEFAULT_DOCX_LIMITS, maxPartBytes: 2 * MB });
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toContain('word/document.xml');
  });

  test('a large binary part counts only against the whole file, not the limit for one XML part', async () => {
    const docx = await withPart(await sampleDocx(), 'word/media/photo.bin', new Uint8Array(3 * MB));
    await expect(inspectDocx(docx, { ...DEFAULT_DOCX_LIMITS, maxPartBytes: 2 * MB })).resolves.toBeDefined();
  });

  test('refuses a body with more paragraphs than a text may hold, saying how many', async () => {
    const docx = await docxWithBody(numberedParagraphs(101));
    const error = await refusal(docx, { ...DEFAULT_DOCX_LIMITS, maxBodyBlocks: 100 });
    expect(error.code).toBe('CONTENT_TOO_LARGE');
    expect(error.message).toBe('文件段落过多（共 101 段），超过 100 段的上限，无法导入。');
    await expect(inspectDocx(docx, { ...DEFAULT_DOCX_LIMITS, maxBodyBlocks: 101 })).resolves.toBeDefined();
  });
});
