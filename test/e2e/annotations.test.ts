import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotationThread, MaterialsOverview } from '../../src/shared/api';
import type { Block } from '../../src/shared/domain/blocks';
import { api, goTo } from './support/api';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { buttonName, completeSetup, signIn, type AdminAccount } from './support/flows';
import { startHost, type RunningHost } from './support/host';
import { tempDataDir } from './support/tempDir';
import { dragOver, selectWithRange } from './support/textSelection';
import { corpusText } from '../support/corpus';

/** One block per non-empty line of a corpus text, the first as the title; ids `${prefix}1`, … */
function lawBlocks(file: string, prefix: string, count: number): Block[] {
  return corpusText(`pairs/norm/${file}`)
    .split('\n')
    .filter((line) => line.trim())
    .slice(0, count)
    .map((line, index) => ({
      id: `${prefix}${index + 1}`,
      kind: index === 0 ? 'title' : 'paragraph',
      runs: [{ text: line.trim() }],
    }));
}

// 行政处罚法 2017 (first 40 lines) → 2021 (the same stretch: 第一章 to 第十九条). 第十五条 became 第十七条
// with the same words; 较大的市 no longer exists in the 2021 text.
const VERSION_1 = lawBlocks('xingzhengchufafa_2017.txt', 'o', 40);
const VERSION_2 = lawBlocks('xingzhengchufafa_2021.txt', 'n', 46);
const MOVED_QUOTE = '在法定职权范围内实施';
const DELETED_QUOTE = '经国务院批准的较大的市人民政府';

const PASSWORD = 'password-123';
const DRAFTER: AdminAccount = { username: 'wangqicao', displayName: '王起草', password: PASSWORD };
const REVIEWER: AdminAccount = { username: 'lishenhe', displayName: '李审核', password: PASSWORD };

function blockStartingWith(blocks: Block[], start: string): Block {
  const found = blocks.find((block) => block.runs[0]?.text.startsWith(start));
  if (!found) throw new Error(`no block starting with ${start}`);
  return found;
}

function card(page: Page, text: string) {
  return page.locator('[data-thread-id]', { hasText: text });
}

describe('annotations and materials in a real browser', () => {
  const dataDir = tempDataDir();
  let host: RunningHost;
  let browser: Browser;
  let drafter: Page;
  let reviewer: Page;
  let documentId = '';
  let version1 = '';

  beforeAll(async () => {
    host = await startHost(dataDir.path);
    browser = await launchBrowser();
    const admin = await newPage(browser);
    await admin.goto(host.url);
    await completeSetup(admin);
    for (const [account, role] of [
      [DRAFTER, 'drafter'],
      [REVIEWER, 'reviewer'],
    ] as const) {
      await api(admin, 'users.create', {
        username: account.username,
        displayName: account.displayName,
        password: account.password,
        roles: [role],
      });
    }
    await admin.context().close();

    drafter = await newPage(browser);
    await drafter.goto(host.url);
    await signIn(drafter, DRAFTER);
    reviewer = await newPage(browser);
    await reviewer.goto(host.url);
    await signIn(reviewer, REVIEWER);

    const document = await api<{ id: string }>(drafter, 'documents.create', {
      kind: 'admin_normative',
      title: '某区统计局行政处罚实施办法（修订对照）',
      draftingUnit: '法规科',
      issuingAuthority: '某市某区统计局',
    });
    documentId = document.id;
    await api(drafter, 'drafts.save', { documentId, blocks: VERSION_1, revision: 0 });
    version1 = (await api<{ id: string }>(drafter, 'versions.save', { documentId, label: '征求意见稿' })).id;
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    dataDir.remove();
  });

  it('a reviewer selects words of 第十五条 in the version viewer and starts a thread', async () => {
    await goTo(reviewer, `/documents/${documentId}`);
    await reviewer.getByRole('link', { name: '征求意见稿' }).click();
    await reviewer.getByRole('heading', { name: /第 1 版 · 征求意见稿/ }).waitFor();
    const article = blockStartingWith(VERSION_1, '第十五条');
    const title = reviewer.locator('h1[data-block-id="o1"]');
    expect(await title.textContent()).toBe('中华人民共和国行政处罚法');
    expect(await title.evaluate((element) => getComputedStyle(element).textAlign)).toBe('center');
    expect(
      await reviewer
        .locator('.nd-official-sheet')
        .evaluate((element) => getComputedStyle(element).fontFamily.split(',')[0]),
    ).toMatch(/FangSong_GB2312/);

    await dragOver(reviewer, reviewer.locator(`[data-block-id="${article.id}"]`), MOVED_QUOTE);
    await reviewer.getByRole('button', { name: '为所选文字添加批注' }).click();
    const form = reviewer.getByTestId('new-thread');
    expect(await form.locator('blockquote').textContent()).toBe(MOVED_QUOTE);
    await form.getByLabel('批注内容').fill('实施主体表述应与上位法保持一致。');
    await form.getByRole('button', { name: '发表批注' }).click();
    await card(reviewer, '实施主体表述').waitFor();
    expect(await card(reviewer, '实施主体表述').textContent()).toContain('精确定位');
    await reviewer.locator(`[data-block-id="${article.id}"] mark[data-threads]`).waitFor();

    // A second thread on words the next version deletes, through the toolbar button.
    const deleted = blockStartingWith(VERSION_1, '第十三条');
    await selectWithRange(reviewer.locator(`[data-block-id="${deleted.id}"]`), DELETED_QUOTE);
    // The toolbar button comes before the floating one in the page.
    await reviewer
      .getByRole('button', { name: /添加批注/ })
      .first()
      .click();
    await form.getByLabel('批注内容').fill('“较大的市”的表述已不再使用。');
    await form.getByRole('button', { name: '发表批注' }).click();
    await card(reviewer, '较大的市').waitFor();
    await screenshot(reviewer, 'annotations-version-1', { fullPage: false }); // the reader renders the blocks near the view

    const threads = await api<AnnotationThread[]>(reviewer, 'annotations.list', {
      documentId,
      versionId: version1,
    });
    const text = article.runs[0]?.text ?? '';
    const start = text.indexOf(MOVED_QUOTE);
    expect(threads.map((thread) => thread.originSelector)).toContainEqual({
      blockId: article.id,
      start,
      end: start + MOVED_QUOTE.length,
      exact: MOVED_QUOTE,
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(start + MOVED_QUOTE.length, start + MOVED_QUOTE.length + 32),
    });
    expect(threads.map((thread) => thread.originSelector.exact)).toContain(DELETED_QUOTE);
  });

  it('after version 2 the thread has moved to 第十七条 and the other lost its place', async () => {
    const draft = await api<{ revision: number }>(drafter, 'drafts.get', { documentId });
    await api(drafter, 'drafts.save', { documentId, blocks: VERSION_2, revision: draft.revision });
    await api(drafter, 'versions.save', { documentId, label: '送审稿' });

    // Another account saved it: load the document afresh, as a user opening it now would.
    await goTo(reviewer, `/documents/${documentId}`);
    await reviewer.reload();
    await reviewer.getByRole('link', { name: '送审稿' }).click();
    await reviewer.getByRole('heading', { name: /第 2 版 · 送审稿/ }).waitFor();
    const renumbered = blockStartingWith(VERSION_2, '第十七条');

    const moved = card(reviewer, '实施主体表述');
    await moved.waitFor();
    expect(await moved.locator('[data-anchor-status]').textContent()).toBe('已移位');
    expect(await moved.textContent()).toContain('第十七条');
    const mark = reviewer.locator(`[data-block-id="${renumbered.id}"] mark[data-threads]`);
    expect(await mark.textContent()).toBe(MOVED_QUOTE);

    const orphaned = card(reviewer, '较大的市');
    expect(await orphaned.locator('[data-anchor-status]').textContent()).toBe('已失去定位');
    expect(await orphaned.locator('del').first().textContent()).toBe(DELETED_QUOTE);
    expect(await orphaned.textContent()).toContain('已被删除或改动太大');
    expect(await reviewer.locator('mark[data-threads]').count()).toBe(1);

    // Focus runs both ways: the card lights its words, the words focus their card.
    await moved.click();
    await expect.poll(() => mark.getAttribute('class')).toContain('is-active');
    await orphaned.click();
    await mark.click();
    await expect.poll(() => moved.getAttribute('data-active')).toBe('true');
    await screenshot(reviewer, 'annotations-version-2', { fullPage: false }); // the reader renders the blocks near the view

    await orphaned.getByLabel('回复内容').fill('已在送审稿中删除，同意。');
    await orphaned.getByRole('button', { name: buttonName('回复') }).click();
    await orphaned.getByText('已在送审稿中删除，同意。').waitFor();
    await orphaned.getByRole('button', { name: /解\s*决$/ }).click();
    await reviewer.getByText('已解决 1').waitFor();
    expect(await card(reviewer, '较大的市').count()).toBe(0);
    await reviewer.getByText('已解决 1').click();
    expect(await card(reviewer, '较大的市').textContent()).toContain(`${REVIEWER.displayName} 于`);
  });

  it('beside the draft editor, threads follow the draft and a new one starts from the editor selection', async () => {
    await goTo(drafter, `/documents/${documentId}/draft`);
    const editor = drafter.locator('[contenteditable="true"]').first();
    await editor.getByText('第十八条 国家在城市管理').waitFor();
    await drafter.getByRole('tab', { name: '批注' }).click();
    // The open thread of version 1 stands in the draft (the text of version 2) on 第十七条.
    const carried = card(drafter, '实施主体表述');
    await carried.waitFor();
    expect(await carried.textContent()).toContain('第十七条');

    const quote = '相对集中行政处罚权';
    await dragOver(drafter, editor, quote);
    await drafter.getByRole('button', { name: /添加批注/ }).click();
    const form = drafter.getByTestId('new-thread');
    expect(await form.locator('blockquote').textContent()).toBe(quote);
    await form.getByLabel('批注内容').fill('请说明相对集中处罚权的范围。');
    await form.getByRole('button', { name: '发表批注' }).click();
    const created = card(drafter, '相对集中处罚权的范围');
    await created.waitFor();
    expect(await created.textContent()).toContain('第十八条');
    await screenshot(drafter, 'annotations-draft');

    const threads = await api<AnnotationThread[]>(drafter, 'annotations.list', {
      documentId,
      versionId: null,
    });
    const made = threads.find((thread) => thread.body === '请说明相对集中处罚权的范围。');
    expect(made?.originVersionId).toBeNull();
    expect(made?.originSelector.exact).toBe(quote);
    expect(made?.originSelector.blockId).toBe(blockStartingWith(VERSION_2, '第十八条').id);
  });

  it('a drafter uploads a material, sees it checked, downloads the same bytes and withdraws it', async () => {
    await goTo(drafter, `/documents/${documentId}`);
    await drafter.getByRole('tab', { name: '材料' }).click();
    const explanationRow = drafter.locator('tr', { hasText: '起草说明' }).first();
    expect(await explanationRow.locator('[data-present]').textContent()).toBe('✗ 缺少');
    expect(await explanationRow.getByRole('link').getAttribute('href')).toBe(
      `#/documents/${documentId}/draft?part=explanation`,
    );

    const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919 + (i >> 8)) % 256));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const upload = drafter.getByRole('form', { name: '上传材料' });
    await upload.getByLabel('材料类别').click();
    await drafter.getByTitle('起草说明').click();
    await upload.locator('input[type=file]').setInputFiles({
      name: '关于修订实施办法的起草说明.pdf',
      mimeType: 'application/pdf',
      buffer: bytes,
    });
    await upload.getByRole('button', { name: buttonName('上传') }).click();
    await drafter.getByText('已上传“关于修订实施办法的起草说明.pdf”').waitFor();
    await expect.poll(() => explanationRow.locator('[data-present]').textContent()).toBe('✓ 已提供');
    const fileRow = drafter.locator('tr', { hasText: '关于修订实施办法的起草说明.pdf' });
    expect(await fileRow.textContent()).toContain(sha256.slice(0, 12));
    expect(await fileRow.textContent()).toContain('293.0 KB');

    const [download] = await Promise.all([
      drafter.waitForEvent('download'),
      fileRow.getByRole('button', { name: /下载/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('关于修订实施办法的起草说明.pdf');
    const downloaded = readFileSync(await download.path());
    expect(downloaded.equals(bytes)).toBe(true);

    const bases = drafter.getByRole('form', { name: '添加制定依据' });
    await bases.getByLabel('法律法规名称').fill('《中华人民共和国行政处罚法》');
    await bases.getByLabel('条款').fill('第十七条');
    await bases.getByRole('button', { name: /添加依据/ }).click();
    await drafter.getByRole('cell', { name: '《中华人民共和国行政处罚法》' }).waitFor();
    const basisRow = drafter.locator('tr', { hasText: '制定依据' }).first();
    await expect.poll(() => basisRow.locator('[data-present]').textContent()).toBe('✓ 已提供');
    await screenshot(drafter, 'materials');

    await fileRow.getByRole('button', { name: /撤回/ }).click();
    const dialog = drafter.getByRole('dialog');
    await dialog.getByRole('button', { name: buttonName('撤回') }).click();
    await dialog.getByText('请说明撤回原因').waitFor();
    await dialog.getByLabel('撤回原因').fill('上传错了文件');
    await dialog.getByRole('button', { name: buttonName('撤回') }).click();
    await fileRow.getByText(/已于 .* 撤回/).waitFor();
    await expect.poll(() => explanationRow.locator('[data-present]').textContent()).toBe('✗ 缺少');

    const overview = await api<MaterialsOverview>(drafter, 'materials.list', { documentId });
    expect(overview.files[0]?.sha256).toBe(sha256);
    expect(overview.files[0]?.withdrawnAt).not.toBeNull();

    // The 起草说明 can also be written in the editor: the checklist opens that part of the draft.
    await explanationRow.getByRole('link').click();
    await expect.poll(() => drafter.getByRole('radio', { name: '起草说明' }).isChecked()).toBe(true);
  });
});
