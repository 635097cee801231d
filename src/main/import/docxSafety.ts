import JSZip from 'jszip';
import { DomainError, MAX_BLOCKS } from '../../shared/api';
import { countBodyBlocks } from './wordParagraphs';

/** Limits a Word file must stay within before anything reads it properly. */
export interface DocxLimits {
  /** Size of the .docx file itself. */
  maxFileBytes: number;
  /** Sum of all entries once decompressed (a zip bomb expands far past it). */
  maxExpandedBytes: number;
  maxEntries: number;
  /**
   * Any one XML part once decompressed. The converter parses word/document.xml in one piece: a 280 MB
   * part (from an 805 KB file) took it past 4 GB of memory.
   */
  maxPartBytes: number;
  /** Paragraphs and tables in the body: no more than one stored text may hold (MAX_BLOCKS). */
  maxBodyBlocks: number;
  /** Heap of the worker thread that converts the file, and how long it may take before it is stopped. */
  workerHeapMb: number;
  workerTimeoutMs: number;
}

export const DEFAULT_DOCX_LIMITS: DocxLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxExpandedBytes: 300 * 1024 * 1024,
  maxEntries: 5000,
  maxPartBytes: 50 * 1024 * 1024,
  maxBodyBlocks: MAX_BLOCKS,
  workerHeapMb: 512,
  workerTimeoutMs: 60_000,
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
 * Word's encrypted files and old .doc files are OLE containers, not zips; a zip bomb is caught by the
 * sizes the zip declares and again by decompressing every entry as a stream with a running total and a
 * limit per XML part; DOCTYPE/ENTITY declarations (XXE) in any XML part are refused outright since no
 * genuine Word file carries them; a body with more paragraphs than a text may hold is refused unparsed.
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

  checkDeclaredSizes(entries, limits);
  let expanded = 0;
  for (const entry of entries) {
    const isXml = /\.(xml|rels)$/i.test(entry.name);
    const content = await readLimited(entry, {
      total: limits.maxExpandedBytes - expanded,
      part: isXml ? limits.maxPartBytes : Infinity,
      keep: isXml,
    }).catch((error: unknown) => {
      if (error instanceof DomainError) throw error;
      throw new DomainError('INVALID_FILE', '文件已损坏：部分内容无法解压。');
    });
    expanded += content.size;
    if (!content.bytes) continue;
    if (hasDtd(content.bytes)) {
      throw new DomainError('UNSAFE_FILE', '文件包含 XML 实体声明（可被用于读取本机文件），已拒绝导入。');
    }
    if (entry.name === 'word/document.xml') {
      const blocks = countBodyBlocks(content.bytes);
      if (blocks > limits.maxBodyBlocks) throw tooManyParagraphs(blocks, limits.maxBodyBlocks);
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

export function tooManyParagraphs(count: number, limit: number): DomainError {
  return new DomainError(
    'CONTENT_TOO_LARGE',
    `文件段落过多（共 ${count} 段），超过 ${limit} 段的上限，无法导入。`,
  );
}

function partTooLarge(name: string, limit: number): DomainError {
  return new DomainError(
    'FILE_TOO_LARGE',
    `Word 文件中的部件“${name}”解压后超过 ${megabytes(limit)} 的上限，无法导入。`,
  );
}

const ZIP_BOMB_MESSAGE = '文件解压后体积异常巨大（疑似“压缩炸弹”），已拒绝导入。';

/** The sizes the zip's central directory declares, checked before inflating anything. */
function checkDeclaredSizes(entries: JSZip.JSZipObject[], limits: DocxLimits): void {
  let declared = 0;
  for (const entry of entries) {
    const size = declaredSize(entry);
    if (/\.(xml|rels)$/i.test(entry.name) && size > limits.maxPartBytes) {
      throw partTooLarge(entry.name, limits.maxPartBytes);
    }
    declared += size;
    if (declared > limits.maxExpandedBytes) throw new DomainError('UNSAFE_FILE', ZIP_BOMB_MESSAGE);
  }
}

/** The uncompressed size in the central directory; JSZip keeps it on the entry but does not type it. */
function declaredSize(entry: JSZip.JSZipObject): number {
  const data = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data;
  return typeof data?.uncompressedSize === 'number' ? data.uncompressedSize : 0;
}

function hasDtd(content: Buffer): boolean {
  return /<!DOCTYPE|<!ENTITY/i.test(content.toString('latin1'));
}

interface ZipStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): ZipStream;
  on(event: 'error', listener: (error: Error) => void): ZipStream;
  on(event: 'end', listener: () => void): ZipStream;
  pause(): ZipStream;
  resume(): ZipStream;
}

/**
 * Decompresses one entry and counts the bytes it really inflates to (a declared size can lie), stopping
 * as soon as it passes the part's or the whole file's budget. Only XML parts are kept, to be read.
 */
function readLimited(
  entry: JSZip.JSZipObject,
  budget: { total: number; part: number; keep: boolean },
): Promise<{ size: number; bytes: Buffer | null }> {
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
        if (size > budget.part || size > budget.total) {
          stream.pause();
          chunks.length = 0;
          reject(
            size > budget.part
              ? partTooLarge(entry.name, budget.part)
              : new DomainError('UNSAFE_FILE', ZIP_BOMB_MESSAGE),
          );
          return;
        }
        if (budget.keep) chunks.push(chunk);
      })
      .on('error', (error: Error) => reject(error))
      .on('end', () => resolve({ size, bytes: budget.keep ? Buffer.concat(chunks) : null }))
      .resume();
  });
}
