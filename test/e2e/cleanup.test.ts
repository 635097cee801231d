import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignDetail } from '../../src/shared/api';
import { api } from './support/api';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { buttonName, completeSetup, signIn, signOut, type AdminAccount } from './support/flows';
import { startHost, type RunningHost } from './support/host';
import { tempDataDir } from './support/tempDir';

/** The demo's colleagues share the administrator's password (completeSetup's). */
const PASSWORD = 'password-123';
const LEADER: AdminAccount = { username: 'zhangjh', displayName: '张建华', password: PASSWORD };
const REVIEWER: AdminAccount = { username: 'wanglx', displayName: '王立新', password: PASSWORD };

/**
 * A 定期清理 of the demo's issued documents in a real browser: created with a live preview, dispositions
 * proposed by the reviewer and approved by the 负责人 (leader), applied, and the 废止目录 downloaded.
 */
describe('a cleanup campaign in a real browser', () => {
  const dataDir = tempDataDir();
  const downloads = tempDataDir('normdesk-e2e-downloads-');
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let campaignUrl = '';

  beforeAll(async () => {
    host = await startHost(dataDir.path);
    browser = await launchBrowser();
    page = await newPage(browser);
    await page.goto(host.url);
    await page.getByText('NormDesk 初始设置').waitFor();
    await completeSetup(page, { demo: true });
    await signOut(page);
    await signIn(page, REVIEWER);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    dataDir.remove();
    downloads.remove();
  });

  it('the reviewer creates a 定期清理 after previewing its documents', async () => {
    await page.getByRole('menuitem', { name: /清理/ }).click();
    await page.getByRole('tab', { name: '清理活动' }).click();
    await page.getByRole('button', { name: /新建清理/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('名称').fill('统计规范性文件定期清理');
    const summary = page.getByTestId('scope-preview-summary');
    await expect.poll(() => summary.textContent(), { timeout: 30_000 }).toMatch(/将列入 [1-9]\d* 件文件/);
    await screenshot(page, 'cleanup-create-dialog');
    await dialog.getByRole('button', { name: buttonName('新建') }).click();
    await page.getByTestId('campaign-page').waitFor();
    campaignUrl = page.url();
    await page.getByRole('heading', { name: '统计规范性文件定期清理' }).waitFor();
  });

  it('the reviewer proposes dispositions: all continue, then one repealed', async () => {
    const items = page.getByTestId('campaign-items');
    await items.locator('thead .ant-checkbox-input').check();
    await page.getByRole('button', { name: /拟定处理意见/ }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByText('继续有效', { exact: true }).click();
    await dialog.getByLabel('清理理由').fill('符合上位法规定，继续有效');
    await dialog.getByRole('button', { name: buttonName('确定') }).click();
    await dialog.waitFor({ state: 'hidden' });

    await items.locator('tbody .ant-checkbox-input').first().check();
    await page.getByRole('button', { name: /拟定处理意见/ }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByText('废止', { exact: true }).click();
    await dialog.getByLabel('清理理由').fill('调整对象已消失');
    await dialog.getByRole('button', { name: buttonName('确定') }).click();
    await dialog.waitFor({ state: 'hidden' });
    await items.getByText('调整对象已消失').waitFor();
  });

  it('the leader approves and applies; the 废止目录 downloads', async () => {
    await signOut(page);
    await signIn(page, LEADER);
    await page.goto(campaignUrl);
    const items = page.getByTestId('campaign-items');
    await items.locator('thead .ant-checkbox-input').check();
    await page.getByRole('button', { name: /^批准/ }).click();
    await expect
      .poll(() =>
        page
          .getByText(/已批准 \d+ 件/)
          .first()
          .textContent(),
      )
      .toMatch(/已批准 \d+ 件/);
    await page.getByRole('button', { name: '应用清理结果' }).click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.getByText(/1 件废止，自决定之日起失效/).waitFor();
    await screenshot(page, 'cleanup-apply-confirm');
    await confirm.getByRole('button', { name: buttonName('应用') }).click();
    await page
      .getByTestId('campaign-page')
      .getByText(/已应用（决定日期/)
      .waitFor();
    await items.getByText('已废止').first().waitFor();
    await screenshot(page, 'cleanup-campaign');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '决定废止目录' }).click(),
    ]);
    const file = join(downloads.path, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/决定废止的规范性文件目录.*\.docx$/);
    expect((await readFile(file)).subarray(0, 2).toString()).toBe('PK');

    const id = /campaigns\/([^/?]+)/.exec(campaignUrl)?.[1] ?? '';
    const detail = await api<CampaignDetail>(page, 'cleanup.get', { campaignId: id });
    expect(detail.status).toBe('applied');
    expect(detail.byDisposition.repeal).toBe(1);
  });
});
