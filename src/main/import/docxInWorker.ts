import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DomainError, type ErrorCode } from '../../shared/api';
import { docxToBlocks, type DocxConversion } from './docxToBlocks';

/** What the conversion worker (docxWorker.ts) posts back. */
export type DocxWorkerReply =
  ({ ok: true } & DocxConversion) | { ok: false; code: ErrorCode; message: string };

export interface WorkerLimits {
  heapMb: number;
  timeoutMs: number;
}

/** The built worker (out/main/docxWorker.js); absent when running from source in tests. */
export function builtDocxWorker(): string | null {
  for (const candidate of [join(__dirname, 'docxWorker.js'), join(__dirname, '..', 'docxWorker.js')]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

function tooComplex(reason: string): DomainError {
  return new DomainError('FILE_TOO_COMPLEX', `Word 文件过大或结构异常，无法导入：${reason}。`);
}

/**
 * Converts a checked Word file on a worker thread with its own heap limit and a time limit. Running
 * out of either stops the worker and is reported as FILE_TOO_COMPLEX; the application carries on.
 * Block ids come back numbered 1, 2, … in the order they were given. Without a built worker (running
 * from source) the conversion runs in this thread.
 */
export function docxInWorker(
  file: Buffer,
  limits: WorkerLimits,
  workerFile: string | null = builtDocxWorker(),
): Promise<DocxConversion> {
  if (!workerFile) {
    let next = 0;
    return docxToBlocks(file, () => String(++next));
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, {
      workerData: new Uint8Array(file.buffer, file.byteOffset, file.byteLength),
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
    });
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => {
      settle(() => reject(tooComplex(`转换超过 ${Math.round(limits.timeoutMs / 1000)} 秒仍未完成`)));
    }, limits.timeoutMs);
    worker.once('message', (reply: DocxWorkerReply) => {
      settle(() =>
        reply.ok
          ? resolve({ blocks: reply.blocks, warnings: reply.warnings })
          : reject(new DomainError(reply.code, reply.message)),
      );
    });
    worker.once('error', (error: Error & { code?: string }) => {
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? tooComplex(`转换所需内存超过 ${limits.heapMb} MB 的上限`)
            : error,
        ),
      );
    });
    worker.once('exit', (code) => {
      settle(() => reject(tooComplex(`转换意外中止（退出码 ${code}）`)));
    });
  });
}
