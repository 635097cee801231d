import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goTo } from './support/api';
import { launchBrowser, newPage, screenshot, TIME_ZONE } from './support/browser';
import { AGENCY, buttonName, completeSetup, signIn, signOut, type AdminAccount } from './support/flows';
import { startHost, type RunningHost } from './support/host';
import { tempDataDir } from './support/tempDir';
import { documentXml } from '../support/wordXml';

/** The demo's colleagues share the administrator's password (completeSetup's). */
const PASSWORD = 'password-123';
const DRAFTER: AdminAccount = { username: 'zhouwt', displayName: '周文婷', password: PASSWORD };
const REVIEWER: AdminAccount = { username: 'wanglx', displayName: '王立新', password: PASSWORD };
const LEADER: AdminAccount = { username: 'zhangjh', displayName: '张建华', password: PASSWORD };

const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
const YEAR = Number(TODAY.slice(0, 4));
const TITLE = `${AGENCY.agencyName}${YEAR}年度重大行政决策事项目录`;
/** A demo 重大行政决策 document. */
const DECISION = `${AGENCY.agencyName}关于全面推行规模以上企业电子统计台账的实施方案`;
const ITEM = '全面推行规模以上企业电子统计台账';

async function openTab(page: Page): Promise<void> {
  await goTo(page, '/cleanup?tab=decision-catalog');
  await page.getByTestId('decision-catalog-panel').waitFor();
}

/** Takes the catalog's next step from its button, filling the dialog. */
async function takeStep(
  page: Page,
  label: string,
  fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page
    .getByTestId('decision-catalog-panel')
    .getByRole('button', { name: buttonName(label) })
    .click();
  const dialog = page.getByRole('dialog');
  await fill(dialog);
  await dialog.getByRole('button', { name: buttonName(label) }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('the 重大行政决策事项目录 in a real browser', () => {
  const dataDir = tempDataDir();
  const downloads = tempDataDir('normdesk-e2e-downloads-');
  let host: RunningHost;
  let browser: Browser;
  let drafter: Page;
  let reviewer: Page;
  let leader: Page;

  beforeAll(async () => {
    host = await startHost(dataDir.path);
    browser = await launchBrowser();
    drafter = await newPage(browser);
    await drafter.goto(host.url);
    await drafter.getByText('NormDesk 初始设置').waitFor();
    await completeSetup(drafter, { demo: true });
    await signOut(drafter);
    await signIn(drafter, DRAFTER);
    reviewer = await newPage(browser);
    await reviewer.goto(host.url);
    await signIn(reviewer, REVIEWER);
    leader = await newPage(browser);
    await leader.goto(host.url);
    await signIn(leader, LEADER);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    dataDir.remove();
    downloads.remove();
  });

  it('is collected, checked, approved, published and exported as Word', async () => {
    await openTab(drafter);
    await drafter.getByRole('button', { name: buttonName('新建') }).click();
    await drafter.getByRole('heading', { name: TITLE }).waitFor();

    await drafter.getByRole('button', { name: /增加事项/ }).click();
    const dialog = drafter.getByRole('dialog');
    await dialog.getByLabel('事项名称').fill(ITEM);
    await dialog.getByLabel('承办单位').fill('综合统计科');
    await dialog.getByLabel('决策依据').fill('《中华人民共和国统计法》第七条');
    await dialog.getByLabel('关联重大行政决策文件').fill('电子统计台账');
    await drafter.locator('.ant-select-item-option', { hasText: DECISION }).click();
    await dialog.getByRole('button', { name: buttonName('保存') }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = drafter.locator('tr[data-item]', { hasText: ITEM });
    await row.getByRole('link', { name: DECISION }).waitFor();
    expect(await row.locator('[data-procedure]').count()).toBe(5);
    await screenshot(drafter, 'decision-catalog-collecting');

    await openTab(reviewer);
    await reviewer.getByRole('heading', { name: TITLE }).waitFor();
    await takeStep(reviewer, '法治审查', (step) =>
      step
        .getByLabel('法治审查意见')
        .fill('目录所列事项属于《重大行政决策程序暂行条例》第三条规定的决策事项。'),
    );
    await openTab(leader);
    await takeStep(leader, '报同级党委同意', (step) =>
      step.getByLabel('党委同意的文件或会议').fill(`区委常委会${YEAR}年第5次会议`),
    );
    await reviewer.reload();
    await openTab(reviewer);
    await takeStep(reviewer, '公布', () => Promise.resolve());
    await reviewer.getByText('已公布').first().waitFor();
    await reviewer.getByText(`区委常委会${YEAR}年第5次会议`, { exact: false }).first().waitFor();
    await screenshot(reviewer, 'decision-catalog-published');

    const [download] = await Promise.all([
      reviewer.waitForEvent('download'),
      reviewer.getByRole('button', { name: /导出 Word/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${TITLE}.docx`);
    const file = join(downloads.path, download.suggestedFilename());
    await download.saveAs(file);
    const xml = await documentXml(await readFile(file));
    expect(xml).toContain(TITLE);
    expect(xml).toContain(ITEM);
    expect(xml).toContain(`区委常委会${YEAR}年第5次会议`);
  });
});
