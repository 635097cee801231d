import { BlocksSchema, DomainError } from '../../shared/api';
import type { Block } from '../../shared/domain/blocks';
import { docxInWorker } from './docxInWorker';
import { DEFAULT_DOCX_LIMITS, type DocxLimits, inspectDocx, tooManyParagraphs } from './docxSafety';
import type { DocxConversion } from './docxToBlocks';

export type { DocxConversion } from './docxToBlocks';

/**
 * Checks a Word file (docxSafety), converts it on a worker thread (docxInWorker) and checks the blocks
 * against the stored content model, so that an imported text can always be opened again.
 */
export async function convertDocx(
  file: Buffer,
  nextId: () => string,
  limits: DocxLimits = DEFAULT_DOCX_LIMITS,
): Promise<DocxConversion> {
  await inspectDocx(file, limits);
  const conversion = await docxInWorker(file, {
    heapMb: limits.workerHeapMb,
    timeoutMs: limits.workerTimeoutMs,
  });
  checkContentLimits(conversion.blocks, limits.maxBodyBlocks);
  return { blocks: renumber(conversion.blocks, nextId), warnings: conversion.warnings };
}

function checkContentLimits(blocks: Block[], maxBlocks: number): void {
  if (blocks.length > maxBlocks) throw tooManyParagraphs(blocks.length, maxBlocks);
  const checked = BlocksSchema.safeParse(blocks);
  if (checked.success) return;
  const index = checked.error.issues[0]?.path[0];
  const where = typeof index === 'number' ? `第 ${index + 1} 段` : '文件内容';
  throw new DomainError(
    'CONTENT_TOO_LARGE',
    `${where}超出了正文的容量上限（如一段文字过长、一个表格过大），无法导入。`,
  );
}

/** Gives the blocks (table cells' included) ids from `nextId`, in the order the converter numbered them. */
function renumber(blocks: Block[], nextId: () => string): Block[] {
  const all: Block[] = [];
  const collect = (list: Block[]): void => {
    for (const block of list) {
      all.push(block);
      for (const row of block.rows ?? []) for (const cell of row) collect(cell.blocks);
    }
  };
  collect(blocks);
  all.sort((a, b) => Number(a.id) - Number(b.id));
  for (const block of all) block.id = nextId();
  return blocks;
}
