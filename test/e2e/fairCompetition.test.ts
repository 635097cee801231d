import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../src/shared/domain/blocks';
import { api, goTo } from './support/api';
import { launchBrowser, newPage, screenshot, TIME_ZONE } from './support/browser';
import { buttonName, completeSetup } from './support/flows';
import { startHost, type RunningHost } from './support/host';
import { tempDataDir } from './support/tempDir';

/**
 * 公平竞争审查 in a real browser: the drafter answers 涉及市场主体经济活动? 是 when registering a subsidy
 * rule; after a lawful review the 负责人 cannot record the meeting (the panel says the 公平竞争审查 is
 * missing) until the conclusion is recorded on the document's 审核 tab, and then deliberates.
 */

const TITLE = '某区数字经济企业扶持资金管理办法';
const LINES = [
  TITLE,
  '第一条　为规范区级数字经济企业扶持资金管理，根据《中华人民共和国预算法》，结合本区实际，制定本办法。',
  '第二条　对在本区新设立的数字经济企业，按其上年度研发投入的10%给予补贴，最高不超过50万元。',
  '第三条　区财政局会同区发展改革委负责扶持资金的审核和拨付。',
  '第四条　本办法自印发之日起施行。',
];
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());

function blocksOf(lines: string[]): Block[] {
  return lines.map((line, index) => ({
    id: `b${index + 1}`,
    kind: index === 0 ? 'title' : 'paragraph',
    runs: [{ text: line }],
  }));
}

describe('公平竞争审查 before 集体审议, in a real browser', () => {
  const dataDir = tempDataDir();
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let documentId = '';

  beforeAll(async () => {
    host = await startHost(dataDir.path);
    browser = await launchBrowser();
    page = await newPage(browser);
    await page.goto(host.url);
    await page.getByText('NormDesk 初始设置').waitFor();
    // The administrator holds every role: drafter, reviewer and 负责人 in one.
    await completeSetup(page);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    dataDir.remove();
  });

  it('asks 涉及市场主体经济活动? on registration and keeps the answer 是', async () => {
    await page.getByRole('menuitem', { name: /文件库/ }).click();
    await page.getByRole('button', { name: /登记文件/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('类别').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '行政规范性文件' })
      .click();
    await dialog.getByText('涉及市场主体经济活动？').waitFor();
    await dialog.getByText(/审查结论登记前不能提交集体审议/).waitFor();
    await dialog.getByLabel('标题').fill(TITLE);
    await dialog.getByLabel('起草单位').fill('法制科');
    await dialog.getByRole('button', { name: buttonName('登记') }).click();
    // Unanswered, the dialog says what is missing.
    await dialog.getByText('请回答是否涉及市场主体经济活动').waitFor();
    await dialog.getByTestId('touches-business').getByText('是', { exact: true }).click();
    await dialog.getByRole('button', { name: buttonName('登记') }).click();
    await page.getByRole('heading', { name: TITLE }).waitFor();
    documentId = /\/documents\/([^/?#]+)/.exec(page.url())?.[1] ?? '';
    expect(documentId).not.toBe('');
    const view = await api<{ answer: { touchesBusiness: boolean } | null }>(page, 'fairCompetition.get', {
      documentId,
    });
    expect(view.answer?.touchesBusiness).toBe(true);
  });

  it('refuses 集体审议 until the 公平竞争审查 is recorded, then deliberates', async () => {
    // Drafting and the review are not what this test is about: through the API, as the admin's roles allow.
    await api(page, 'drafts.save', { documentId, blocks: blocksOf(LINES), revision: 0 });
    const version = await api<{ id: string }>(page, 'versions.save', { documentId, label: '送审稿' });
    await api(page, 'drafts.save', {
      documentId,
      part: 'explanation',
      blocks: blocksOf([`关于《${TITLE}》的起草说明`, '一、制定的必要性']),
      revision: 0,
    });
    await api(page, 'legalBases.add', { documentId, lawTitle: '中华人民共和国预算法' });
    for (const [materialKind, fileName] of [
      ['consultation', '征求意见及采纳情况.txt'],
      ['fair_competition', '公平竞争审查结论.txt'],
    ] as const) {
      await api(page, 'materials.upload', {
        documentId,
        materialKind,
        fileName,
        mediaType: 'text/plain',
        data: Buffer.from(fileName).toString('base64'),
      });
    }
    for (const event of [
      { type: 'SUBMIT', versionId: version.id },
      { type: 'START_REVIEW' },
      { type: 'CONCLUDE_REVIEW', conclusion: 'LAWFUL', shortenedReason: '内容简单，提前完成审核' },
    ]) {
      await api(page, 'workflow.transition', { documentId, event });
    }

    await goTo(page, `/documents/${documentId}`);
    await page.getByRole('tab', { name: '审核' }).click();
    const panel = page.getByTestId('workflow-panel');
    const deliberate = panel.locator('button[data-event="RECORD_DELIBERATION"]');
    await expect.poll(() => deliberate.isDisabled(), { timeout: 30_000 }).toBe(true);
    await panel
      .locator('[data-blocked-reason]')
      .getByText(
        '记录集体审议：文件涉及市场主体经济活动：提交集体审议前应当完成公平竞争审查并登记审查结论（公平竞争审查条例第十八条），尚未登记公平竞争审查。',
      )
      .waitFor();
    await screenshot(page, 'fair-competition-blocked');

    const card = page.getByTestId('fair-competition');
    await card.getByText('尚未登记公平竞争审查结论').waitFor();
    await card.getByTestId('record-fair-competition').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('符合公平竞争审查标准', { exact: true }).click();
    await dialog.getByLabel('说明').fill('补贴面向全部新设立的数字经济企业，不区分所有制和注册地。');
    await dialog.getByLabel('审查结论文件').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '公平竞争审查结论.txt' })
      .click();
    await dialog.getByRole('button', { name: buttonName('登记') }).click();
    await dialog.waitFor({ state: 'hidden' });
    const conclusion = card.getByTestId('fair-competition-conclusion');
    await conclusion.getByText('符合公平竞争审查标准').waitFor();
    await conclusion.getByText('公平竞争审查结论.txt').waitFor();

    await expect.poll(() => deliberate.isDisabled(), { timeout: 30_000 }).toBe(false);
    await deliberate.click();
    const meeting = page.getByRole('dialog');
    await meeting.getByLabel('会议类型').fill('局务会议');
    await meeting.getByLabel('会议名称').fill('2026年第5次局务会议');
    const attendees = meeting.getByLabel('出席人员');
    await attendees.fill('张三');
    await attendees.press('Enter');
    await meeting.getByLabel('审议结果').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^审议通过$/ })
      .click();
    await meeting.locator('input[type="file"]').setInputFiles({
      name: '2026年第5次局务会议纪要.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('会议审议通过该办法。'),
    });
    await meeting.getByText('2026年第5次局务会议纪要.txt').waitFor();
    await meeting.getByRole('button', { name: '记录集体审议' }).click();
    await meeting.waitFor({ state: 'hidden' });
    await panel.getByText('集体审议', { exact: true }).first().waitFor();
    const workflow = await api<{ state: string }>(page, 'workflow.get', { documentId });
    expect(workflow.state).toBe('deliberated');

    await page.getByRole('tab', { name: '时间线' }).click();
    await page.getByText(`${TODAY} 审查结论：符合公平竞争审查标准。`, { exact: false }).waitFor();
    await screenshot(page, 'fair-competition-deliberated');
  });
});
