import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { ADMIN, AGENCY, buttonName, completeSetup, signIn, signOut } from './support/flows';
import { startHost, type RunningHost } from './support/host';
import { tempDataDir } from './support/tempDir';

const TITLE = '某市某区统计局关于规范统计调查项目管理的若干规定';

describe('foundation: first run, accounts and the registry in a real browser', () => {
  const dataDir = tempDataDir();
  let host: RunningHost;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    host = await startHost(dataDir.path);
    browser = await launchBrowser();
    page = await newPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    dataDir.remove();
  });

  it('sets up the workspace, signs out and in, registers a document and finds it again after a reload', async () => {
    await page.goto(host.url);
    // The token in the address is exchanged for cookies and removed from the address bar.
    expect(new URL(page.url()).searchParams.has('token')).toBe(false);
    await page.getByText('NormDesk 初始设置').waitFor();
    expect(await page.getByText('机关信息').first().isVisible()).toBe(true);
    await page.getByRole('button', { name: buttonName('下一步') }).click();
    await page.getByText('请填写机关名称').waitFor();
    await screenshot(page, 'setup-wizard');

    await completeSetup(page);
    await page.getByText(AGENCY.agencyName).first().waitFor();
    expect(await page.getByText(ADMIN.displayName).first().isVisible()).toBe(true);

    await signOut(page);
    await page.getByLabel('用户名').fill(ADMIN.username);
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: buttonName('登录') }).click();
    await page.getByText('用户名或密码不正确。').waitFor();
    await signIn(page);

    await page.getByRole('menuitem', { name: /文件库/ }).click();
    await page.getByText('没有符合条件的文件').waitFor();
    await page.getByRole('button', { name: /登记文件/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('类别').click();
    await page.getByTitle('行政规范性文件').click();
    await dialog.getByLabel('标题').fill(TITLE);
    await dialog.getByLabel('起草单位').fill('综合统计科');
    await dialog.getByTestId('touches-business').getByText('否', { exact: true }).click();
    expect(await dialog.getByLabel('制定机关').inputValue()).toBe(AGENCY.agencyName);
    await dialog.getByRole('button', { name: buttonName('登记') }).click();

    await page.getByRole('heading', { name: TITLE }).waitFor();
    expect(page.url()).toMatch(/#\/documents\/[^/]+$/);
    await page.getByText('未编号').waitFor();
    await page.getByRole('tab', { name: '时间线' }).click();
    await page.getByText(`登记为《${TITLE}》`).waitFor();
    await screenshot(page, 'document-page');

    await page
      .getByRole('link', { name: /文件库/ })
      .first()
      .click();
    await page.getByRole('link', { name: TITLE }).waitFor();
    await page.getByText('共 1 件').waitFor();
    await page.getByRole('searchbox', { name: '搜索标题或文号' }).fill('统计调查项目');
    await page.waitForURL(/q=/);
    await page.getByRole('link', { name: TITLE }).waitFor();
    await screenshot(page, 'registry');

    await page.reload();
    await page.getByRole('link', { name: TITLE }).waitFor();
    expect(await page.getByRole('searchbox', { name: '搜索标题或文号' }).inputValue()).toBe('统计调查项目');

    await signOut(page);
    expect(await page.getByRole('button', { name: buttonName('登录') }).isVisible()).toBe(true);
    expect(await page.getByText(TITLE).count()).toBe(0);
  });

  it('keeps the data when the host restarts on the same data folder', async () => {
    await host.stop();
    host = await startHost(dataDir.path);
    await page.goto(host.url);
    await signIn(page);
    await page.getByRole('menuitem', { name: /文件库/ }).click();
    await page.getByRole('link', { name: TITLE }).waitFor();
  });
});

describe('foundation: the demonstration workspace', () => {
  const dataDir = tempDataDir();
  let host: RunningHost;
  let browser: Browser;

  beforeAll(async () => {
    host = await startHost(dataDir.path);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    dataDir.remove();
  });

  it('fills the registry with a dozen or so documents that the dashboard counts', async () => {
    const page = await newPage(browser);
    await page.goto(host.url);
    await page.getByText('NormDesk 初始设置').waitFor();
    await completeSetup(page, { demo: true });
    const recent = page.locator('.ant-card', { hasText: '最近更新' }).locator('.ant-table-row');
    await recent.nth(9).waitFor();
    const total = page.locator('.ant-card', { hasText: '文件总数' }).locator('.ant-statistic-content');
    await expect.poll(() => total.textContent()).toMatch(/^\d+件$/);
    const dashboardTotal = Number(/\d+/.exec((await total.textContent()) ?? '')?.[0]);
    await screenshot(page, 'dashboard-demo');

    await page.getByRole('menuitem', { name: /文件库/ }).click();
    const summary = await page.getByText(/^共 \d+ 件$/).textContent();
    const count = Number(/\d+/.exec(summary ?? '')?.[0]);
    expect(count).toBeGreaterThanOrEqual(10);
    expect(count).toBe(dashboardTotal);
    // The table is virtualized: only the rows in view (and a few more) are in the page.
    expect(await page.locator('.nd-registry-row').count()).toBeGreaterThanOrEqual(5);
  });
});
