import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block } from '../../src/shared/domain/blocks';
import { plainTextToBlocks } from '../../src/shared/domain/readers/plainTextToBlocks';
import { GROUP_SIZE } from '../../src/renderer/src/editor/nodes/BlockGroupNode';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { buttonName, completeSetup, signIn, type AdminAccount } from './support/flows';
import { goTo } from './support/api';
import { api, editorOf, part, savedStatus, wordFile } from './support/drafting';
import { startHost, type RunningHost } from './support/host';
import { tempDataDir } from './support/tempDir';
import { corpusText } from '../support/corpus';

const TITLE = '某区统计数据质量管理办法';
const ARTICLE_1 =
  '第一条　为了保障统计数据真实、准确、完整、及时，根据《中华人民共和国统计法》，制定本办法。';
/** About 100,000 characters: its draft as JSON is well over the 64 KiB above which saves leave the page's thread. */
const LONG_TEXT = 'pairs/norm/jianchayuanxingsuguize_2012.txt';
const ARTICLE_2 = '第二条　本办法适用于本区各级统计机构和统计调查对象。';

describe('drafting in a real browser', () => {
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
    await completeSetup(page);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    dataDir.remove();
  });

  it('drafts a text with a title, two heading levels and articles that survives a reload', async () => {
    await page.getByRole('menuitem', { name: /文件库/ }).click();
    await page.getByRole('button', { name: /登记文件/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('类别').click();
    await page.getByTitle('行政规范性文件').click();
    await dialog.getByLabel('标题').fill(TITLE);
    await dialog.getByLabel('起草单位').fill('综合统计科');
    await dialog.getByTestId('touches-business').getByText('否', { exact: true }).click();
    await dialog.getByRole('button', { name: buttonName('登记') }).click();
    await page.getByRole('heading', { name: TITLE }).waitFor();
    documentId = /#\/documents\/([^/?]+)/.exec(page.url())?.[1] ?? '';

    await page.getByRole('link', { name: /起草\/编辑正文/ }).click();
    const editor = editorOf(page);
    await editor.waitFor();
    await editor.click();
    await page.keyboard.type(TITLE);
    await page.getByRole('button', { name: '标题', exact: true }).click();
    await page.keyboard.press('Enter');
    await page.keyboard.type('一、总体要求');
    await page.keyboard.press('Control+Alt+Digit1');
    await page.keyboard.press('Enter');
    await page.keyboard.type('（一）基本原则');
    await page.getByRole('button', { name: '二级标题', exact: true }).click();
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(ARTICLE_1);
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(ARTICLE_2);
    await savedStatus(page).waitFor();
    const outline = page.getByRole('navigation', { name: '文档大纲' });
    await outline.getByText(/^第二条/).waitFor();
    await screenshot(page, 'drafting-typed');

    await page.reload();
    await editorOf(page).waitFor();
    expect(await editorOf(page).locator('h1.nd-title').textContent()).toBe(TITLE);
    expect(await editorOf(page).locator('.nd-h1').textContent()).toBe('一、总体要求');
    expect(await editorOf(page).locator('.nd-h2').textContent()).toBe('（一）基本原则');
    expect(await editorOf(page).locator('p.nd-p').allTextContents()).toEqual([ARTICLE_1, ARTICLE_2]);
    const draft = await api<{ blocks: Block[] }>(page, 'drafts.get', { documentId, part: 'main' });
    expect(draft.blocks.map((block) => [block.kind, block.level ?? null])).toEqual([
      ['title', null],
      ['heading', 1],
      ['heading', 2],
      ['paragraph', null],
      ['paragraph', null],
    ]);
    expect(new Set(draft.blocks.map((block) => block.id)).size).toBe(5);
    await outline.getByText(/^第一条/).click();
  });

  it('saves the draft as version 征求意见稿, then imports a Word file as a new version with its table', async () => {
    await page.getByRole('button', { name: /保存版本/ }).click();
    const dialog = page.getByRole('dialog', { name: '保存版本' });
    expect(await dialog.getByLabel('版本标签').inputValue()).toBe('征求意见稿');
    await dialog.getByLabel('说明').fill('首次征求意见');
    await dialog.getByRole('button', { name: buttonName('保存') }).click();
    await page.getByText('已保存“第 1 版 · 征求意见稿”').waitFor();
    await page.getByRole('tab', { name: /版本（1）/ }).click();
    await page.getByRole('listitem', { name: '第 1 版 · 征求意见稿' }).waitFor();

    // A file that only pretends to be a Word document: the API's Chinese message, and no new version.
    const fake = join(dataDir.path, '伪装的文件.docx');
    writeFileSync(fake, '这不是 Word 文件');
    await page.getByLabel('选择 Word 文件').setInputFiles(fake);
    const failed = page.getByRole('dialog', { name: /导入 Word/ });
    await failed.getByText('导入失败').waitFor();
    expect(await failed.getByText(/文件不是 Word 文档（\.docx）/).count()).toBe(1);
    await screenshot(page, 'drafting-import-refused');
    await failed
      .getByRole('button', { name: buttonName('关闭') })
      .last()
      .click();
    await failed.waitFor({ state: 'detached' });
    expect(await page.getByRole('listitem', { name: /^第 2 版/ }).count()).toBe(0);

    const file = join(dataDir.path, '某区统计数据质量管理办法（送审稿）.docx');
    writeFileSync(file, await wordFile());
    await page.getByLabel('选择 Word 文件').setInputFiles(file);
    const progress = page.getByRole('dialog', { name: /导入 Word/ });
    await progress.getByText(/已导入为“第 2 版/).waitFor();
    await screenshot(page, 'drafting-imported');
    await progress
      .getByRole('button', { name: buttonName('关闭') })
      .last()
      .click();

    // The draft continues from the imported text: headings and the table are on the page.
    await editorOf(page).locator('table.nd-table').waitFor();
    expect(await editorOf(page).locator('.nd-h1').first().textContent()).toBe('一、总则');
    const version = page.getByRole('listitem', { name: /^第 2 版/ });
    await version.waitFor();
    await version.getByRole('button', { name: buttonName('查看') }).click();
    const viewer = editorOf(page, '第 2 版正文');
    await viewer.locator('table.nd-table').waitFor();
    expect(await viewer.getAttribute('contenteditable')).toBe('false');
    expect(await viewer.locator('.nd-h1').allTextContents()).toEqual(['一、总则', '二、附则']);
    expect(await viewer.locator('td').allTextContents()).toEqual([
      '事项',
      '时限',
      '月度数据报送',
      '每月5日前',
    ]);
    expect(await viewer.locator('.nd-b').first().textContent()).toBe('保障统计数据质量');
    await screenshot(page, 'drafting-version-viewer');
    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });
  });

  it('keeps typed text as a version before an import replaces the draft, and undoes the import', async () => {
    const typed = '第九条　导入前输入、尚未保存为版本的条款。';
    await editorOf(page).locator('p.nd-p').last().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(typed);
    await expect
      .poll(async () => {
        const saved = await api<{ blocks: Block[] }>(page, 'drafts.get', { documentId, part: 'main' });
        return saved.blocks.map((block) => block.runs.map((run) => run.text).join('')).join('\n');
      })
      .toContain(typed);

    const file = join(dataDir.path, '某区统计数据质量管理办法（修改稿）.docx');
    writeFileSync(file, await wordFile());
    await page.getByLabel('选择 Word 文件').setInputFiles(file);
    const progress = page.getByRole('dialog', { name: /导入 Word/ });
    await progress.getByText(/已导入为“第 4 版/).waitFor();
    await progress.getByText('导入前草稿中尚未保存的内容已自动保存为“第 3 版 · 导入前自动保存”').waitFor();
    await screenshot(page, 'drafting-import-kept-draft');
    await editorOf(page).getByText(typed).waitFor({ state: 'detached' });
    const { versions } = await api<{ versions: { id: string; seq: number }[] }>(page, 'documents.get', {
      id: documentId,
    });
    const kept = versions.find((version) => version.seq === 3);
    const keptText = await api<{ blocks: Block[] }>(page, 'versions.get', { id: kept?.id ?? '' });
    expect(keptText.blocks.map((block) => block.runs.map((run) => run.text).join('')).join('\n')).toContain(
      typed,
    );

    await progress.getByRole('button', { name: '撤销导入' }).click();
    await progress.waitFor({ state: 'detached' });
    await page.getByText('已撤销导入，草稿已恢复为导入前的内容').waitFor();
    await editorOf(page).getByText(typed).waitFor();
    const draft = await api<{ blocks: Block[] }>(page, 'drafts.get', { documentId, part: 'main' });
    expect(draft.blocks.map((block) => block.runs.map((run) => run.text).join('')).join('\n')).toContain(
      typed,
    );
    await page.getByRole('listitem', { name: /^第 4 版/ }).waitFor();
  });

  it('shows the draft read-only, without saving, to an account that is not a drafter', async () => {
    const reviewer: AdminAccount = { username: 'lishenhe', displayName: '李审核', password: 'password-123' };
    await api(page, 'users.create', { ...reviewer, roles: ['reviewer'] });
    const other = await newPage(browser);
    await other.goto(host.url);
    await signIn(other, reviewer);
    await other.evaluate((hash) => (window.location.hash = hash), `#/documents/${documentId}/draft`);
    await editorOf(other).locator('table.nd-table').waitFor();
    expect(await editorOf(other).getAttribute('contenteditable')).toBe('false');
    await other.getByText(/只读：只有起草人员可以编辑草稿/).waitFor();
    expect(await other.getByRole('button', { name: /保存版本/ }).count()).toBe(0);
    expect(await other.getByRole('toolbar', { name: '格式工具栏' }).count()).toBe(0);
    await other.context().close();
  });

  it('stops autosaving with a clear alert when another window saved the draft, and reloads it on request', async () => {
    const before = await api<{ revision: number; blocks: Block[] }>(page, 'drafts.get', {
      documentId,
      part: 'main',
    });
    await api(page, 'drafts.save', {
      documentId,
      part: 'main',
      revision: before.revision,
      blocks: [{ id: 'other-window', kind: 'paragraph', runs: [{ text: '另一窗口保存的内容。' }] }],
    });
    await editorOf(page).locator('h1.nd-title').click();
    await page.keyboard.press('End');
    await page.keyboard.type('（修改）');
    await page.getByText('草稿已在其他窗口中被修改，本窗口的修改未能保存').waitFor();
    expect(await editorOf(page).getAttribute('contenteditable')).toBe('false');
    await screenshot(page, 'drafting-conflict');
    await page.getByRole('button', { name: '重新载入草稿' }).click();
    await editorOf(page).getByText('另一窗口保存的内容。').waitFor();
    await editorOf(page).click();
    await page.keyboard.press('End');
    await page.keyboard.type('继续编辑');
    await savedStatus(page).waitFor();
    const after = await api<{ blocks: Block[] }>(page, 'drafts.get', { documentId, part: 'main' });
    expect(after.blocks.map((block) => block.runs.map((run) => run.text).join(''))).toEqual([
      '另一窗口保存的内容。继续编辑',
    ]);
  });

  it('edits the 起草说明 as its own draft on the same page, with lists, bold text and a table', async () => {
    await part(page, '起草说明');
    const editor = editorOf(page, '起草说明');
    await editor.waitFor();
    await editor.click();
    await page.keyboard.type('关于《某区统计数据质量管理办法》的起草说明');
    await page.keyboard.press('Enter');
    await page.keyboard.type('起草依据');
    await page.keyboard.press('Control+Shift+Digit7');
    await page.keyboard.press('Enter');
    await page.keyboard.type('调研情况');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+KeyB');
    await page.keyboard.type('重点说明');
    await page.keyboard.press('Control+KeyB');
    await page.keyboard.press('Control+Alt+KeyG');
    await editor.locator('table.nd-table').waitFor();
    await savedStatus(page).waitFor();
    await screenshot(page, 'drafting-explanation');

    const saved = await api<{ blocks: Block[] }>(page, 'drafts.get', { documentId, part: 'explanation' });
    expect(saved.blocks.map((block) => [block.kind, block.ordered ?? null])).toEqual([
      ['paragraph', null],
      ['list_item', true],
      ['list_item', true],
      ['paragraph', null],
      ['table', null],
      // Lexical keeps a paragraph after a table so the caret can leave it.
      ['paragraph', null],
    ]);
    expect(saved.blocks[3]?.runs).toEqual([{ text: '重点说明', bold: true }]);
    expect(saved.blocks[4]?.rows?.map((row) => row.length)).toEqual([3, 3, 3]);

    await part(page, '正文');
    await editorOf(page).getByText('另一窗口保存的内容。继续编辑').waitFor();
    await part(page, '起草说明');
    await editorOf(page, '起草说明').locator('ol li').nth(1).waitFor();
    expect(await editorOf(page, '起草说明').locator('ol li').allTextContents()).toEqual([
      '起草依据',
      '调研情况',
    ]);

    // Reloading right after typing (before the autosave is due): the page saves on its way out.
    await editorOf(page, '起草说明').locator('p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type('（初稿）');
    await page.reload();
    await editorOf(page).waitFor();
    const after = await api<{ blocks: Block[] }>(page, 'drafts.get', { documentId, part: 'explanation' });
    expect(after.blocks[0]?.runs[0]?.text).toBe('关于《某区统计数据质量管理办法》的起草说明（初稿）');
  });

  /** A new document whose draft is the long corpus text, opened in the drafting page. */
  async function openLongDraft(title: string): Promise<{ blocks: Block[]; created: { id: string } }> {
    const blocks = plainTextToBlocks(corpusText(LONG_TEXT));
    const created = await api<{ id: string }>(page, 'documents.create', {
      kind: 'admin_normative',
      title,
      draftingUnit: '法制科',
      issuingAuthority: '某区统计局',
    });
    await api(page, 'drafts.save', { documentId: created.id, part: 'main', blocks, revision: 0 });
    await goTo(page, `/documents/${created.id}/draft`);
    // This draft's own blocks (their ids are new), not those of the long text the test before left open.
    await editorOf(page)
      .locator(`[data-block-id="${blocks.at(-1)?.id}"]`)
      .waitFor({ state: 'attached', timeout: 60_000 });
    return { blocks, created };
  }

  it('autosaves a long text (a request body over 64 KiB, sent from a worker) without losing an edit', async () => {
    const { blocks, created } = await openLongDraft('人民检察院刑事诉讼规则（长文）');
    const paragraph = editorOf(page)
      .locator('p', { hasText: /^第一百条/ })
      .first();
    await paragraph.click();
    await page.keyboard.press('End');
    await page.keyboard.type('（长文修改）');
    await savedStatus(page).waitFor();

    expect(page.workers().some((worker) => /post\.worker/.test(worker.url()))).toBe(true);
    const saved = await api<{ blocks: Block[] }>(page, 'drafts.get', {
      documentId: created.id,
      part: 'main',
    });
    expect(saved.blocks).toHaveLength(blocks.length);
    const edited = saved.blocks.find((block) => block.runs[0]?.text.startsWith('第一百条'));
    expect(edited?.runs[0]?.text).toContain('（长文修改）');
    expect(edited?.runs[0]?.text).toBe(await paragraph.textContent());
    expect(saved.blocks.map((block) => block.id)).toEqual(blocks.map((block) => block.id));
  });

  it('edits a long text across its page groups: Backspace joins two blocks over a group edge, the outline reaches the last article', async () => {
    const { blocks, created } = await openLongDraft('人民检察院刑事诉讼规则（分组编辑）');
    const textOf = (block: Block | undefined) => block?.runs.map((run) => run.text).join('') ?? '';
    const groups = editorOf(page).locator(':scope > .nd-group');
    await expect.poll(() => groups.count()).toBe(Math.ceil(blocks.length / GROUP_SIZE));

    // The first block of the second group: Home, Backspace joins it to the last block of the first.
    const edge = groups.nth(1).locator(':scope > *').first();
    expect(await edge.textContent()).toBe(textOf(blocks[GROUP_SIZE]));
    await edge.scrollIntoViewIfNeeded();
    await edge.click({ position: { x: 80, y: 8 } }); // on its first line: Home goes to the block's start
    await expect
      .poll(() => edge.evaluate((element) => element.contains(getSelection()?.anchorNode ?? null)))
      .toBe(true);
    await page.keyboard.press('Home');
    await expect.poll(() => page.evaluate(() => getSelection()?.anchorOffset)).toBe(0);
    // A person's pause between keys. Lexical takes up a caret the browser moved when the selectionchange
    // event arrives; a Backspace dispatched before that deletes at the caret it knew.
    await page.waitForTimeout(150);
    await page.keyboard.press('Backspace');
    await expect
      .poll(() => groups.first().locator(':scope > *').last().textContent())
      .toBe(textOf(blocks[GROUP_SIZE - 1]) + textOf(blocks[GROUP_SIZE]));

    // The outline's last article is thousands of blocks down, in a group the page has not laid out yet.
    const last = [...blocks]
      .reverse()
      .find((block) => /^第[零一二三四五六七八九十百千]+条/.test(textOf(block)));
    const number = /^第[零一二三四五六七八九十百千]+条/.exec(textOf(last))?.[0] ?? '';
    const outline = page.getByRole('navigation', { name: '文档大纲' });
    await outline.evaluate((element) => (element.scrollTop = element.scrollHeight));
    await outline.locator('a', { hasText: new RegExp(`^${number}`) }).click();
    const target = editorOf(page).locator(`[data-block-id="${last?.id}"]`);
    await expect
      .poll(() =>
        target.evaluate((element) => {
          const box = element.getBoundingClientRect();
          return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    await page.keyboard.type('（末条修改）');
    await savedStatus(page).waitFor();
    await screenshot(page, 'drafting-long-text-groups', { fullPage: false }); // a whole page would be 114,000 px tall

    const saved = await api<{ blocks: Block[] }>(page, 'drafts.get', {
      documentId: created.id,
      part: 'main',
    });
    expect(saved.blocks).toHaveLength(blocks.length - 1);
    expect(textOf(saved.blocks[GROUP_SIZE - 1])).toBe(
      textOf(blocks[GROUP_SIZE - 1]) + textOf(blocks[GROUP_SIZE]),
    );
    const edited = saved.blocks.find((block) => block.id === last?.id);
    expect(textOf(edited)).toBe(`（末条修改）${textOf(last)}`);

    // Select all and type: the whole text gives way to two characters; undo brings it all back.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('全文');
    await expect.poll(() => editorOf(page).textContent()).toBe('全文');
    await page.keyboard.press('Control+Z');
    await expect
      .poll(
        async () => {
          const restored = (await groups.count()) > 1;
          // The typing and the deletion before it may be two steps of the history.
          if (!restored) await page.keyboard.press('Control+Z');
          return restored;
        },
        { interval: 1000, timeout: 20_000 },
      )
      .toBe(true);
    await expect.poll(() => groups.count()).toBe(Math.ceil((blocks.length - 1) / GROUP_SIZE));
    await expect.poll(() => target.textContent()).toBe(`（末条修改）${textOf(last)}`);
  });
  it('types Chinese through an input method (composition) at the end of a group in a long text', async () => {
    const { blocks, created } = await openLongDraft('人民检察院刑事诉讼规则（输入法）');
    const textOf = (block: Block | undefined) => block?.runs.map((run) => run.text).join('') ?? '';
    const groups = editorOf(page).locator(':scope > .nd-group');
    await expect.poll(() => groups.count()).toBe(Math.ceil(blocks.length / GROUP_SIZE));
    const edge = groups.nth(2).locator(':scope > *').last();
    await edge.scrollIntoViewIfNeeded();
    const box = await edge.boundingBox();
    // On its last line: End goes to the block's end.
    await edge.click({ position: { x: (box?.width ?? 20) - 10, y: (box?.height ?? 20) - 8 } });
    await page.keyboard.press('End');
    await page.waitForTimeout(150);
    // What a pinyin input method sends: a composition updated letter by letter, then the chosen words.
    const ime = await page.context().newCDPSession(page);
    for (const letters of ['g', 'gui', 'guif', 'guifan']) {
      await ime.send('Input.imeSetComposition', {
        text: letters,
        selectionStart: letters.length,
        selectionEnd: letters.length,
      });
    }
    await ime.send('Input.insertText', { text: '规范' });
    await ime.send('Input.imeSetComposition', { text: 'wenjian', selectionStart: 7, selectionEnd: 7 });
    await ime.send('Input.insertText', { text: '文件' });
    await expect.poll(() => edge.textContent()).toBe(`${textOf(blocks[3 * GROUP_SIZE - 1])}规范文件`);
    await savedStatus(page).waitFor();
    const saved = await api<{ blocks: Block[] }>(page, 'drafts.get', {
      documentId: created.id,
      part: 'main',
    });
    expect(textOf(saved.blocks[3 * GROUP_SIZE - 1])).toBe(`${textOf(blocks[3 * GROUP_SIZE - 1])}规范文件`);
    expect(saved.blocks).toHaveLength(blocks.length);
  });
});
