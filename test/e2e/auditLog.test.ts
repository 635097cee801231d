import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { api, goTo } from './support/api';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { completeSetup } from './support/flows';
import { startHost, type RunningHost } from './support/host';
import { tempDataDir } from './support/tempDir';

interface AuditPageView {
  items: { seq: number; subject: string; documentTitle: string | null }[];
  total: number;
}

/** The rows of the audit table as shown: 对象 is the last column. */
async function subjects(page: Page): Promise<string[]> {
  return page.getByTestId('audit-table').locator('tbody tr.ant-table-row td:last-child').allTextContents();
}

describe('the audit log in a real browser, on the demo workspace', () => {
  const dataDir = tempDataDir();
  let host: RunningHost;
  let browser: Browser;
  let admin: Page;
  let title = '';

  beforeAll(async () => {
    host = await startHost(dataDir.path);
    browser = await launchBrowser();
    admin = await newPage(browser);
    await admin.goto(host.url);
    await completeSetup(admin, { demo: true });
    // The demo's colleagues walk its documents after setup; wait until their steps are in the log.
    await vi.waitFor(
      async () => {
        const log = await api<AuditPageView>(admin, 'audit.list', { page: 1, pageSize: 1 });
        expect(log.total).toBeGreaterThan(300);
      },
      { timeout: 120_000, interval: 1_000 },
    );
    const page = await api<AuditPageView>(admin, 'audit.list', { area: 'versions', page: 1, pageSize: 1 });
    title = page.items[0]?.documentTitle ?? '';
    expect(title).not.toBe('');
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    dataDir.remove();
  });

  it('names every object, filters by document, searches, pages and exports', async () => {
    await goTo(admin, '/settings?tab=audit');
    await admin.getByRole('button', { name: /校验完整性/ }).click();
    await admin.getByText(/审计日志完整，已校验 \d+ 条/).waitFor();
    await admin.getByText(/^共 \d+ 条$/).waitFor();
    const shown = (await subjects(admin)).join('\n');
    expect(shown).toMatch(/《[^》]+》/);
    expect(shown).not.toMatch(/id-\d|[a-z]+\.[a-zA-Z]+|\{/);

    // 文件: type part of the title, pick it.
    const documentFilter = admin.getByRole('combobox', { name: '文件' });
    await documentFilter.click();
    await documentFilter.fill(title.slice(-6));
    await admin.locator('.ant-select-item-option').filter({ hasText: title }).first().click();
    await expect.poll(async () => (await subjects(admin)).length).toBeGreaterThan(3);
    await expect
      .poll(async () => (await subjects(admin)).every((subject) => subject.includes(`《${title}》`)))
      .toBe(true);

    // 搜索 within that document's entries: its saved versions.
    const search = admin.getByRole('searchbox', { name: '搜索审计日志' });
    await search.fill('保存版本');
    await search.press('Enter');
    await expect
      .poll(async () => (await subjects(admin)).every((subject) => /》第\d+版/.test(subject)))
      .toBe(true);
    await screenshot(admin, 'audit-log-filtered');

    // Back to the whole log (the panel opens without filters) and on to page 2.
    await goTo(admin, '/settings?tab=accounts');
    await goTo(admin, '/settings?tab=audit');
    await expect.poll(async () => (await subjects(admin)).length).toBe(100);
    const firstPage = await subjects(admin);
    await admin.locator('.ant-pagination-item-2').click();
    await expect.poll(async () => (await subjects(admin)).join('|')).not.toBe(firstPage.join('|'));
    await admin.locator('.ant-pagination-item-active').filter({ hasText: '2' }).waitFor();

    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      admin.getByRole('button', { name: /导出 Excel/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^审计日志（\d{4}-\d{2}-\d{2}导出）\.xlsx$/);
    const file = join(dataDir.path, download.suggestedFilename());
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('审计日志');
    expect(sheet?.getRow(3).getCell(6).text).toBe('对象');
    expect(sheet?.rowCount).toBeGreaterThan(300);
    // The export itself is the newest entry.
    await admin.locator('.ant-pagination-item-1').click();
    await admin.getByRole('cell', { name: '导出审计日志' }).first().waitFor();
    await screenshot(admin, 'audit-log-exported');
  });
});
