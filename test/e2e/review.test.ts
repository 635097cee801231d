import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewCaseDetail } from '../../src/shared/api';
import type { Block } from '../../src/shared/domain/blocks';
import { api, goTo } from './support/api';
import { launchBrowser, newPage, screenshot, TIME_ZONE } from './support/browser';
import { buttonName, completeSetup, signIn, type AdminAccount } from './support/flows';
import { startHost, type RunningHost } from './support/host';
import { tempDataDir } from './support/tempDir';

const PASSWORD = 'password-123';
const DRAFTER: AdminAccount = { username: 'wangqicao', displayName: '王起草', password: PASSWORD };
const REVIEWER: AdminAccount = { username: 'lishenhe', displayName: '李审核', password: PASSWORD };
const COUNSEL: AdminAccount = { username: 'zhaoguwen', displayName: '赵顾问', password: PASSWORD };
/** The bureau's head, who also keeps the documents' files (records deliberation, uploads its minutes, issues). */
const LEADER: AdminAccount = { username: 'zhoujuzhang', displayName: '周局长', password: PASSWORD };

interface DemoDocument {
  title: string;
  versions: { text: string[] }[];
}

// Document #6 of the demo workspace: a 综合统计科 rule that cites the repealed 统计法实施细则 and sets
// fines; 第七条 is worded with '处以五千元罚款' as the issue describes.
const DEMO = (
  JSON.parse(readFileSync(new URL('../../resources/demo/workspace.json', import.meta.url), 'utf8')) as {
    documents: DemoDocument[];
  }
).documents[5];
if (!DEMO) throw new Error('demo document #6 is missing');
const TITLE = DEMO.title;
const LINES = (DEMO.versions[0]?.text ?? []).map((line) =>
  line.startsWith('第七条') ? '第七条　企业迟报统计报表的，每迟报一次处以五千元罚款。' : line,
);

function blocksOf(lines: string[]): Block[] {
  return lines.map((line, index) => ({
    id: `b${index + 1}`,
    kind: index === 0 ? 'title' : 'paragraph',
    runs: [{ text: line }],
  }));
}

/** The text of a .docx as Word shows it: the runs of word/document.xml without the markup. */
async function docxText(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

async function documentXmlOf(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

function checklistItem(page: Page, elementId: string): Locator {
  return page.locator(`[data-element-id="${elementId}"]`);
}

/** The verdict button of a checklist item (its tag may show the same word). */
function verdictButton(item: Locator, label: string): Locator {
  return item.locator('label.ant-radio-button-wrapper').filter({ hasText: new RegExp(`^${label}$`) });
}

const leaderPanelIssue = (page: Page) =>
  page.getByTestId('workflow-panel').locator('button[data-event="ISSUE"]');

/** The card of a finding by its id, which stays put when the list is re-sorted. */
async function findingCard(match: Locator): Promise<Locator> {
  const id = await match.getAttribute('data-finding-id');
  if (!id) throw new Error('finding without an id');
  return match.page().locator(`[data-finding-id="${id}"]`);
}

describe('legality review in a real browser', () => {
  const dataDir = tempDataDir();
  let host: RunningHost;
  let browser: Browser;
  let drafter: Page;
  let reviewer: Page;
  let counsel: Page;
  let leader: Page;
  let documentId = '';
  let versionId = '';
  let caseId = '';

  beforeAll(async () => {
    host = await startHost(dataDir.path);
    browser = await launchBrowser();
    const admin = await newPage(browser);
    await admin.goto(host.url);
    await completeSetup(admin);
    for (const [account, role] of [
      [DRAFTER, 'drafter'],
      [REVIEWER, 'reviewer'],
      [COUNSEL, 'counsel'],
    ] as const) {
      await api(admin, 'users.create', { ...account, roles: [role] });
    }
    await api(admin, 'users.create', { ...LEADER, roles: ['leader', 'drafter'] });
    await admin.context().close();

    drafter = await newPage(browser);
    reviewer = await newPage(browser);
    counsel = await newPage(browser);
    leader = await newPage(browser);
    for (const [page, account] of [
      [drafter, DRAFTER],
      [reviewer, REVIEWER],
      [counsel, COUNSEL],
      [leader, LEADER],
    ] as const) {
      await page.goto(host.url);
      await signIn(page, account);
    }

    // The drafter writes the draft, saves a version and provides the materials the review needs.
    const document = await api<{ id: string }>(drafter, 'documents.create', {
      kind: 'admin_normative',
      title: TITLE,
      draftingUnit: '综合统计科',
      issuingAuthority: '某市某区统计局',
      // 第七条 keeps enterprises on a 失信 list out of 产业扶持资金: it touches their economic activity.
      touchesBusiness: true,
    });
    documentId = document.id;
    await api(drafter, 'drafts.save', { documentId, blocks: blocksOf(LINES), revision: 0 });
    versionId = (await api<{ id: string }>(drafter, 'versions.save', { documentId, label: '送审稿' })).id;
    await api(drafter, 'drafts.save', {
      documentId,
      part: 'explanation',
      blocks: blocksOf([
        `关于《${TITLE}》的起草说明`,
        '一、制定的必要性：近年来我区规模以上企业统计报表迟报、漏报现象时有发生。',
        '二、征求意见情况：已于2025年2月公开征求意见，共收到意见5条，采纳3条。',
      ]),
      revision: 0,
    });
    await api(drafter, 'legalBases.add', { documentId, lawTitle: '中华人民共和国统计法', article: '第七条' });
    await api(drafter, 'materials.upload', {
      documentId,
      materialKind: 'consultation',
      fileName: '征求意见情况汇总.txt',
      mediaType: 'text/plain',
      data: Buffer.from('共收到意见5条，采纳3条，未采纳2条并说明理由。').toString('base64'),
    });
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    dataDir.remove();
  });

  it('the drafter submits the version from the document page', async () => {
    await goTo(drafter, `/documents/${documentId}`);
    await drafter.getByRole('tab', { name: '审核' }).click();
    const panel = drafter.getByTestId('workflow-panel');
    await panel.locator('button[data-event="SUBMIT"]').click();
    const dialog = drafter.getByRole('dialog');
    await dialog.getByText('第 1 版 · 送审稿').waitFor();
    await dialog.getByRole('button', { name: buttonName('送审') }).click();
    await dialog.waitFor({ state: 'hidden' });
    await panel.getByRole('link', { name: '第 1 版 · 送审稿' }).waitFor();
    expect(await panel.locator('.ant-steps-item-process').textContent()).toContain('送审');
    // The reviewer's step is shown but not the drafter's to take.
    expect(await panel.locator('button[data-event="START_REVIEW"]').isDisabled()).toBe(true);
    await drafter.getByRole('tab', { name: '时间线' }).click();
    await drafter.getByText(/提交合法性审核，送审版本：第 1 版 · 送审稿/).waitFor();

    // From 送审 on the text is locked, and the drafting page says why.
    await goTo(drafter, `/documents/${documentId}/draft`);
    await drafter
      .getByText('文件已送审，合法性审核期间文本锁定；需要修改的，由审核人员退回补正后再改。')
      .waitFor();
    const editor = drafter.locator('[contenteditable][aria-label="正文"]');
    await editor.waitFor();
    expect(await editor.getAttribute('contenteditable')).toBe('false');
    expect(await drafter.getByRole('button', { name: /导入 Word/ }).count()).toBe(0);
    await screenshot(drafter, 'review-text-locked');
  });

  it('the reviewer accepts it, finds the case in 我的待办 and sees the pre-check findings', async () => {
    await goTo(reviewer, `/documents/${documentId}`);
    await reviewer.getByRole('tab', { name: '审核' }).click();
    await reviewer.getByTestId('workflow-panel').locator('button[data-event="START_REVIEW"]').click();
    const dialog = reviewer.getByRole('dialog');
    await dialog.getByText('材料齐备日期').waitFor();
    await dialog.getByRole('button', { name: /受理并开始审核/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await reviewer.getByTestId('workflow-panel').getByText('审核中').first().waitFor();

    await goTo(reviewer, '/');
    const queue = reviewer.getByTestId('my-review-queue');
    const row = queue.locator('tr[data-due]', { hasText: TITLE });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/剩余 \d+ 个工作日/);
    expect(await row.getAttribute('data-due')).toBe('normal');
    await row.getByRole('link', { name: TITLE }).click();
    await reviewer.getByRole('heading', { name: TITLE }).waitFor();
    caseId = reviewer.url().split('#/reviews/')[1] ?? '';
    expect(caseId).not.toBe('');

    const findings = reviewer.locator('[data-finding-id]');
    await findings.first().waitFor();
    // Cards are re-sorted once decided, so each is found again by its id.
    const repealed = await findingCard(findings.filter({ hasText: '中华人民共和国统计法实施细则' }).first());
    expect(await repealed.textContent()).toContain('错误');
    expect(await repealed.textContent()).toContain('第一条');
    const fine = await findingCard(findings.filter({ hasText: '五千元罚款' }).first());
    expect(await fine.textContent()).toContain('第七条');
    await screenshot(reviewer, 'review-case-findings');

    await repealed.getByRole('button', { name: buttonName('采纳') }).click();
    await expect.poll(() => repealed.getAttribute('data-state')).toBe('accepted');
    await fine.getByRole('button', { name: buttonName('采纳') }).click();
    await expect.poll(() => fine.getAttribute('data-state')).toBe('accepted');
  });

  it('the reviewer fills the checklist, suggests changes and concludes 修改后提交', async () => {
    const detail = await api<ReviewCaseDetail>(reviewer, 'reviews.get', { caseId });
    for (const item of detail.items) {
      const current = await api<ReviewCaseDetail>(reviewer, 'reviews.get', { caseId });
      const verdict = current.items.find((candidate) => candidate.element.id === item.element.id)?.verdict;
      if (verdict !== 'pending') continue;
      const card = checklistItem(reviewer, item.element.id);
      await verdictButton(card, '符合').click();
      await expect.poll(() => card.textContent()).toMatch(/\d{2}:\d{2} 保存/);
    }
    const powers = checklistItem(reviewer, 'unlawful_powers');
    await verdictButton(powers, '不符合').click();
    await expect.poll(() => powers.locator('.ant-tag-red').first().textContent()).toBe('不符合');
    const note = powers.getByRole('textbox');
    await note.fill('第七条设定罚款，超越行政规范性文件权限。');
    await note.blur();
    await expect
      .poll(async () => {
        const saved = await api<ReviewCaseDetail>(reviewer, 'reviews.get', { caseId });
        return saved.items.find((item) => item.element.id === 'unlawful_powers')?.note;
      })
      .toBe('第七条设定罚款，超越行政规范性文件权限。');

    const suggestion = reviewer.getByRole('form', { name: '添加修改建议' });
    await suggestion.getByRole('combobox').click();
    await reviewer.getByTitle(/^第七条/).click();
    await expect.poll(() => suggestion.getByLabel('条款序号').inputValue()).toBe('第七条');
    await suggestion
      .getByLabel('修改建议')
      .fill('删除本条关于罚款的规定，处罚依照《中华人民共和国统计法》执行。');
    await suggestion.getByRole('button', { name: /添加修改建议/ }).click();
    await reviewer.getByRole('cell', { name: /删除本条关于罚款的规定/ }).waitFor();

    await reviewer
      .getByLabel('总体审核意见')
      .fill('经审核，该规定第一条引用已废止的统计法实施细则，第七条设定罚款，应修改后提交。');
    await reviewer.getByRole('button', { name: /保存意见/ }).click();
    await reviewer.getByText('审核意见已保存').waitFor();

    await reviewer.getByRole('button', { name: '作出审核结论' }).click();
    const dialog = reviewer.getByRole('dialog');
    await dialog.getByText('修改后提交', { exact: true }).click();
    // The minimum period binds the sender: the reviewer is never asked why the conclusion comes early.
    expect(await dialog.getByLabel('提前作出结论的理由').count()).toBe(0);
    await dialog.getByRole('button', { name: '作出审核结论' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await reviewer.getByText('修改后提交（').waitFor();
    await screenshot(reviewer, 'review-case-concluded');
  });

  it('exports the 合法性审核意见书 as a Word document', async () => {
    const [download] = await Promise.all([
      reviewer.waitForEvent('download'),
      reviewer.getByRole('button', { name: /导出合法性审核意见书/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`关于《${TITLE}》的合法性审核意见书.docx`);
    const text = await docxText(readFileSync(await download.path()));
    expect(text).toContain(`关于《${TITLE}》的合法性审核意见`);
    expect(text).toContain('修改后提交');
    expect(text).toContain('删除本条关于罚款的规定');
    // A letter: the 文号 line waits for its number, no hash, the suggestion names its article.
    const lines = text.trimStart().split('\n');
    expect(lines[0]).toMatch(/^某统字法审〔\d{4}〕\u3000\u3000号$/);
    expect(text).not.toContain('内容哈希');
    expect(text).not.toMatch(/[0-9a-f]{12}/);
    expect(lines).toContain('第七条');
  });

  it('gives the letter its 文号 once, shows it on the case and prints it on the letter', async () => {
    await reviewer.getByRole('button', { name: '给意见书编号' }).click();
    await reviewer.locator('.ant-popconfirm').getByRole('button', { name: '确认编号' }).click();
    const number = reviewer.getByTestId('letter-number');
    await number.waitFor();
    expect(await number.textContent()).toMatch(/^某统字法审〔\d{4}〕1号$/);
    expect(await reviewer.getByRole('button', { name: '给意见书编号' }).count()).toBe(0);
    const [download] = await Promise.all([
      reviewer.waitForEvent('download'),
      reviewer.getByRole('button', { name: /导出合法性审核意见书/ }).click(),
    ]);
    const xml = await documentXmlOf(readFileSync(await download.path()));
    const first = /<w:p[ >][\s\S]*?<\/w:p>/.exec(xml)?.[0] ?? '';
    expect(first).toContain(`>${(await number.textContent()) ?? ''}</w:t>`);
    expect(first).toContain('<w:jc w:val="right"/>');
    expect(xml).not.toContain('w:val="distribute"');
    await screenshot(reviewer, 'review-letter-numbered');
  });

  it('counsel signs an opinion on the reviewed version, which goes stale with the next version', async () => {
    await goTo(counsel, `/reviews/${caseId}`);
    const panel = counsel.getByTestId('signoff-panel');
    await panel.getByRole('button', { name: /签署法律意见/ }).click();
    const dialog = counsel.getByRole('dialog');
    await dialog.getByText(/第 1 版 · 送审稿/).waitFor();
    await dialog.getByText('修改后同意').click();
    await dialog
      .getByLabel('法律意见', { exact: true })
      .fill('同意审核意见：删除第七条罚款规定并更正第一条引用后，可提交集体审议。');
    await dialog.getByLabel('登录密码').fill('not-my-password');
    await dialog.getByRole('button', { name: buttonName('签署') }).click();
    await dialog.getByText('密码不正确，未签署。').waitFor();
    await dialog.getByLabel('登录密码').fill(COUNSEL.password);
    await dialog.getByRole('button', { name: buttonName('签署') }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = panel.locator('tbody tr', { hasText: COUNSEL.displayName });
    await row.getByText('有效', { exact: true }).waitFor();
    expect(await row.textContent()).not.toContain('已过时');
    expect(await row.textContent()).toContain('第 1 版 · 送审稿');

    // The drafter changes the text and saves version 2.
    const draft = await api<{ revision: number }>(drafter, 'drafts.get', { documentId });
    const revised = LINES.filter((line) => !line.startsWith('第七条')).map((line) =>
      line.replace('《中华人民共和国统计法实施细则》', '《中华人民共和国统计法实施条例》'),
    );
    await api(drafter, 'drafts.save', { documentId, blocks: blocksOf(revised), revision: draft.revision });
    await api(drafter, 'versions.save', { documentId, label: '修改稿' });

    await counsel.reload();
    await row.getByText('已过时（文件已有新版本）').waitFor();
    expect(await row.getByText('有效', { exact: true }).count()).toBe(1);
    await screenshot(counsel, 'review-signoff-stale');

    const signoffs = await api<{ versionId: string; stale: boolean; valid: boolean }[]>(
      counsel,
      'signoffs.list',
      { documentId },
    );
    expect(signoffs).toEqual([expect.objectContaining({ versionId, stale: true, valid: true })]);
  });

  it('the reviewer confirms the revised version; the deliberation minutes uploaded on 材料 open 印发 without a reload', async () => {
    // The drafter's 修改稿 was saved in another window: this one reads the document afresh.
    await goTo(reviewer, `/documents/${documentId}`);
    await reviewer.reload();
    await reviewer.getByRole('tab', { name: '审核' }).click();
    const panel = reviewer.getByTestId('workflow-panel');
    await panel.getByText(/记录集体审议：.*应当按审核意见修改形成新版本/).waitFor();
    await panel.locator('button[data-event="CONFIRM_REVISION"]').click();
    const confirm = reviewer.getByRole('dialog');
    await confirm.getByText(/确认的版本：第 2 版 · 修改稿/).waitFor();
    await confirm.getByLabel('核对说明').fill('第七条已删除，第一条引用已更正。');
    await confirm.getByRole('button', { name: '确认已按审核意见修改' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await panel.getByRole('link', { name: '第 2 版 · 修改稿' }).waitFor();

    // The 公平竞争审查 the meeting needs (its own test is fairCompetition.test.ts).
    await api(drafter, 'fairCompetition.record', {
      documentId,
      conclusion: 'compliant',
      reviewedOn: new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date()),
    });
    await goTo(leader, `/documents/${documentId}`);
    await leader.getByRole('tab', { name: '审核' }).click();
    const leaderPanel = leader.getByTestId('workflow-panel');
    await leaderPanel.locator('button[data-event="RECORD_DELIBERATION"]').click();
    const deliberation = leader.getByRole('dialog');
    await deliberation.getByLabel('会议类型').fill('局长办公会议');
    await deliberation.getByLabel('会议名称').fill('2025年第3次局长办公会议');
    const attendees = deliberation.getByLabel('出席人员');
    for (const name of ['张局长', '李副局长']) {
      await attendees.fill(name);
      await attendees.press('Enter');
    }
    await deliberation.getByLabel('审议结果').click();
    await leader.getByTitle('审议通过').click();
    await deliberation.getByText('稍后在“材料”中上传').click();
    await deliberation.getByRole('button', { name: '记录集体审议' }).click();
    await deliberation.waitFor({ state: 'hidden' });
    const issue = leaderPanel.locator('button[data-event="ISSUE"]');
    await leaderPanel.getByText('印发：印发前应当附上：集体审议（讨论）记录。').waitFor();
    expect(await issue.isDisabled()).toBe(true);

    await leader.getByRole('tab', { name: '材料' }).click();
    const form = leader.getByRole('form', { name: '上传材料' });
    await form.getByLabel('材料类别').click();
    await leader.getByTitle('集体审议（讨论）记录').click();
    await form.locator('input[type="file"]').setInputFiles({
      name: '局长办公会议纪要.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('局长办公会议审议通过该规定。'),
    });
    await form.getByRole('button', { name: buttonName('上传') }).click();
    await leader.getByRole('cell', { name: '局长办公会议纪要.txt' }).waitFor();

    await leader.getByRole('tab', { name: '审核' }).click();
    await expect.poll(() => issue.isDisabled()).toBe(false);
    expect(await leaderPanel.getByText(/印发前应当附上/).count()).toBe(0);
    await screenshot(leader, 'review-issue-available');
  });

  it('the 负责人 signs the issuance: the dialog shows the numbers it gives, and the page shows them after', async () => {
    await leaderPanelIssue(leader).click();
    const dialog = leader.getByRole('dialog');
    // Numbered by the year of the 公布日期 the dialog proposes (today, in the browser's time zone).
    const year = (await dialog.getByLabel('公布日期').inputValue()).slice(0, 4);
    await expect.poll(() => dialog.getByLabel('发文字号').inputValue()).toBe(`某统字〔${year}〕1号`);
    expect(await dialog.getByLabel('发文字号').isDisabled()).toBe(true);
    expect(await dialog.getByLabel('登记号').inputValue()).toBe(`某统字规〔${year}〕001`);
    await dialog.getByText('机关代字“某统字”＋六角括号年份＋顺序号＋“号”，顺序号不编虚位').waitFor();
    await dialog.getByText('政府网站').click();
    await screenshot(leader, 'issue-dialog');
    await dialog.getByRole('button', { name: buttonName('印发') }).click();
    await dialog.waitFor({ state: 'hidden' });
    // The issuance's details and the 有效期 section both name the 有效期至 once the page has them.
    await leader.getByText('有效期至').first().waitFor();
    expect(await leader.getByText(`某统字规〔${year}〕001`).count()).toBeGreaterThan(0);
    await leader.getByTestId('deliberation-records').getByText('张局长、李副局长').waitFor();
  });
});
