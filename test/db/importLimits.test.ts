import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Session } from '../../src/main/api/context';
import type { ErrorCode } from '../../src/shared/api';
import {
  docxWithBody,
  numberedParagraphs,
  repeatedParagraphs,
  sampleDocx,
  withDeclaredSize,
} from '../support/docxFixtures';
import { openTestApp, rowCounts as countRows, type TestApp } from '../support/app';
import { createUser, expectError, expectOk, setupAdmin, signIn } from '../support/session';

/** Word files that once took the importing process past 4 GB, or imported into texts that could not be opened. */
const TABLES = ['documents', 'document_versions', 'drafts', 'attachments', 'events', 'audit_log'];

let app: TestApp;
let drafter: Session;
let documentId: string;

beforeEach(async () => {
  app = openTestApp();
  const { session: admin } = await setupAdmin(app);
  await createUser(app, admin, 'drafter', ['drafter']);
  drafter = await signIn(app, 'drafter');
  documentId = expectOk(
    await app.call(drafter, 'documents.create', {
      kind: 'admin_normative',
      title: '某区统计数据质量管理办法',
      draftingUnit: '综合统计科',
      issuingAuthority: '某区统计局',
    }),
  ).id;
});
afterEach(() => app.close());

function rowCounts(): Record<string, number> {
  return countRows(app, TABLES);
}

/** Runs `work` while sampling this process's resident memory; returns the highest sample with the result. */
async function withPeakMemory<T>(work: () => Promise<T>): Promise<{ result: T; peakBytes: number }> {
  let peakBytes = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakBytes = Math.max(peakBytes, process.memoryUsage().rss);
  }, 20);
  try {
    const result = await work();
    return { result, peakBytes: Math.max(peakBytes, process.memoryUsage().rss) };
  } finally {
    clearInterval(sampler);
  }
}

const hostile: Record<string, Buffer> = {};

beforeAll(async () => {
  // About 1 MB on disk; word/document.xml inflates to 280 MB.
  hostile.inflating = await docxWithBody(repeatedParagraphs(280 * 1024 * 1024));
  // The same, with the zip's directory claiming the part is 1 KB: only the inflated bytes can be trusted.
  hostile.forged = withDeclaredSize(hostile.inflating, 'word/document.xml', 1024);
  // About 140 KB on disk; 52,000 paragraphs, more than a stored text may hold.
  hostile.paragraphs = await docxWithBody(numberedParagraphs(52_000));
  // One paragraph of 210,000 characters: fewer paragraphs than the limit, but more text than a run may hold.
  hostile.longParagraph = await docxWithBody([
    Buffer.from(`<w:p><w:r><w:t>${'第一条本办法自发布之日起施行。'.repeat(15_000)}</w:t></w:r></w:p>`),
  ]);
}, 60_000);

describe('Word files the import refuses before they can exhaust memory', () => {
  test.each([
    ['a part that inflates to 280 MB', 'inflating', 'FILE_TOO_LARGE', /word\/document\.xml.*50 MB/],
    [
      'a part that inflates to 280 MB but claims 1 KB',
      'forged',
      'FILE_TOO_LARGE',
      /word\/document\.xml.*50 MB/,
    ],
    ['more paragraphs than a text may hold', 'paragraphs', 'CONTENT_TOO_LARGE', /共 52000 段.*50000 段/],
    ['a paragraph longer than a text may hold', 'longParagraph', 'CONTENT_TOO_LARGE', /第 1 段/],
  ] as const)(
    '%s is refused within seconds, in bounded memory, and nothing is written',
    async (_name, file, code: ErrorCode, message) => {
      const data = hostile[file]?.toString('base64') ?? '';
      const before = rowCounts();
      const started = performance.now();
      const { result, peakBytes } = await withPeakMemory(() =>
        app.call(drafter, 'imports.docx', { documentId, fileName: '文件.docx', data }),
      );
      const seconds = (performance.now() - started) / 1000;
      expect(expectError(result, code).message).toMatch(message);
      expect(seconds).toBeLessThan(20);
      expect(peakBytes).toBeLessThan(1024 * 1024 * 1024);
      expect(rowCounts()).toEqual(before);
      expect(app.loggedErrors).toEqual([]);
    },
    30_000,
  );

  test('after a refusal the same document still takes a genuine Word file, which opens again', async () => {
    const refused = await app.call(drafter, 'imports.docx', {
      documentId,
      fileName: '文件.docx',
      data: hostile.paragraphs?.toString('base64') ?? '',
    });
    expectError(refused, 'CONTENT_TOO_LARGE');
    const imported = expectOk(
      await app.call(drafter, 'imports.docx', {
        documentId,
        fileName: '数据质量管理办法.docx',
        data: (await sampleDocx()).toString('base64'),
      }),
    );
    const version = expectOk(await app.call(drafter, 'versions.get', { id: imported.version.id }));
    expect(version.blocks[0]?.runs[0]?.text).toBe('某区统计数据质量管理办法');
  });
});
