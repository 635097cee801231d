import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, goTo } from './support/api';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { buttonName, completeSetup, signIn, type AdminAccount } from './support/flows';
import { startHost, type RunningHost } from './support/host';
import { tempDataDir } from './support/tempDir';

const REVIEWER: AdminAccount = { username: 'lishenhe', displayName: '李审核', password: 'password-123' };

/**
 * A 2027 schedule in the shape of the State Council's notice. The real notice is not out yet, so the
 * dates are illustrative; what matters is that 1 January 2027 (a Friday) is a day off.
 */
const HOLIDAYS_2027 = {
  year: 2027,
  holidays: [
    '2027-01-01',
    '2027-01-02',
    '2027-01-03',
    '2027-02-06',
    '2027-02-07',
    '2027-02-08',
    '2027-02-09',
    '2027-02-10',
    '2027-02-11',
    '2027-02-12',
    '2027-10-01',
    '2027-10-02',
    '2027-10-03',
    '2027-10-04',
    '2027-10-05',
    '2027-10-06',
    '2027-10-07',
  ],
  workdays: ['2027-02-20', '2027-10-09'],
};

const MISSING_2027 = '2027 年的节假日安排尚未导入，截止日按普通工作日推算，可能不准确。';

/** 15 working days from Sunday 20 December 2026, through New Year 2027. */
async function computeDeadline(page: Page): Promise<void> {
  const from = page.getByLabel('起算日');
  await from.click();
  await from.fill('2026-12-20');
  await from.press('Enter');
  await page.getByLabel('期限').fill('15');
  await page.getByRole('button', { name: /计算截止日/ }).click();
}

async function dueDate(page: Page): Promise<string> {
  return (await page.getByTestId('deadline-due').textContent()) ?? '';
}

describe('rule profile, holidays and the law library in a real browser', () => {
  const dataDir = tempDataDir();
  let host: RunningHost;
  let browser: Browser;
  let admin: Page;

  beforeAll(async () => {
    host = await startHost(dataDir.path);
    browser = await launchBrowser();
    admin = await newPage(browser);
    await admin.goto(host.url);
    await completeSetup(admin);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    dataDir.remove();
  });

  it('imports the 2027 holidays from a file, after which the deadline warning for 2027 is gone', async () => {
    await goTo(admin, '/settings?tab=holidays');
    await admin.getByText('2004–2026').waitFor();
    await computeDeadline(admin);
    await admin.getByText(MISSING_2027).waitFor();
    // Without data 1 January 2027 counts as a working day.
    expect(await dueDate(admin)).toBe('2027-01-08');
    await screenshot(admin, 'settings-holidays-missing-2027');

    await admin.getByLabel('节假日安排文件').setInputFiles({
      name: '2027年节假日安排.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(HOLIDAYS_2027, null, 2)),
    });
    await admin.getByText('2027 年', { exact: true }).waitFor();
    await admin.getByText(MISSING_2027).waitFor({ state: 'detached' });
    await admin.getByText('2027-01-11').waitFor();
    expect(await dueDate(admin)).toBe('2027-01-11');
    await screenshot(admin, 'settings-holidays-imported-2027');

    const rules = await api<{ importedHolidayYears: number[] }>(admin, 'rules.get', {});
    expect(rules.importedHolidayYears).toEqual([2027]);
  });

  it('refuses a holiday file that is not JSON with a Chinese message', async () => {
    await admin.getByLabel('节假日安排文件').setInputFiles({
      name: '节假日.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"year": 2028, "holidays": ["2028-01-01",]}'),
    });
    await admin
      .getByText(/文件“节假日.json”无法导入：不是有效的 JSON：第 1 行第 \d+ 列附近有格式错误/)
      .waitFor();
  });

  it('switches to the Shanghai-style profile after a confirmation', async () => {
    await goTo(admin, '/settings?tab=rules');
    await admin.getByText('全国通用默认规则', { exact: true }).first().waitFor();
    await admin.getByRole('combobox', { name: '选择内置规则配置' }).click();
    await admin.locator('.ant-select-item-option', { hasText: '上海市区级示例规则' }).click();
    const dialog = admin.getByRole('dialog');
    // antd keeps a hidden copy of the title for screen readers.
    await dialog.getByText('启用“上海市区级示例规则”？').filter({ visible: true }).waitFor();
    await dialog.getByRole('button', { name: buttonName('启用') }).click();
    await admin.getByText('已启用“上海市区级示例规则”').waitFor();

    await admin.locator('strong', { hasText: '上海市区级示例规则' }).waitFor();
    const registration = admin.locator('tr[data-row-key="numbering-registration"]');
    await registration.getByText('示例：徐府规〔2025〕7号').waitFor();
    expect(await registration.getByText('M 待核实').count()).toBe(1);
    await screenshot(admin, 'settings-rules-shanghai');

    const rules = await api<{ profile: { id: string }; customized: boolean }>(admin, 'rules.get', {});
    expect(rules.profile.id).toBe('shanghai-example');
    expect(rules.customized).toBe(false);
  });

  it('lets a reviewer mark a law 已废止 in the library, audited', async () => {
    await api(admin, 'users.create', { ...REVIEWER, roles: ['reviewer'] });
    const reviewer = await newPage(browser);
    await reviewer.goto(host.url);
    await signIn(reviewer, REVIEWER);
    await reviewer.getByRole('menuitem', { name: /法规库/ }).click();
    await reviewer.getByText(/^共 \d+ 件$/).waitFor();

    await reviewer.getByRole('searchbox', { name: '搜索法律法规' }).fill('海关统计条例');
    await reviewer.getByRole('searchbox', { name: '搜索法律法规' }).press('Enter');
    await reviewer.getByText('共 1 件').waitFor();
    await reviewer.getByRole('button', { name: '修改《中华人民共和国海关统计条例》的状态' }).click();
    const dialog = reviewer.getByRole('dialog');
    // A click during the dialog's opening animation can land beside the button: click until it is chosen.
    const repealed = dialog.getByRole('radio', { name: '已废止' });
    await expect
      .poll(async () => {
        if (!(await repealed.isChecked())) await dialog.getByText('已废止', { exact: true }).click();
        return repealed.isChecked();
      })
      .toBe(true);
    await dialog.getByLabel('被替代为').fill('海关统计工作管理规定');
    await dialog.getByLabel('备注').fill('端到端测试：按本地清理结果标注。');
    await dialog.getByRole('button', { name: buttonName('保存') }).click();
    // A repeal is a law change: it is recorded with its date and says which issued documents it touches.
    await dialog.getByText(/^已记录：废止，\d{4}-\d{2}-\d{2}起施行$/).waitFor();
    await dialog.getByText(/引用该法规、在此之前印发的文件 0 件/).waitFor();
    await dialog
      .locator('.ant-modal-footer')
      .getByRole('button', { name: buttonName('关闭') })
      .click();
    await dialog.waitFor({ state: 'hidden' });

    const row = reviewer.locator('tr', { hasText: '中华人民共和国海关统计条例' });
    await row.locator('.ant-tag', { hasText: '已废止' }).waitFor();
    await row.getByText('《海关统计工作管理规定》').waitFor();
    await row.getByText('本机修改').waitFor();
    await screenshot(reviewer, 'laws-reviewer-repealed');
    await reviewer.context().close();

    const found = await api<{ items: { status: string; supersededBy: string | null }[] }>(
      admin,
      'laws.search',
      { q: '海关统计条例' },
    );
    expect(found.items).toEqual([
      expect.objectContaining({ status: '已废止', supersededBy: '海关统计工作管理规定' }),
    ]);
    const audit = await api<{ items: { action: string; actorName: string | null }[] }>(admin, 'audit.list', {
      action: 'laws.mark',
    });
    expect(audit.items.map((entry) => entry.actorName)).toEqual([REVIEWER.displayName]);
  });
});
