import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../src/shared/domain/blocks';
import { api, goTo } from './support/api';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { completeSetup, signIn, type AdminAccount } from './support/flows';
import { startHost, type RunningHost } from './support/host';
import { tempDataDir } from './support/tempDir';

/**
 * 重大行政决策 in a real browser: the meeting (集体讨论决定) is refused until a 法律顾问/公职律师 opinion is
 * recorded (重大行政决策程序暂行条例第二十八条), refused again on a 不同意 opinion, and allowed once the
 * reviewer records why it goes forward with the legal risk stated (第二十五条).
 */

const PASSWORD = 'password-123';
const DRAFTER: AdminAccount = { username: 'wangqicao', displayName: '王起草', password: PASSWORD };
const REVIEWER: AdminAccount = { username: 'lishenhe', displayName: '李审核', password: PASSWORD };
const LEADER: AdminAccount = { username: 'zhoujuzhang', displayName: '周局长', password: PASSWORD };
const TITLE = '某区关于全面推行规模以上企业电子统计台账的实施方案';
const REASON = '电子统计台账属于国家尚无明确规定的探索性改革决策事项';
const RISK = '要求企业使用电子台账可能被认定为增加企业义务，存在被要求纠正的风险';

function blocksOf(lines: string[]): Block[] {
  return lines.map((line, index) => ({
    id: `b${index + 1}`,
    kind: index === 0 ? 'title' : 'paragraph',
    runs: [{ text: line }],
  }));
}

/** An ISO day `days` before today (UTC), far enough back to be in the past in any time zone. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

const panelOf = (page: Page) => page.getByTestId('workflow-panel');
const meetingButton = (page: Page) => panelOf(page).locator('button[data-event="RECORD_DELIBERATION"]');

async function openReviewTab(page: Page, documentId: string): Promise<void> {
  await goTo(page, `/documents/${documentId}`);
  await page.reload();
  await page.getByRole('tab', { name: '审核' }).click();
  await panelOf(page).waitFor();
}

describe('重大行政决策: 法律顾问意见 before 集体讨论决定', () => {
  const dataDir = tempDataDir();
  let host: RunningHost;
  let browser: Browser;
  let reviewer: Page;
  let leader: Page;
  let documentId = '';

  beforeAll(async () => {
    host = await startHost(dataDir.path);
    browser = await launchBrowser();
    const admin = await newPage(browser);
    await admin.goto(host.url);
    await completeSetup(admin);
    await api(admin, 'users.create', { ...DRAFTER, roles: ['drafter'] });
    await api(admin, 'users.create', { ...REVIEWER, roles: ['reviewer'] });
    await api(admin, 'users.create', { ...LEADER, roles: ['leader'] });
    await admin.context().close();

    const drafter = await newPage(browser);
    reviewer = await newPage(browser);
    leader = await newPage(browser);
    for (const [page, account] of [
      [drafter, DRAFTER],
      [reviewer, REVIEWER],
      [leader, LEADER],
    ] as const) {
      await page.goto(host.url);
      await signIn(page, account);
    }

    // Drafted with its procedures done and reviewed lawful: everything but the 法律顾问's opinion.
    documentId = (
      await api<{ id: string }>(drafter, 'documents.create', {
        kind: 'major_decision',
        title: TITLE,
        draftingUnit: '工业统计科',
        issuingAuthority: '某市某区统计局',
      })
    ).id;
    await api(drafter, 'drafts.save', {
      documentId,
      blocks: blocksOf([
        TITLE,
        '为夯实统计基层基础，从源头上提高统计数据质量，根据《中华人民共和国统计法》，制定本方案。',
        '一、由区统计局免费向规模以上企业提供电子统计台账工具，不向企业收取任何费用。',
      ]),
      revision: 0,
    });
    const versionId = (await api<{ id: string }>(drafter, 'versions.save', { documentId, label: '送审稿' }))
      .id;
    await api(drafter, 'legalBases.add', { documentId, lawTitle: '中华人民共和国统计法' });
    for (const [materialKind, fileName] of [
      ['drafting_explanation', '起草说明.txt'],
      ['public_participation', '征求意见情况及采纳说明.txt'],
      ['expert_opinion', '专家论证意见.txt'],
    ] as const) {
      await api(drafter, 'materials.upload', {
        documentId,
        materialKind,
        fileName,
        mediaType: 'text/plain',
        data: Buffer.from(fileName).toString('base64'),
      });
    }
    const step = (page: Page, event: Record<string, unknown>) =>
      api(page, 'workflow.transition', { documentId, event });
    await step(drafter, {
      type: 'RECORD_PROCEDURE',
      procedure: 'public_participation',
      commentPeriod: { from: daysAgo(34), to: daysAgo(2) },
    });
    await step(drafter, { type: 'RECORD_PROCEDURE', procedure: 'expert_argument' });
    await step(drafter, {
      type: 'RECORD_PROCEDURE',
      procedure: 'risk_assessment',
      notApplicableReason: '免费提供工具，不影响社会稳定和公共安全',
    });
    await step(drafter, { type: 'SUBMIT', versionId, versionLabel: '送审稿' });
    await step(reviewer, { type: 'START_REVIEW' });
    await step(reviewer, {
      type: 'CONCLUDE_REVIEW',
      conclusion: 'LAWFUL',
      shortenedReason: '决策事项简单明确，提前完成审查',
    });
    await drafter.context().close();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    dataDir.remove();
  });

  it('refuses the meeting without the 法律顾问 opinion and names the missing step', async () => {
    await openReviewTab(leader, documentId);
    const panel = panelOf(leader);
    await panel
      .getByText(/记录集体讨论决定：尚未登记法律顾问、公职律师的法律意见，不得提交集体讨论决定/)
      .waitFor();
    expect(await meetingButton(leader).isDisabled()).toBe(true);
    const review = panel.locator('[data-procedure="legality_review"]');
    await review.getByText('✗ 法律顾问、公职律师法律意见（尚未具备）').waitFor();
    expect(await panel.locator('[data-procedure="risk_assessment"]').getAttribute('data-state')).toBe(
      'not_applicable',
    );
    await screenshot(leader, 'major-decision-no-legal-opinion');
  });

  it('refuses it again on a 不同意 opinion', async () => {
    await openReviewTab(reviewer, documentId);
    await panelOf(reviewer).locator('button[data-event="RECORD_LEGAL_OPINION"]').click();
    const dialog = reviewer.getByRole('dialog');
    await dialog.getByText('公职律师', { exact: true }).click();
    await dialog.getByLabel('姓名').fill('吴敏');
    await dialog.getByText('不同意（认为不合法）', { exact: true }).click();
    await dialog.getByText(/认为不合法的，不得提交集体讨论决定/).waitFor();
    await dialog.getByLabel('意见内容').fill('方案要求企业使用电子台账，缺乏法律、法规依据。');
    await dialog.getByRole('button', { name: '登记法律顾问意见' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await panelOf(reviewer).locator('button[data-event="ACCEPT_LEGAL_RISK"]').waitFor();

    await openReviewTab(leader, documentId);
    await panelOf(leader)
      .getByText(
        /公职律师吴敏（\d{4}-\d{2}-\d{2}）：不同意（认为不合法），认为不合法的，不得提交集体讨论决定/,
      )
      .waitFor();
    expect(await meetingButton(leader).isDisabled()).toBe(true);
  });

  it('allows it once the reviewer states why it goes forward and the legal risk', async () => {
    await panelOf(reviewer).locator('button[data-event="ACCEPT_LEGAL_RISK"]').click();
    const dialog = reviewer.getByRole('dialog');
    await dialog.getByLabel('提交讨论的理由').fill(REASON);
    await dialog.getByRole('button', { name: '明示法律风险后提交讨论' }).click();
    await dialog.getByText('请填写法律风险').waitFor();
    await dialog.getByLabel('法律风险', { exact: true }).fill(RISK);
    await dialog.getByRole('button', { name: '明示法律风险后提交讨论' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await panelOf(reviewer).locator('button[data-event="ACCEPT_LEGAL_RISK"]').count()).toBe(0);

    await openReviewTab(leader, documentId);
    const panel = panelOf(leader);
    await panel.getByText(`法律风险：${RISK}`, { exact: false }).first().waitFor();
    await meetingButton(leader).click();
    const meeting = leader.getByRole('dialog');
    await meeting.getByLabel('会议类型').fill('局长办公会议');
    await meeting.getByLabel('会议名称').fill('局长办公会议第8次会议');
    const attendees = meeting.getByLabel('出席人员');
    for (const name of ['周局长', '李副局长']) {
      await attendees.fill(name);
      await attendees.press('Enter');
    }
    await meeting.getByLabel('审议结果').click();
    await leader.getByTitle('审议通过').click();
    await meeting.getByText('稍后在“材料”中上传').click();
    await meeting.getByRole('button', { name: '记录集体讨论决定' }).click();
    await meeting.waitFor({ state: 'hidden' });
    await panel.locator('[data-procedure="collective_decision"][data-state="done"]').waitFor();
    await leader
      .getByText(new RegExp(`法律顾问、公职律师法律意见：公职律师吴敏.*法律风险：${RISK}`))
      .first()
      .waitFor();
    await screenshot(leader, 'major-decision-deliberated-with-legal-risk');

    await leader.getByRole('tab', { name: '时间线' }).click();
    await leader.getByText(`明示的法律风险：${RISK}`, { exact: false }).waitFor();
  });
});
