import { parentPort, workerData } from 'node:worker_threads';
import { DomainError } from '../../shared/api';
import { docxToBlocks } from './docxToBlocks';
import type { DocxWorkerReply } from './docxInWorker';

/**
 * Converts one Word file on a worker thread with a heap of its own (docxInWorker): a file that needs
 * too much memory ends this thread, not the application. Block ids are numbered 1, 2, … here; the
 * caller gives them their real ids.
 */
const file = workerData as Uint8Array;
let next = 0;
docxToBlocks(Buffer.from(file.buffer, file.byteOffset, file.byteLength), () => String(++next)).then(
  (conversion) => parentPort?.postMessage({ ok: true, ...conversion } satisfies DocxWorkerReply),
  (error: unknown) => {
    if (!(error instanceof DomainError)) throw error;
    parentPort?.postMessage({
      ok: false,
      code: error.code,
      message: error.message,
    } satisfies DocxWorkerReply);
  },
);
