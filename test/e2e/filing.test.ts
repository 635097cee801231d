import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import dayjs from 'dayjs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentFilingView } from '../../src/shared/api';
import { api } from './support/api';
import { launchBrowser, newPage, screenshot, TIME_ZONE } from './support/browser';
import { AGENCY, buttonName, completeSetup, signIn, signOut, type AdminAccount } from './support/flows';
import { startHost, type RunningHost } from './support/host';
import { tempDataDir } from './support/tempDir';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

/** The 机关代字 this test sets up with: numbers read 区统〔YYYY〕n号 and 登记号 区统规〔YYYY〕00n. */
const AGENCY_CODE = '区统';
/** The demo's colleagues share the administrator's password (completeSetup's). */
const PASSWORD = 'password-123';
const LEADER: AdminAccount = { username: 'zhangjh', displayName: '张建华', password: PASSWORD };
const REVIEWER: AdminAccount = { username: 'wanglx', displayName: '王立新', password: PASSWORD };

/** Two demo documents that stand 审核完成 with a lawful conclusion and counsel's signature. */
const ADMIN_TITLE = `${AGENCY.agencyName}统计调查项目管理办法`;
const PARTY_TITLE = `中共${AGENCY.agencyName}党组工作规则`;

/** Today where the pages and the host run (support/browser.ts), as YYYY-MM-DD. */
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
const YEAR = Number(TODAY.slice(0, 4));
const DOC_NUMBER = new RegExp(`^${AGENCY_CODE}〔${YEAR}〕[1-9]\\d*号$`);
const REGISTRATION_NUMBER = new RegExp(`^${AGENCY_CODE}规〔${YEAR}〕\\d{3}$`);

/** The built command line, as `npm run cli --` runs it. */
async function cli(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['out/main/cli.js', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The value cell next to a label in a bordered antd Descriptions. */
function described(scope: Locator, label: string): Locator {
  return scope.locator(`xpath=.//th[normalize-space()="${label}"]/following-sibling::td[1]`).first();
}

/** Opens a document from the registry by its title, as a user finds it. */
async function openDocument(page: Page, title: string): Promise<void> {
  await page.getByRole('menuitem', { name: /文件库/ }).click();
  await page.getByRole('searchbox', { name: '搜索标题或文号' }).fill(title);
  await page.waitForURL(/q=/);
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.getByRole('heading', { name: title }).waitFor();
}

/**
 * Waits for a dialog to close after its confirm button; when main refuses instead, fails at once with
 * the message the dialog shows.
 */
async function closedOrRefused(dialog: Locator): Promise<void> {
  const refusal = dialog.locator('.ant-alert-error, .ant-form-item-explain-error').first();
  const refused = refusal.waitFor({ timeout: 60_000 }).then(
    async () => {
      throw new Error(`对话框未关闭：${(await refusal.textContent()) ?? ''}`);
    },
    () => undefined,
  );
  await Promise.race([dialog.waitFor({ state: 'hidden', timeout: 60_000 }), refused]);
}

/** Picks an option of an antd Select by the start of its text, in the dropdown that is open. */
async function pickOption(page: Page, text: RegExp): Promise<void> {
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
    .first()
    .click();
}

/** 记录集体审议 from the 审核 tab: meeting, attendees, 审议通过 and the minutes uploaded in the dialog. */
async function recordDeliberation(page: Page, meetingType: string, meetingName: string): Promise<void> {
  await page.getByRole('tab', { name: '审核' }).click();
  const panel = page.getByTestId('workflow-panel');
  await panel.locator('button[data-event="RECORD_DELIBERATION"]').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('会议类型').fill(meetingType);
  await dialog.getByLabel('会议名称').click();
  await dialog.getByLabel('会议名称').fill(meetingName);
  const attendees = dialog.getByLabel('出席人员');
  for (const name of ['张建华', '王立新', '李敏', '周文婷']) {
    await attendees.fill(name);
    await attendees.press('Enter');
  }
  await dialog.getByLabel('审议结果').click();
  await pickOption(page, /^审议通过$/);
  await dialog.locator('input[type="file"]').setInputFiles({
    name: `${meetingName}纪要.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(`${meetingName}审议通过该文件。出席：张建华、王立新、李敏、周文婷。`),
  });
  await dialog.getByText(`${meetingName}纪要.txt`).waitFor();
  await dialog.getByRole('button', { name: '记录集体审议' }).click();
  await closedOrRefused(dialog);
  await expect.poll(() => panel.locator('button[data-event="ISSUE"]').isDisabled()).toBe(false);
}

interface IssuedNumbers {
  docNumber: string;
  registrationNumber: string | null;
}

/**
 * 印发 from the 审核 tab: the dialog shows the numbers it will give before anything is confirmed;
 * 公布日期 today. 施行日期: for a kind under the profile's interval rule (行政规范性文件) the dialog's
 * earliest day, 30 days or more after 公布; for another kind the day given.
 */
async function issue(
  page: Page,
  options: { channel: string; effectiveOn?: string; shot?: string },
): Promise<IssuedNumbers> {
  const panel = page.getByTestId('workflow-panel');
  await panel.locator('button[data-event="ISSUE"]').click();
  const dialog = page.getByRole('dialog');
  const docNumber = dialog.getByLabel('发文字号');
  await expect.poll(() => docNumber.inputValue()).toMatch(DOC_NUMBER);
  expect(await docNumber.isDisabled()).toBe(true);
  const registration = dialog.getByLabel('登记号');
  const hasRegistration = (await registration.count()) > 0;
  if (hasRegistration) await expect.poll(() => registration.inputValue()).toMatch(REGISTRATION_NUMBER);
  // The format is explained in words, never as a {placeholder} template.
  expect(await dialog.textContent()).not.toMatch(/\{\w+(:\d+)?\}/);

  expect(await dialog.getByLabel('公布日期').inputValue()).toBe(TODAY);
  const effective = dialog.getByLabel('施行日期');
  if (options.effectiveOn) {
    await effective.click();
    await effective.fill(options.effectiveOn);
    // A click outside closes the calendar; the typed day stays.
    await dialog.locator('.ant-modal-title').click();
    await expect.poll(() => effective.inputValue()).toBe(options.effectiveOn);
  } else {
    await expect.poll(() => effective.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(dayjs(await effective.inputValue()).diff(dayjs(TODAY), 'day')).toBeGreaterThanOrEqual(30);
  }
  expect(await dialog.getByText(/应当说明理由/).count()).toBe(0);
  await dialog.getByRole('checkbox', { name: options.channel }).check();
  if (options.shot) await screenshot(page, options.shot, { fullPage: false });

  const numbers: IssuedNumbers = {
    docNumber: await docNumber.inputValue(),
    registrationNumber: hasRegistration ? await registration.inputValue() : null,
  };
  await dialog.getByRole('button', { name: buttonName('印发') }).click();
  await closedOrRefused(dialog);
  return numbers;
}

/**
 * 生成备案材料包 on the 备案 tab: every material present, the manifest signed with the password; the
 * build's stages are shown until it is done. Leaves the dialog open on its result.
 */
async function buildPackage(page: Page, shot?: string): Promise<{ dialog: Locator; reportNumber: string }> {
  const tab = page.getByTestId('filing-tab');
  await tab.getByRole('button', { name: /生成备案材料包/ }).click();
  const dialog = page.getByRole('dialog');
  const body = dialog.getByTestId('filing-package-dialog');
  await body.waitFor();
  await body.getByText('材料清单').waitFor();
  expect(await body.getByText('缺少', { exact: true }).count()).toBe(0);
  expect(await body.getByText('材料不齐全，不能生成').count()).toBe(0);
  await body.getByLabel('密码', { exact: true }).fill(PASSWORD);
  if (shot) await screenshot(page, shot, { fullPage: false });
  await dialog.getByRole('button', { name: buttonName('生成') }).click();
  const steps = body.locator('.ant-steps');
  await steps.waitFor();
  const done = body.getByText(/^已生成备案材料包，备案字号 /);
  await done.waitFor({ timeout: 30_000 });
  await expect.poll(() => steps.locator('.ant-steps-item-finish').count()).toBe(5);
  const reportNumber = ((await done.textContent()) ?? '').replace(/^已生成备案材料包，备案字号 /, '');
  return { dialog, reportNumber };
}

async function closeDialog(dialog: Locator): Promise<void> {
  await dialog
    .locator('.ant-modal-footer')
    .getByRole('button', { name: buttonName('关闭') })
    .click();
  await dialog.waitFor({ state: 'hidden' });
}

/** 报送备案 (电子报送) of the latest package to the recipients the dialog proposes. */
async function submitFiling(page: Page, expectedRecipients: string[]): Promise<void> {
  await page.getByTestId('filing-tab').getByRole('button', { name: '报送备案' }).click();
  const dialog = page.getByRole('dialog');
  const recipients = dialog.locator('.ant-checkbox-group');
  await recipients.waitFor();
  for (const recipient of expectedRecipients) {
    expect(await dialog.getByRole('checkbox', { name: recipient }).isChecked()).toBe(true);
  }
  await dialog.getByRole('radio', { name: '电子报送' }).check();
  await dialog.getByRole('button', { name: '报送备案' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** 登记备案结果 for one recipient's awaiting submission. */
async function recordOutcome(page: Page, recipient: string, outcome: RegExp): Promise<void> {
  await page.getByTestId('filing-tab').getByRole('button', { name: '登记备案结果' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('备案机关').click();
  await pickOption(page, new RegExp(`^${escape(recipient)}（`));
  await dialog.getByRole('radio', { name: outcome }).check();
  await dialog.getByRole('button', { name: '登记备案结果' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function filingOf(page: Page, documentId: string): Promise<DocumentFilingView> {
  return api<DocumentFilingView>(page, 'filings.forDocument', { documentId });
}

function documentIdOf(page: Page): string {
  return /#\/documents\/([^/?]+)/.exec(page.url())?.[1] ?? '';
}

describe('issuance and filing of the demo documents in a real browser', () => {
  const dataDir = tempDataDir();
  const downloads = tempDataDir('normdesk-e2e-downloads-');
  let host: RunningHost;
  let browser: Browser;
  let leader: Page;
  let reviewer: Page;
  let adminId = '';
  let partyId = '';
  let issued: IssuedNumbers = { docNumber: '', registrationNumber: null };
  let recipients: string[] = [];

  beforeAll(async () => {
    host = await startHost(dataDir.path);
    browser = await launchBrowser();
    const admin = await newPage(browser);
    await admin.goto(host.url);
    await admin.getByText('NormDesk 初始设置').waitFor();
    await completeSetup(admin, { demo: true, agencyCode: AGENCY_CODE });
    await signOut(admin);
    leader = admin;
    await signIn(leader, LEADER);
    reviewer = await newPage(browser);
    await reviewer.goto(host.url);
    await signIn(reviewer, REVIEWER);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    dataDir.remove();
    downloads.remove();
  });

  it('the leader records the 集体审议 and issues the 行政规范性文件 with the numbers the dialog showed', async () => {
    await openDocument(leader, ADMIN_TITLE);
    adminId = documentIdOf(leader);
    expect(adminId).not.toBe('');
    await leader.getByText('审核完成').first().waitFor();

    await recordDeliberation(leader, '局务会议', `${YEAR}年第12次局务会议`);
    await leader.getByRole('cell', { name: `${YEAR}年第12次局务会议纪要.txt` }).waitFor();
    issued = await issue(leader, { channel: '政府网站', shot: 'filing-issue-dialog' });

    // The document page shows the numbers and dates 印发 gave.
    const metadata = leader.locator('.ant-card').first();
    await expect.poll(() => described(metadata, '文号').textContent()).toBe(issued.docNumber);
    expect(await described(metadata, '登记号').textContent()).toBe(issued.registrationNumber);
    expect(await described(metadata, '公布日期').textContent()).toBe(TODAY);
    const effectiveOn = (await described(metadata, '施行日期').textContent()) ?? '';
    expect(dayjs(effectiveOn).diff(dayjs(TODAY), 'day')).toBeGreaterThanOrEqual(30);
    expect(await described(metadata, '有效期至').textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await described(metadata, '公布渠道').textContent()).toBe('政府网站');
    expect(await described(metadata, '签发').textContent()).toContain(LEADER.displayName);
    expect(await described(metadata, '状态').textContent()).toBe('印发');
    await screenshot(leader, 'filing-document-issued');
  });

  it('the reviewer builds the filing package, saves it, and the CLI verifies the saved file', async () => {
    await openDocument(reviewer, ADMIN_TITLE);
    await reviewer.getByRole('tab', { name: '备案' }).click();
    const tab = reviewer.getByTestId('filing-tab');
    await expect
      .poll(() => tab.locator('[data-filing-state]').getAttribute('data-filing-state'))
      .toBe('to_submit');
    expect(await described(tab, '发文字号').textContent()).toBe(issued.docNumber);
    expect(await described(tab, '登记号').textContent()).toBe(issued.registrationNumber);

    const { dialog, reportNumber } = await buildPackage(reviewer, 'filing-package-dialog');
    expect(reportNumber).toMatch(new RegExp(`^${AGENCY_CODE}规备字〔${YEAR}〕\\d+号$`));
    recipients = (await filingOf(reviewer, adminId)).packages[0]?.recipients ?? [];
    expect(recipients.length).toBeGreaterThan(0);
    await screenshot(reviewer, 'filing-package-built', { fullPage: false });

    const [download] = await Promise.all([
      reviewer.waitForEvent('download'),
      dialog
        .locator('.ant-modal-footer')
        .getByRole('button', { name: buttonName('保存') })
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const file = join(downloads.path, download.suggestedFilename());
    await download.saveAs(file);
    await closeDialog(dialog);

    const verified = await cli(['package', 'verify', file, '--json']);
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    expect(JSON.stringify(JSON.parse(verified.stdout))).toContain(REVIEWER.displayName);
  });

  it('报送备案, 暂缓 with its 补正 clock, a corrected package sent again and 予以备案登记 → 已备案', async () => {
    const tab = reviewer.getByTestId('filing-tab');
    const state = () => tab.locator('[data-filing-state]').getAttribute('data-filing-state');
    // One recipient defers the registration; any other registers the document at once.
    const [deferredTo = '', ...others] = recipients;

    await submitFiling(reviewer, recipients);
    await expect.poll(state).toBe('awaiting');
    // The header beside the status changes at once too (the workflow stays 印发 until registered).
    await expect.poll(() => reviewer.getByTestId('filing-state').textContent()).toBe('备案：已报送待登记');
    expect(await tab.locator('[data-submission]').count()).toBe(recipients.length);
    expect(await tab.locator('[data-submission]').first().textContent()).toContain('电子报送');

    await recordOutcome(reviewer, deferredTo, /^暂缓办理备案登记/);
    for (const recipient of others) await recordOutcome(reviewer, recipient, /^予以备案登记/);
    await expect.poll(state).toBe('correction');
    await expect.poll(() => reviewer.getByTestId('filing-state').textContent()).toBe('备案：暂缓/补正中');
    const deferred = tab.locator(`[data-submission="${deferredTo}"]`);
    await deferred.getByText(/补正（纠正）期限 \d{4}-\d{2}-\d{2}/).waitFor();
    expect(await deferred.locator('[data-overdue]').textContent()).toMatch(/剩余 \d+ 个工作日/);
    expect(await described(tab, '当前期限').textContent()).toMatch(/^\d{4}-\d{2}-\d{2}剩余 \d+ 个工作日$/);
    await screenshot(reviewer, 'filing-deferred-clock');

    const corrected = await buildPackage(reviewer);
    await closeDialog(corrected.dialog);
    await submitFiling(reviewer, [deferredTo]);
    await expect.poll(state).toBe('awaiting');
    const round2 = (await filingOf(reviewer, adminId)).submissions.filter((row) => row.round === 2);
    expect(round2.map((row) => row.recipient)).toEqual([deferredTo]);

    // Every recipient still waiting for its answer is registered.
    for (const row of (await filingOf(reviewer, adminId)).submissions) {
      if (row.state === 'awaiting') await recordOutcome(reviewer, row.recipient, /^予以备案登记/);
    }
    await expect.poll(state).toBe('filed');
    expect(await tab.locator('[data-filing-state]').textContent()).toBe('已备案');
    const metadata = reviewer.locator('.ant-card').first();
    await expect.poll(() => described(metadata, '状态').textContent()).toBe('已备案');
    await screenshot(reviewer, 'filing-document-filed');
  });

  it('the 党内规范性文件 goes through the 党组会议, is issued and filed with the superior Party organ: 书面提醒', async () => {
    await openDocument(leader, PARTY_TITLE);
    partyId = documentIdOf(leader);
    await recordDeliberation(leader, '党组会议', `${YEAR}年第8次党组会议`);
    // 党内规范性文件 usually 自发布之日起施行; the profile sets no interval for them.
    await issue(leader, { channel: '政府网站', effectiveOn: TODAY });

    await openDocument(reviewer, PARTY_TITLE);
    await reviewer.getByRole('tab', { name: '备案' }).click();
    const tab = reviewer.getByTestId('filing-tab');
    const state = () => tab.locator('[data-filing-state]').getAttribute('data-filing-state');
    await expect.poll(state).toBe('to_submit');
    const { dialog } = await buildPackage(reviewer);
    await closeDialog(dialog);
    const partyRecipients = (await filingOf(reviewer, partyId)).packages[0]?.recipients ?? [];
    expect(partyRecipients).toEqual([expect.stringContaining('上级党组织')]);

    await submitFiling(reviewer, partyRecipients);
    await expect.poll(state).toBe('awaiting');
    await recordOutcome(reviewer, partyRecipients[0] ?? '', /^备案通过（书面提醒）/);
    await expect.poll(state).toBe('filed');
    await tab.locator('[data-submission]').getByText('书面提醒', { exact: true }).waitFor();
  });

  it('the 备案 page lists the submissions by state', async () => {
    await reviewer.getByRole('menuitem', { name: /备案/ }).click();
    const register = reviewer.locator('.ant-card', {
      has: reviewer.getByRole('heading', { name: '备案登记簿' }),
    });
    const rows = register.locator('.ant-table-row');
    await rows.filter({ hasText: ADMIN_TITLE }).first().waitFor();
    await rows.filter({ hasText: PARTY_TITLE }).first().waitFor();
    await screenshot(reviewer, 'filing-register');

    await register.getByRole('tab', { name: '已备案' }).click();
    const registered = rows.filter({ hasText: ADMIN_TITLE }).filter({ hasText: issued.docNumber });
    await expect.poll(() => registered.count()).toBeGreaterThan(0);
    const party = rows.filter({ hasText: PARTY_TITLE });
    await expect.poll(() => party.count()).toBe(1);
    expect(await party.textContent()).toContain('书面提醒');
    // Only 已备案 rows: the first round's 暂缓 row is under 暂缓/补正中 or 已重新报送, not here.
    await expect
      .poll(async () => (await rows.allTextContents()).every((row) => row.includes('已备案')))
      .toBe(true);
    await screenshot(reviewer, 'filing-register-filed');

    await register.getByRole('tab', { name: '待报送' }).click();
    await expect.poll(() => rows.filter({ hasText: ADMIN_TITLE }).count()).toBe(0);
    expect(await rows.filter({ hasText: PARTY_TITLE }).count()).toBe(0);
  });
});
