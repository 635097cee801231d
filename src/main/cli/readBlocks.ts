import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { DomainError } from '../../shared/api';
import type { Block } from '../../shared/domain/blocks';
import { sequentialIds } from '../../shared/domain/blocks';
import { markdownToBlocks } from '../../shared/domain/readers/markdownToBlocks';
import { plainTextToBlocks } from '../../shared/domain/readers/plainTextToBlocks';
import { convertDocx } from '../import/docxImport';

/** Reads a .docx, .txt or .md file into blocks, with ids b1, b2, … so the output is repeatable. */
export async function readBlocksFromFile(path: string): Promise<{ blocks: Block[]; warnings: string[] }> {
  const extension = extname(path).toLowerCase();
  const content = await readFile(path).catch(() => {
    throw new DomainError('NOT_FOUND', `无法读取文件：${path}`);
  });
  const nextId = sequentialIds();
  if (extension === '.docx') return convertDocx(content, nextId);
  if (extension === '.txt')
    return { blocks: plainTextToBlocks(content.toString('utf8'), { nextId }), warnings: [] };
  if (extension === '.md')
    return { blocks: markdownToBlocks(content.toString('utf8'), { nextId }), warnings: [] };
  throw new DomainError(
    'INVALID_FILE',
    `不支持的文件类型“${extension || '无扩展名'}”：请使用 .docx、.txt 或 .md 文件。`,
  );
}
