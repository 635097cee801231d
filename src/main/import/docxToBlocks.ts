import mammoth from 'mammoth';
import { DomainError } from '../../shared/api';
import type { Block } from '../../shared/domain/blocks';
import { htmlToBlocks } from './htmlToBlocks';
import { inlineListNumbers } from './wordListNumbers';

/**
 * Word paragraph styles → HTML the block reader understands. Word stores built-in style names in
 * English whatever the UI language; WPS writes the Chinese names.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1.doc-title:fresh",
  "p[style-name='标题'] => h1.doc-title:fresh",
  "p[style-name='heading 1'] => h1:fresh",
  "p[style-name='heading 2'] => h2:fresh",
  "p[style-name='heading 3'] => h3:fresh",
  "p[style-name='heading 4'] => h4:fresh",
  "p[style-name='标题 1'] => h1:fresh",
  "p[style-name='标题 2'] => h2:fresh",
  "p[style-name='标题 3'] => h3:fresh",
  "p[style-name='标题 4'] => h4:fresh",
  'u => u',
];

export interface DocxConversion {
  blocks: Block[];
  warnings: string[];
}

/**
 * Converts a Word file already checked by inspectDocx with mammoth and reads the result into blocks.
 * It holds the whole document in memory at once: run it in the conversion worker (docxInWorker).
 */
export async function docxToBlocks(file: Buffer, nextId: () => string): Promise<DocxConversion> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      // Numbered lists keep their （一） 1. numbers as text (wordListNumbers explains why).
      { buffer: await inlineListNumbers(file) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        // Images are not carried into the text; an empty converter avoids base64-encoding them for nothing.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
  } catch {
    throw new DomainError('INVALID_FILE', 'Word 文档内容无法解析，文件可能已损坏。');
  }
  const read = htmlToBlocks(html, nextId);
  const warnings: string[] = [];
  if (read.droppedImages > 0) warnings.push(`已忽略 ${read.droppedImages} 张图片（正文只保留文字和表格）。`);
  if (read.blocks.length === 0) throw new DomainError('INVALID_FILE', 'Word 文档中没有可导入的文字。');
  return { blocks: read.blocks, warnings };
}
