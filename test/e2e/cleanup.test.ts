import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignDetail } from '../../src/shared/api';
import { documentXml } from '../support/wordXml';
import { api } from './support/api';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { AGENCY, buttonName, completeSetup, signIn, signOut, type AdminAccount } from './support/flows';
import { startHost, type RunningHost } from './support/host';
import { tempDataDir } from './support/tempDir';

/** The demo's colleagues share the administrator's password (completeSetup's). */
const PASSWORD = 'password-123';
const LEADER: AdminAccount = { username: 'zhangjh', displayName: '张建华', password: PASSWORD };
const REVIEWER: AdminAccount = { username: 'wanglx', displayName: '王立新', password: PASSWORD };

/** The two issued demo documents citing 《中华人民共和国统计法实施条例》, and one nearing the end of its 有效期. */
const DIRECTORY = `${AGENCY.agencyName}统计调查对象名录库管理办法`;
const INTEGRITY = `${AGENCY.agencyName}统计从业人员诚信管理暂行办法`;
const SHARING = `${AGENCY.agencyName}统计数据共享暂行办法`;
const LAW = '中华人民共和国统计法实施条例';
const CAMPAIGN = '统计法实施条例修改后专项清理';

/** Picks the option starting with `text` in the antd Select labelled `label`, until the field shows it. */
async function choose(page: Page, scope: Locator, label: string, text: string): Promise<void> {
  const field = scope.locator('.ant-form-item', { hasText: label }).first();
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await field.locator('.ant-select').first().click({ timeout: 10_000 });
    try {
      const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text });
      await option.first().click({ timeout: 10_000 });
      await expect.poll(() => field.textContent(), { timeout: 5_000 }).toContain(text);
      await page.keyboard.press('Escape');
      return;
    } catch {
      // The list did not open or the click did not take: try again.
    }
  }
  throw new Error(`未能在“${label}”中选择“${text}”`);
}

/** The row of the campaign's items table holding the document. */
function itemRow(page: Page, title: string): Locator {
  return page.getByTestId('campaign-items').locator('tbody tr', { hasText: title });
}

/** 拟定处理意见 for the selected rows. */
async function decide(page: Page, titles: string[], disposition: string, reason: string): Promise<void> {
  const items = page.getByTestId('campaign-items');
  for (const box of await items.locator('tbody .ant-checkbox-input:checked').all()) await box.uncheck();
  for (const title of titles) await itemRow(page, title).locator('.ant-checkbox-input').check();
  await page.getByRole('button', { name: /拟定处理意见/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(disposition, { exact: true }).click();
  await dialog.getByLabel('清理理由').fill(reason);
  await dialog.getByRole('button', { name: buttonName('确定') }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 60_000 });
  for (const title of titles) await itemRow(page, title).getByText(reason).waitFor({ timeout: 60_000 });
}

/**
 * The path in a real browser on the demo workspace: a law cited by two issued documents is marked
 * amended on the law-library page → both are listed as 即时清理 candidates with the citing sentences → a
 * 专项清理 over them and a document nearing its expiry → dispositions proposed by the reviewer and
 * approved by the 负责人 → applied → the registry and the document page show the new 效力状态 → the
 * 废止目录 downloads as a Word file.
 */
describe('validity and cleanup in a real browser', () => {
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

  it('shows what expires and what has expired without a decision on the 清理 page', async () => {
    await page.getByRole('menuitem', { name: /清理/ }).click();
    await page.getByRole('tab', { name: '有效期监测', selected: true }).waitFor();
    await page.getByRole('link', { name: SHARING }).waitFor({ timeout: 60_000 });
    await page
      .getByText(/有效期届满前\s*6\s*个月/)
      .first()
      .waitFor();
    await screenshot(page, 'cleanup-page');
  });

  it('marking the law amended lists both citing documents with their sentences', async () => {
    await page.getByRole('menuitem', { name: /法规库/ }).click();
    await page.getByRole('searchbox', { name: '搜索法律法规' }).fill('统计法实施条例');
    await page.getByRole('searchbox', { name: '搜索法律法规' }).press('Enter');
    await page.getByRole('button', { name: `修改《${LAW}》的状态` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('.ant-radio-button-wrapper', { hasText: /^已修改$/ }).click();
    await dialog
      .getByRole('radio', { name: '修改', exact: true, checked: true })
      .waitFor({ state: 'attached' });
    await dialog.getByLabel('备注').fill('国务院决定修改，条文序号未变。');
    await dialog.getByRole('button', { name: buttonName('保存') }).click();
    await dialog.getByText(/引用该法规、在此之前印发的文件 2 件/).waitFor({ timeout: 60_000 });
    await dialog.getByRole('link', { name: '查看涉及的文件' }).click();

    await page.getByRole('tab', { name: '上位法变化', selected: true }).waitFor();
    const impact = page.locator('[data-law-change-impact]');
    for (const title of [DIRECTORY, INTEGRITY]) {
      const entry = impact.locator('[data-impacted-document]', { hasText: title });
      await entry.waitFor({ timeout: 60_000 });
      await expect.poll(() => entry.textContent()).toContain(`《${LAW}》`);
    }
    const sentence = await impact.locator('[data-impacted-document]', { hasText: DIRECTORY }).textContent();
    expect(sentence).toContain('为了加强统计调查对象名录库（以下简称名录库）管理');
    await screenshot(page, 'cleanup-law-change');
  });

  it('a 专项清理 over them and the document nearing its expiry, created from the law change', async () => {
    await page.getByRole('button', { name: '发起即时清理' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('新建即时清理').waitFor();
    await choose(page, dialog, '清理类型', '专项清理');
    await dialog.getByLabel('名称').fill(CAMPAIGN);
    const named = dialog.getByLabel('另行列入的文件');
    await named.click();
    await named.fill('数据共享');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: SHARING })
      .first()
      .click({ timeout: 30_000 });
    await page.keyboard.press('Escape');
    const summary = page.getByTestId('scope-preview-summary');
    await expect.poll(() => summary.textContent(), { timeout: 60_000 }).toMatch(/将列入 3 件文件/);
    await dialog.getByRole('button', { name: buttonName('新建') }).click();
    await page.getByTestId('campaign-page').waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: CAMPAIGN }).waitFor();
    campaignUrl = page.url();
    for (const title of [DIRECTORY, INTEGRITY, SHARING]) await itemRow(page, title).waitFor();
  });

  it('the reviewer proposes a disposition for each document', async () => {
    await decide(page, [DIRECTORY], '废止', '名录库管理已纳入市级统一规定，本办法不再适用。');
    await decide(page, [INTEGRITY], '继续有效', '所依据条款未变，继续有效。');
    await decide(page, [SHARING], '修改', '有效期即将届满，按条例修改后重新发布。');
  });

  it('the 负责人 approves and applies; the 效力状态 changes on the registry and the document page', async () => {
    await signOut(page);
    await signIn(page, LEADER);
    await page.goto(campaignUrl);
    const items = page.getByTestId('campaign-items');
    await itemRow(page, DIRECTORY).waitFor({ timeout: 60_000 });
    await items.locator('thead .ant-checkbox-input').check();
    await page.getByRole('button', { name: /^批准/ }).click();
    await page
      .getByText(/已批准 3 件/)
      .first()
      .waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: '应用清理结果' }).click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.getByText(/1 件废止/).waitFor();
    await confirm.getByRole('button', { name: buttonName('应用') }).click();
    await page
      .getByTestId('campaign-page')
      .getByText(/已应用（决定日期/)
      .waitFor({ timeout: 60_000 });
    await itemRow(page, DIRECTORY).getByText('已废止').waitFor();
    await itemRow(page, SHARING).getByText('已修改').waitFor();
    await screenshot(page, 'cleanup-campaign');

    const id = /campaigns\/([^/?]+)/.exec(campaignUrl)?.[1] ?? '';
    const detail = await api<CampaignDetail>(page, 'cleanup.get', { campaignId: id });
    expect(detail).toMatchObject({ status: 'applied', kind: 'special' });
    expect(detail.byDisposition).toMatchObject({ repeal: 1, continue: 1, amend: 1 });

    await page.getByRole('menuitem', { name: /文件库/ }).click();
    const search = page.getByRole('searchbox', { name: '搜索标题或文号' });
    for (const [title, state] of [
      [SHARING, 'amended'],
      [INTEGRITY, 'pending'],
      [DIRECTORY, 'repealed'],
    ] as const) {
      await search.fill(title);
      const row = page.locator('tr', { has: page.getByRole('link', { name: title, exact: true }) });
      await row.locator(`[data-lifecycle="${state}"]`).waitFor({ timeout: 60_000 });
    }
    await page.getByRole('link', { name: DIRECTORY, exact: true }).click();
    await page.getByRole('heading', { name: DIRECTORY }).waitFor();
    await page.locator('[data-lifecycle="repealed"]').first().waitFor();
  });

  it('the 废止目录 downloads as a Word file naming the repealed document', async () => {
    await page.goto(campaignUrl);
    await itemRow(page, DIRECTORY).waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '决定废止目录' }).click(),
    ]);
    const file = join(downloads.path, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/决定废止的规范性文件目录.*\.docx$/);
    const xml = await documentXml(await readFile(file));
    expect(xml).toContain(DIRECTORY);
    expect(xml).not.toContain(INTEGRITY);
  });
});
