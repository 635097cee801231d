import JSZip from 'jszip';
import { DomainError } from '../../shared/api';

/** Limits a Word file must stay within before anything reads it properly. */
export interface DocxLimits {
  /** Size of the .docx file itself. */
  maxFileBytes: number;
  /** Sum of all entries once decompressed (a zip bomb expands far past it). */
  maxExpandedBytes: number;
  maxEntries: number;
}

export const DEFAULT_DOCX_LIMITS: DocxLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxExpandedBytes: 300 * 1024 * 1024,
  maxEntries: 5000,
};

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const WORD_MAIN_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const MACRO_MAIN_CONTENT_TYPE = 'application/vnd.ms-word.document.macroEnabled.main+xml';

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

/**
 * Refuses a file that is not a plain, unencrypted, reasonably sized .docx before mammoth sees it:
 * Word's encrypted files and old .doc files are OLE containers, not zips; a zip bomb is caught by
 * decompressing every entry as a stream with a running total; DOCTYPE/ENTITY declarations (XXE) in
 * any XML part are refused outright since no genuine Word file carries them.
 */
export async function inspectDocx(file: Buffer, limits: DocxLimits = DEFAULT_DOCX_LIMITS): Promise<JSZip> {
  if (file.length > limits.maxFileBytes) {
    throw new DomainError(
      'FILE_TOO_LARGE',
      `文件大小 ${megabytes(file.length)}，超过了允许的 ${megabytes(limits.maxFileBytes)}。`,
    );
  }
  if (file.subarray(0, 8).equals(OLE_SIGNATURE)) {
    if (file.includes(Buffer.from('EncryptionInfo', 'utf16le'))) {
      throw new DomainError('FILE_ENCRYPTED');
    }
    throw new DomainError(
      'INVALID_FILE',
      '这是旧版 Word 97-2003（.doc）文件，请在 Word 或 WPS 中另存为 .docx 后再导入。',
    );
  }
  if (!file.subarray(0, 4).equals(ZIP_SIGNATURE)) {
    throw new DomainError('INVALID_FILE', '文件不是 Word 文档（.docx）：内容不是 Office Open XML 格式。');
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(file, { checkCRC32: false });
  } catch {
    throw new DomainError('INVALID_FILE', '文件已损坏：无法读取其压缩结构。');
  }
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  if (entries.length > limits.maxEntries) {
    throw new DomainError(
      'UNSAFE_FILE',
      `文件包含 ${entries.length} 个部件，超过了允许的 ${limits.maxEntries} 个。`,
    );
  }

  const contentTypes = zip.file('[Content_Types].xml');
  if (!contentTypes || !zip.file('word/document.xml')) {
    throw new DomainError('INVALID_FILE', '文件不是 Word 文档（.docx）：缺少 Word 正文部件。');
  }

  let expanded = 0;
  for (const entry of entries) {
    const content = await readLimited(entry, limits.maxExpandedBytes - expanded).catch((error: unknown) => {
      if (error instanceof DomainError) throw error;
      throw new DomainError('INVALID_FILE', '文件已损坏：部分内容无法解压。');
    });
    expanded += content.length;
    if (/\.(xml|rels)$/i.test(entry.name) && hasDtd(content)) {
      throw new DomainError('UNSAFE_FILE', '文件包含 XML 实体声明（可被用于读取本机文件），已拒绝导入。');
    }
  }

  const types = await contentTypes.async('string');
  if (!types.includes(WORD_MAIN_CONTENT_TYPE) && !types.includes(MACRO_MAIN_CONTENT_TYPE)) {
    throw new DomainError(
      'INVALID_FILE',
      '文件不是 Word 文档（.docx）：它可能是其他 Office 文件（如 Excel 或 PowerPoint）。',
    );
  }
  return zip;
}

function hasDtd(content: Uint8Array): boolean {
  const text = Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('latin1');
  return /<!DOCTYPE|<!ENTITY/i.test(text);
}

interface ZipStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): ZipStream;
  on(event: 'error', listener: (error: Error) => void): ZipStream;
  on(event: 'end', listener: () => void): ZipStream;
  pause(): ZipStream;
  resume(): ZipStream;
}

/** Decompresses one entry, stopping as soon as it passes `budget` bytes. */
function readLimited(entry: JSZip.JSZipObject, budget: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    // internalStream exists on every JSZipObject but is missing from the published typings.
    const stream = (entry as unknown as { internalStream(type: 'uint8array'): ZipStream }).internalStream(
      'uint8array',
    );
    stream
      .on('data', (chunk: Uint8Array) => {
        size += chunk.length;
        if (size > budget) {
          stream.pause();
          reject(new DomainError('UNSAFE_FILE', '文件解压后体积异常巨大（疑似“压缩炸弹”），已拒绝导入。'));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (error: Error) => reject(error))
      .on('end', () => resolve(Buffer.concat(chunks)))
      .resume();
  });
}
