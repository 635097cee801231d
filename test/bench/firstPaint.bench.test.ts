import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Session } from '../../src/main/api/context';
import { openApp } from '../../src/main/app';
import { api } from '../e2e/support/api';
import { launchBrowser, newPage } from '../e2e/support/browser';
import { startHost, type RunningHost } from '../e2e/support/host';
import { makeTempDir, removeTempDir } from '../support/tempDir';
import { seedDocuments } from './seed';
import { percentile, report, round } from './stats';

const DOCUMENTS = 10_000;
const RUNS = 20;
const PASSWORD = 'bench-password';

let dataDir: string;
let host: RunningHost;
let browser: Browser;

beforeAll(async () => {
  dataDir = makeTempDir();
  const app = openApp(dataDir);
  const session: Session = { accountId: null };
  const admin = await app.dispatcher.dispatch(session, 'setup.initialize', {
    agency: { agencyName: '某区统计局', agencyCode: '某统' },
    admin: { username: 'bench', displayName: '基准测试', password: PASSWORD, roles: ['drafter'] },
  });
  if (!admin.ok) throw new Error(admin.error.message);
  seedDocuments(app, (admin.value as { id: string }).id, DOCUMENTS);
  app.close();
  host = await startHost(dataDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  removeTempDir(dataDir);
});

/**
 * Time from navigation start to the first registry rows on screen, with 10,000 documents in the
 * database: a MutationObserver installed before the page's own scripts sees the first row arrive, and
 * the moment is taken once the frame that draws it has been produced.
 */
test(`registry first paint with ${DOCUMENTS} documents`, async () => {
  const page = await newPage(browser);
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.nd-registry-row')) return;
      observer.disconnect();
      // On screen: the frame that draws the first row has been produced.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          (window as unknown as { firstRowAt: number }).firstRowAt = performance.now();
        };
        channel.port2.postMessage(0);
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(host.url);
  // Throws unless the sign-in succeeds.
  await api(page, 'auth.signIn', { username: 'bench', password: PASSWORD });

  const firstRow: number[] = [];
  const contentfulPaint: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    // A full load each time (a hash change alone would not reload the page).
    await page.goto('about:blank');
    await page.goto(`${host.origin}/#/documents`);
    await page.waitForFunction(
      () =>
        (window as unknown as { firstRowAt?: number }).firstRowAt !== undefined &&
        performance.getEntriesByName('first-contentful-paint').length > 0,
    );
    const timing = await page.evaluate(() => ({
      firstRow: (window as unknown as { firstRowAt: number }).firstRowAt,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    }));
    firstRow.push(timing.firstRow);
    contentfulPaint.push(timing.fcp);
  }
  const rows = await page.locator('.nd-registry-row').count();
  report('registry-first-paint', [
    {
      measure: 'navigation → first registry row',
      p50_ms: round(percentile(firstRow, 50), 1),
      p95_ms: round(percentile(firstRow, 95), 1),
      runs: RUNS,
    },
    {
      measure: 'first contentful paint',
      p50_ms: round(percentile(contentfulPaint, 50), 1),
      p95_ms: round(percentile(contentfulPaint, 95), 1),
      runs: RUNS,
    },
  ]);
  expect(rows).toBeGreaterThan(0);
});
