import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { completeSetup } from './support/flows';
import { startHost, type RunningHost } from './support/host';
import { tempDataDir } from './support/tempDir';

/**
 * The 统计 page on the demo workspace in a real browser: the year's rate cards and charts (SVG with the
 * figures as text), then one figure opened to the documents behind it, and one of them opened.
 */
describe('statistics in a real browser', () => {
  const dataDir = tempDataDir();
  let host: RunningHost;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    host = await startHost(dataDir.path);
    browser = await launchBrowser();
    page = await newPage(browser);
    await page.goto(host.url);
    await page.getByText('NormDesk 初始设置').waitFor();
    await completeSetup(page, { demo: true });
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    dataDir.remove();
  });

  it('shows the year with its rates and charts', async () => {
    await page.getByRole('menuitem', { name: /统计/ }).click();
    const year = new Date().getFullYear();
    await page.getByRole('heading', { name: `统计：${year}年` }).waitFor({ timeout: 60_000 });
    const filingRate = page.getByTestId('rate-rate:filing');
    await filingRate.getByText(/^\d+\.\d%$/).waitFor();
    // Every chart is an SVG whose text carries the figures: the 审核结论 chart names 合法 and its count.
    const outcomes = page.locator('.ant-card', { hasText: '审核结论' }).getByTestId('stats-chart');
    await outcomes.locator('svg').waitFor();
    const lawful = page.getByTestId('figure-outcome:LAWFUL');
    const lawfulCount = /(\d+) 件/.exec((await lawful.textContent()) ?? '')?.[1] ?? '';
    expect(Number(lawfulCount)).toBeGreaterThan(0);
    await expect.poll(() => outcomes.locator('svg').textContent()).toContain('合法');
    expect(await outcomes.locator('svg').textContent()).toContain(`${lawfulCount} 件`);
    expect(await page.getByTestId('stats-chart').count()).toBeGreaterThanOrEqual(5);
    await screenshot(page, 'statistics-page');
  });

  it('opens a figure to the list of documents behind it, each a link to the document', async () => {
    const filed = page.getByTestId('figure-filings:filed').first();
    const count = Number(/(\d+) 件/.exec((await filed.textContent()) ?? '')?.[1]);
    expect(count).toBeGreaterThan(0);
    await filed.click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText(`已报备（${count} 件）`).waitFor();
    const links = drawer.getByTestId('figure-documents').getByRole('link');
    await expect.poll(() => links.count()).toBe(count);
    await screenshot(page, 'statistics-figure-documents');
    const title = (await links.first().textContent()) ?? '';
    await links.first().click();
    await page.getByRole('heading', { name: title }).first().waitFor({ timeout: 60_000 });
    expect(page.url()).toMatch(/\/documents\/[^/]+$/);
  });
});
