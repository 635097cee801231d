import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { docxInWorker } from '../../../../src/main/import/docxInWorker';
import { DomainError } from '../../../../src/shared/api';
import { sampleDocx } from '../../../support/docxFixtures';
import { makeTempDir, removeTempDir } from '../../../support/tempDir';

/** Stand-ins for the built conversion worker, each failing the way a hostile file can make it fail. */
const WORKERS = {
  spins: 'for (;;) {}',
  allocates: 'const kept = []; for (;;) kept.push(new Array(100000).fill(kept.length));',
  refuses: `require('node:worker_threads').parentPort.postMessage({ ok: false, code: 'INVALID_FILE', message: '文件已损坏。' });`,
  throws: `throw new Error('worker bug');`,
  converts: `require('node:worker_threads').parentPort.postMessage({ ok: true, blocks: [{ id: '1', kind: 'paragraph', runs: [{ text: '正文' }] }], warnings: [] });`,
};

let folder: string;
const script = (name: keyof typeof WORKERS): string => join(folder, `${name}.js`);

beforeAll(() => {
  folder = makeTempDir();
  for (const [name, source] of Object.entries(WORKERS)) writeFileSync(join(folder, `${name}.js`), source);
});
afterAll(() => removeTempDir(folder));

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected the conversion to fail'),
    (error: unknown) => error,
  );
}

const file = Buffer.from('PK');
const limits = { heapMb: 64, timeoutMs: 60_000 };

describe('docxInWorker', () => {
  test('a conversion that does not finish in time is stopped and reported in Chinese', async () => {
    const started = performance.now();
    const error = await failure(docxInWorker(file, { ...limits, timeoutMs: 1_000 }, script('spins')));
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'FILE_TOO_COMPLEX',
      message: 'Word 文件过大或结构异常，无法导入：转换超过 1 秒仍未完成。',
    });
  });

  test('a conversion that runs out of its heap ends its worker, not this process', async () => {
    const before = process.memoryUsage().rss;
    const error = await failure(docxInWorker(file, { ...limits, heapMb: 32 }, script('allocates')));
    expect(error).toMatchObject({
      code: 'FILE_TOO_COMPLEX',
      message: 'Word 文件过大或结构异常，无法导入：转换所需内存超过 32 MB 的上限。',
    });
    expect(process.memoryUsage().rss - before).toBeLessThan(512 * 1024 * 1024);
  });

  test("the worker's own refusal comes back with its code and message", async () => {
    const error = await failure(docxInWorker(file, limits, script('refuses')));
    expect(error).toMatchObject({ code: 'INVALID_FILE', message: '文件已损坏。' });
  });

  test('a fault in the worker itself is not blamed on the file', async () => {
    const error = await failure(docxInWorker(file, limits, script('throws')));
    expect(error).not.toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ message: 'worker bug' });
  });

  test("the worker's blocks are the result", async () => {
    await expect(docxInWorker(file, limits, script('converts'))).resolves.toEqual({
      blocks: [{ id: '1', kind: 'paragraph', runs: [{ text: '正文' }] }],
      warnings: [],
    });
  });

  test('running from source, without a built worker, converts in this thread with ids 1, 2, …', async () => {
    const { blocks } = await docxInWorker(await sampleDocx(), limits, null);
    expect(blocks.slice(0, 2).map((block) => block.id)).toEqual(['1', '2']);
    expect(blocks[0]?.runs[0]?.text).toBe('某区统计数据质量管理办法');
  });
});
