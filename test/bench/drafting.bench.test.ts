import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { openApp } from '../../src/main/app';
import type { ApiResult } from '../../src/shared/api';
import { plainTextToBlocks } from '../../src/shared/domain/readers/plainTextToBlocks';
import { api } from '../e2e/support/api';
import { launchBrowser, newPage } from '../e2e/support/browser';
import { startHost, type RunningHost } from '../e2e/support/host';
import { makeTempDir, removeTempDir } from '../support/tempDir';
import {
  installOpenMarks,
  combineMeasures,
  composeAndMeasure,
  importAndMeasure,
  IME_WORDS,
  openDraft,
  openNativeBaseline,
  openFromDocumentPage,
  recordKeystrokes,
  typeAndMeasure,
  TYPED,
  type OpenTiming,
  type TypingMeasures,
} from './draftingMeasures';
import { hundredPageDocx } from './largeDocx';
import { percentile, report, round } from './stats';
import { syntheticPair } from '../support/corpus';

const PASSWORD = 'bench-password';
const OPEN_RUNS = 7;
const IMPORT_RUNS = 5;

let dataDir: string;
let host: RunningHost;
let browser: Browser;
let page: Page;
let documentId = '';
let blockCount = 0;
let characters = 0;
let paragraphs: string[] = [];

function ok<T>(result: ApiResult<unknown>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

/** A drafter, and a document whose working draft is the largest corpus text, written before the host starts. */
beforeAll(async () => {
  dataDir = makeTempDir();
  const app = openApp(dataDir);
  const setup: Session = { accountId: null };
  const admin = ok<{ id: string }>(
    await app.dispatcher.dispatch(setup, 'setup.initialize', {
      agency: { agencyName: '某区统计局', agencyCode: '某统' },
      admin: { username: 'bench', displayName: '基准测试', password: PASSWORD, roles: ['drafter'] },
    }),
  );
  const session: Session = { accountId: admin.id };
  const text = syntheticPair().a;
  const blocks = plainTextToBlocks(text);
  blockCount = blocks.length;
  paragraphs = blocks.map((block) => block.runs[0]?.text ?? '');
  characters = blocks.reduce((sum, block) => sum + (block.runs[0]?.text.length ?? 0), 0);
  const document = ok<{ id: string }>(
    await app.dispatcher.dispatch(session, 'documents.create', {
      kind: 'admin_normative',
      title: '海事诉讼特别程序规定（基准测试）',
      draftingUnit: '法制科',
      issuingAuthority: '某区统计局',
    }),
  );
  documentId = document.id;
  ok(
    await app.dispatcher.dispatch(session, 'drafts.save', { documentId, part: 'main', blocks, revision: 0 }),
  );
  app.close();

  host = await startHost(dataDir);
  browser = await launchBrowser();
  page = await newPage(browser);
  await page.goto(host.url);
  // Throws unless the sign-in succeeds.
  await api(page, 'auth.signIn', { username: 'bench', password: PASSWORD });
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  removeTempDir(dataDir);
});

test('drafting: open the 300,000-character text, type in it, import a 100-page Word file', async () => {
  await installOpenMarks(page, blockCount);

  // 1. Opening: navigation → whole text painted; and drafts.get response → painted (the editor's part).
  const opens: OpenTiming[] = [];
  for (let run = 0; run < OPEN_RUNS; run += 1) {
    opens.push(await openDraft(page, `${host.origin}/#/documents/${documentId}/draft`, blockCount));
  }
  const painted = opens.map((timing) => timing.painted);
  const editorPart = opens.map((timing) => timing.painted - timing.draftLoaded);
  const inApp: number[] = [];
  for (let run = 0; run < OPEN_RUNS; run += 1)
    inApp.push(await openFromDocumentPage(page, documentId, blockCount));

  // 2. Typing, in the middle of the text: per keystroke, keydown → the frame showing the change, and the
  // main-thread work that takes (see mainThreadWork.ts).
  const editor = page.locator('[contenteditable][aria-label="正文"]');
  const target = editor.locator('p', { hasText: /^第一百条/ }).first();
  await target.scrollIntoViewIfNeeded();
  await target.click();
  await page.keyboard.press('End');
  await page.mouse.move(4, 4);
  await recordKeystrokes(page, 'editor');
  // The same in a plain contenteditable: the browser's own cost per keystroke in a text this long.
  // Typed in turns with the editor, so both see the same load on a machine shared with other work.
  const plain = await openNativeBaseline(browser, paragraphs);
  const editorRuns: TypingMeasures[] = [];
  const baselineRuns: TypingMeasures[] = [];
  for (const text of [TYPED.slice(0, TYPED.length / 2), TYPED.slice(TYPED.length / 2)]) {
    editorRuns.push(await typeAndMeasure(browser, page, text));
    baselineRuns.push(await typeAndMeasure(browser, plain, text));
  }
  // The same through a pinyin input method, as these users type Chinese.
  const editorImeRuns: TypingMeasures[] = [];
  const baselineImeRuns: TypingMeasures[] = [];
  for (const words of [IME_WORDS.slice(0, IME_WORDS.length / 2), IME_WORDS.slice(IME_WORDS.length / 2)]) {
    editorImeRuns.push(await composeAndMeasure(browser, page, words));
    baselineImeRuns.push(await composeAndMeasure(browser, plain, words));
  }
  await plain.context().close();
  const typing = combineMeasures(editorRuns);
  const baseline = combineMeasures(baselineRuns);
  const composing = combineMeasures(editorImeRuns);
  const baselineComposing = combineMeasures(baselineImeRuns);
  expect(await target.textContent()).toContain(TYPED + IME_WORDS.map(([, chosen]) => chosen).join(''));
  await page
    .getByRole('status')
    .filter({ hasText: /已保存 \d\d:\d\d:\d\d/ })
    .waitFor({ timeout: 30_000 });

  // 3. Import: file chosen → "已导入" shown (read, upload, convert, version saved, draft reloaded).
  const docx = await hundredPageDocx();
  const file = join(dataDir, '统计数据管理规定（一百页）.docx');
  writeFileSync(file, docx.data);
  const imports: number[] = [];
  for (let run = 0; run < IMPORT_RUNS; run += 1) {
    imports.push(await importAndMeasure(page, file));
    const dialog = page.getByRole('dialog', { name: /导入 Word/ });
    await dialog
      .getByRole('button', { name: /^关\s*闭$/ })
      .last()
      .click();
    await dialog.waitFor({ state: 'detached' });
  }

  report('drafting', [
    {
      measure: `open ${characters} characters (${blockCount} blocks) from the document page: click → painted`,
      p50_ms: round(percentile(inApp, 50), 1),
      p95_ms: round(percentile(inApp, 95), 1),
      runs: OPEN_RUNS,
    },
    {
      measure: 'open: page load (app start included) → painted',
      p50_ms: round(percentile(painted, 50), 1),
      p95_ms: round(percentile(painted, 95), 1),
      runs: OPEN_RUNS,
    },
    {
      measure: 'open: page load, drafts.get response → painted',
      p50_ms: round(percentile(editorPart, 50), 1),
      p95_ms: round(percentile(editorPart, 95), 1),
      runs: OPEN_RUNS,
    },
    ...typingRows('typing in that text', typing),
    ...typingRows('baseline: same text in a plain contenteditable, no editor', baseline),
    ...typingRows('pinyin input method (each composition update or commit) in that text', composing),
    ...typingRows('baseline: pinyin input method in the plain contenteditable', baselineComposing),
    {
      measure: `import ${Math.round(docx.data.length / 1024)} KiB .docx (${docx.characters} characters ≈ 100 pages): chosen → done`,
      p50_ms: round(percentile(imports, 50), 1),
      p95_ms: round(percentile(imports, 95), 1),
      runs: IMPORT_RUNS,
    },
  ]);
});

/** The typing measures of one page as report rows, named after `what`. */
function typingRows(what: string, typing: TypingMeasures): Record<string, unknown>[] {
  const busy = typing.work.map((work) => work.busyMs);
  const cpu = typing.work.map((work) => work.cpuMs);
  const { busyDuring } = typing;
  const keystrokes = typing.work.length;
  return [
    {
      measure: `${what}: keystroke → next frame shown (raw, idle wait for the frame included)`,
      p50_ms: round(percentile(typing.shown, 50), 2),
      p95_ms: round(percentile(typing.shown, 95), 2),
      runs: typing.shown.length,
    },
    {
      measure: `${what}: main-thread work per keystroke (keydown → end of its frame, idle excluded)`,
      p50_ms: round(percentile(busy, 50), 2),
      p95_ms: round(percentile(busy, 95), 2),
      runs: keystrokes,
    },
    {
      measure: `${what}: the same work as thread CPU time`,
      p50_ms: round(percentile(cpu, 50), 2),
      p95_ms: round(percentile(cpu, 95), 2),
      runs: keystrokes,
    },
    {
      measure: `${what}: all main-thread work while typing (background included) ÷ keystrokes`,
      mean_ms: round(busyDuring.busyMs / keystrokes, 2),
      cpu_mean_ms: round(busyDuring.cpuMs / keystrokes, 2),
      span_ms: round(busyDuring.spanMs, 0),
      runs: keystrokes,
    },
    {
      measure: `${what}: long tasks (> 50 ms) while typing`,
      count: typing.longTasks.length,
      max_ms: round(Math.max(0, ...typing.longTasks), 1),
    },
  ];
}
