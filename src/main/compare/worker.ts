import { parentPort, workerData } from 'node:worker_threads';
import { compareVersions, type CompareOptions } from '../../shared/compare';
import type { Block } from '../../shared/domain/blocks';

/** Runs one comparison off the main thread (the Electron main process must never stall). */
const input = workerData as { oldBlocks: Block[]; newBlocks: Block[]; options: CompareOptions };
parentPort?.postMessage(compareVersions(input.oldBlocks, input.newBlocks, input.options));
