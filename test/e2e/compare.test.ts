import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareVersions, type CompareResult } from '../../src/shared/compare';
import type { Block } from '../../src/shared/domain/blocks';
import { plainTextToBlocks } from '../../src/shared/domain/readers/plainTextToBlocks';
import { api } from './support/api';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { completeSetup, signIn, type AdminAccount } from './support/flows';
import { startHost, type RunningHost } from './support/host';
import { tempDataDir } from './support/tempDir';
import { corpusText } from '../support/corpus';

function corpusBlocks(path: string): Block[] {
  return plainTextToBlocks(corpusText(path));
}

// 行政处罚法 2017 → 2021: a heavy revision (new articles, renumbering, edits).
const LAW_2017 = corpusBlocks('pairs/norm/xingzhengchufafa_2017.txt');
const LAW_2021 = corpusBlocks('pairs/norm/xingzhengchufafa_2021.txt');
// 19 laws concatenated (~309,000 characters) and a copy with ~2 % scattered edits.
const LARGE_A = corpusBlocks('synthetic/synthetic_a.txt');
const LARGE_B = corpusBlocks('synthetic/synthetic_b.txt');

const DRAFTER: AdminAccount = { username: 'wangqicao', displayName: '王起草', password: 'password-123' };
const NOTE = '“或者”改为顿号；原第二款删除。';

/** A document with two saved versions, through the API (setup, not under test). */
async function documentWithVersions(page: Page, title: string, first: Block[], second: Block[]) {
  const document = await api<{ id: string }>(page, 'documents.create', {
    kind: 'admin_normative',
    title,
    draftingUnit: '法规科',
    issuingAuthority: '某市某区统计局',
  });
  await api(page, 'drafts.save', { documentId: document.id, blocks: first, revision: 0 });
  const v1 = await api<{ id: string }>(page, 'versions.save', {
    documentId: document.id,
    label: '征求意见稿',
  });
  const draft = await api<{ revision: number }>(page, 'drafts.get', { documentId: document.id });
  await api(page, 'drafts.save', { documentId: document.id, blocks: second, revision: draft.revision });
  const v2 = await api<{ id: string }>(page, 'versions.save', { documentId: document.id, label: '送审稿' });
  return { id: document.id, v1: v1.id, v2: v2.id };
}

async function goTo(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = hash), `#${route}`);
}

async function summaryTexts(page: Page): Promise<string[]> {
  return page.locator('.nd-cmp-summary-count').allTextContents();
}

function expectedSummary(result: CompareResult): string[] {
  const { summary } = result;
  return [
    `新增 ${summary.added} 条`,
    `删除 ${summary.deleted} 条`,
    `修改 ${summary.modified} 条`,
    `移动 ${summary.moved} 条`,
    `仅序号变化 ${summary.renumbered} 条`,
  ];
}

/** The .docx's main part, read back with jszip. */
async function documentXml(download: Download): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(await download.path()));
  const part = zip.file('word/document.xml');
  if (!part) throw new Error('word/document.xml missing');
  return part.async('string');
}

/** Whether the element is inside the visible part of its scroller. */
async function inSight(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((css) => {
    const element = document.querySelector(css);
    const scroller = element?.closest('.nd-cmp-scroller');
    if (!element || !scroller) return false;
    const box = element.getBoundingClientRect();
    const frame = scroller.getBoundingClientRect();
    return box.bottom > frame.top && box.top < frame.bottom;
  }, selector);
}

describe('comparing two versions in a real browser', () => {
  const dataDir = tempDataDir();
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let law = { id: '', v1: '', v2: '' };
  const expected = compareVersions(LAW_2017, LAW_2021);

  beforeAll(async () => {
    host = await startHost(dataDir.path);
    browser = await launchBrowser();
    const admin = await newPage(browser);
    await admin.goto(host.url);
    await completeSetup(admin);
    await api(admin, 'users.create', { ...DRAFTER, roles: ['drafter'] });
    await admin.context().close();
    page = await newPage(browser);
    await page.goto(host.url);
    await signIn(page, DRAFTER);
    law = await documentWithVersions(page, '某区行政处罚实施办法（修订）', LAW_2017, LAW_2021);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    dataDir.remove();
  });

  it('opens from the document page with the counts the compare engine gives in Node', async () => {
    await goTo(page, `/documents/${law.id}`);
    await page.getByRole('link', { name: /版本比对/ }).click();
    await page.locator('.nd-cmp-summary-count').first().waitFor();
    expect(await summaryTexts(page)).toEqual(expectedSummary(expected));
    expect(expected.summary.renumbered).toBeGreaterThan(0);
    expect(await page.getByText(`法律效力变化 ${expected.flags.length} 处`).count()).toBe(1);
    expect(await page.getByTestId('change-position').textContent()).toBe(`共 ${expected.changes.length} 处`);

    // Redline: real marks, underlined and struck through in the browser's own rendering.
    const redline = page.getByRole('region', { name: '修订视图' });
    const inserted = redline.locator('ins.nd-cmp-ins').first();
    const deleted = redline.locator('del.nd-cmp-del').first();
    expect(await inserted.evaluate((mark) => getComputedStyle(mark).textDecorationLine)).toBe('underline');
    expect(await deleted.evaluate((mark) => getComputedStyle(mark).textDecorationLine)).toBe('line-through');
    await screenshot(page, 'compare-redline');
  });

  it('walks the changes with the keyboard and jumps to 第十五条 → 第十七条 from the list', async () => {
    const total = expected.changes.length;
    await page.getByRole('button', { name: /下一处/ }).click();
    expect(await page.getByTestId('change-position').textContent()).toBe(`第 1 / ${total} 处`);
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('n');
    expect(await page.getByTestId('change-position').textContent()).toBe(`第 3 / ${total} 处`);

    const label = '第十五条 → 第十七条';
    const index = expected.changes.findIndex((change) => change.label === label);
    const change = expected.changes[index];
    expect(change?.kind).toBe('renumbered');
    await page.getByRole('region', { name: '变化列表' }).getByText(label).click();
    expect(await page.getByTestId('change-position').textContent()).toBe(`第 ${index + 1} / ${total} 处`);
    const row = `.nd-cmp-row[data-unit="${change?.unit}"][data-active="true"]`;
    await page.locator(row).first().waitFor();
    await expect.poll(() => inSight(page, row)).toBe(true);
    const active = page.locator(row).first();
    expect(await active.locator('[data-kind="renumbered"]').textContent()).toBe('仅序号变化');
    expect(await active.locator('del').allTextContents()).toEqual(['第十五条 ']);
    expect(await active.locator('ins').allTextContents()).toEqual(['第十七条 ']);
    await screenshot(page, 'compare-navigator');
  });

  it('lists the legal-force flags, those of whole new articles apart from edits', async () => {
    const added = expected.flags.filter((flag) => flag.scope === 'added');
    expect(added.length).toBeGreaterThan(0);
    await page.getByRole('tab', { name: /法律效力/ }).click();
    const list = page.getByRole('region', { name: '法律效力变化' });
    await list.locator('[data-scope]').first().waitFor();
    const filter = page.locator('.nd-cmp-flag-filter');
    await filter.getByText(`新增 ${added.length}`).click();
    await expect
      .poll(
        async () =>
          new Set(
            await list
              .locator('[data-scope]')
              .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-scope'))),
          ),
      )
      .toEqual(new Set(['added']));
    // The filter fits the side panel.
    const [filterBox, panelBox] = await Promise.all([
      filter.boundingBox(),
      page.locator('.nd-cmp-panel').boundingBox(),
    ]);
    expect((filterBox?.x ?? 0) + (filterBox?.width ?? 0)).toBeLessThanOrEqual(
      (panelBox?.x ?? 0) + (panelBox?.width ?? 0),
    );
    const first = added[0];
    await list.getByText(first?.message ?? '').click();
    const index = expected.changes.findIndex((change) => change.unit === first?.unit);
    expect(await page.getByTestId('change-position').textContent()).toBe(
      `第 ${index + 1} / ${expected.changes.length} 处`,
    );
    await screenshot(page, 'compare-flags');
    await page.getByRole('tab', { name: /^变化/ }).click();
  });

  it('shows the side-by-side view with both versions level', async () => {
    await page.getByText('左右对照', { exact: true }).click();
    const side = page.getByRole('region', { name: '左右对照视图' });
    await side.waitFor();
    expect(await page.getByText('原文：第 1 版 · 征求意见稿').count()).toBe(1);
    expect(await page.getByText('修改后：第 2 版 · 送审稿').count()).toBe(1);
    const row = side.locator('.nd-cmp-side-row[data-kind="modified"]').first();
    const [oldBox, newBox] = await Promise.all([
      row.locator('[data-side="old"]').boundingBox(),
      row.locator('[data-side="new"]').boundingBox(),
    ]);
    expect(oldBox?.y).toBe(newBox?.y);
    expect(oldBox && newBox && oldBox.x < newBox.x).toBe(true);
    expect(await row.locator('[data-side="old"] ins').count()).toBe(0);
    expect(await row.locator('[data-side="new"] del').count()).toBe(0);
    await screenshot(page, 'compare-side-by-side');
  });

  it('takes a 修改说明 in the 对照表 and saves it with the two versions', async () => {
    await page.getByText('修改对照表', { exact: true }).click();
    const table = page.getByRole('region', { name: '修改对照表' });
    await table.waitFor();
    expect(await page.getByRole('columnheader').allTextContents()).toEqual([
      '原条文',
      '修改后条文',
      '修改说明',
    ]);
    // The table opened on the change the navigator stands on; jump back to 第三条 from the list.
    const label = '第三条 → 第四条';
    await page.getByRole('region', { name: '变化列表' }).getByText(label).click();
    const note = page.getByLabel(`${label}的修改说明`);
    await note.fill(NOTE);
    await note.press('Tab');
    const row = table.locator('.nd-cmp-table-row', { has: note });
    await row.getByText('已保存').waitFor();
    const unit = expected.changes.find((change) => change.label === label)?.unit;
    const saved = await api<{ notes: Record<string, string>; result: { units: { noteKey: string }[] } }>(
      page,
      'compare.run',
      { documentId: law.id, fromVersionId: law.v1, toVersionId: law.v2 },
    );
    expect(saved.notes[saved.result.units[unit ?? -1]?.noteKey ?? '']).toBe(NOTE);
    await screenshot(page, 'compare-table');

    // A fresh load shows it from the database.
    await page.reload();
    await table.waitFor();
    await page.getByRole('region', { name: '变化列表' }).getByText(label).click();
    expect(await page.getByLabel(`${label}的修改说明`).inputValue()).toBe(NOTE);
  });

  it('shows the 修改说明 when whitespace and width count as differences', async () => {
    const label = '第三条 → 第四条';
    const table = page.getByRole('region', { name: '修改对照表' });
    // One switch at a time: each waits until the address holds its choice.
    await page.getByRole('switch', { name: '忽略空白' }).click();
    await expect.poll(() => page.url()).toContain('ws=0');
    await page.getByRole('switch', { name: '全半角视为相同' }).click();
    await expect.poll(() => page.url()).toMatch(/(?=.*ws=0)(?=.*width=0)/);
    await table.waitFor();
    await page.getByRole('region', { name: '变化列表' }).getByText(label).click();
    const note = page.getByLabel(`${label}的修改说明`);
    await expect.poll(() => note.inputValue()).toBe(NOTE);
    expect(await note.isDisabled()).toBe(false);
    expect(await page.getByText(/关闭这些选项后/).count()).toBe(0);

    // Back to the default options for the exports below.
    await page.getByRole('switch', { name: '忽略空白' }).click();
    await expect.poll(() => page.url()).not.toContain('ws=0');
    await page.getByRole('switch', { name: '全半角视为相同' }).click();
    await expect.poll(() => page.url()).not.toMatch(/ws=0|width=0/);
    // Leave no tooltip of the switches over the buttons above them.
    await page.mouse.move(0, 0);
    await page.getByRole('tooltip', { name: /全角与半角/ }).waitFor({ state: 'hidden' });
  });

  it('exports the tracked-changes Word file and the 对照表, which download and open', async () => {
    const [tracked] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出修订版（Word）/ }).click(),
    ]);
    expect(tracked.suggestedFilename()).toMatch(/^某区行政处罚实施办法（修订）（修订：.*）\.docx$/);
    const trackedXml = await documentXml(tracked);
    expect(trackedXml.includes('<w:ins '), 'w:ins in the tracked file').toBe(true);
    expect(trackedXml.includes('<w:del '), 'w:del in the tracked file').toBe(true);
    expect(trackedXml.includes('w:author="王起草"'), 'the author of the newer version').toBe(true);

    const [table] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /导出修改对照表（Word）/ }).click(),
    ]);
    expect(table.suggestedFilename()).toBe(
      '《某区行政处罚实施办法（修订）》修改对照表（第1版征求意见稿→第2版送审稿）.docx',
    );
    const tableXml = await documentXml(table);
    for (const text of ['原条文', '修改后条文', '修改说明', NOTE]) {
      expect(tableXml.includes(`>${text}</w:t>`), `${text} in the table`).toBe(true);
    }
    // Marked as the view on screen: deleted words struck through, added words bold and underlined.
    expect(tableXml.includes('<w:strike/>'), 'struck deleted words').toBe(true);
    expect(/<w:b\/>(?:(?!<\/w:rPr>)[\s\S])*<w:u w:val="single"\/>/.test(tableXml), 'bold underlined').toBe(
      true,
    );
    await screenshot(page, 'compare-table-exported');
  });

  it('compares a version with the current draft, where notes cannot be written', async () => {
    await goTo(page, `/documents/${law.id}`);
    const row = page.locator('tr', { hasText: '征求意见稿' });
    await row.getByRole('link', { name: '与当前草稿比对' }).click();
    await expect.poll(() => summaryTexts(page)).toEqual(expectedSummary(expected));
    expect(page.url()).toContain('to=draft');
    await page.getByText('修改对照表', { exact: true }).click();
    await page.getByText(/与草稿比对时不能填写修改说明/).waitFor();
    expect(await page.getByLabel('第三条 → 第四条的修改说明').isDisabled()).toBe(true);
  });

  it('keeps a 309,000-character comparison smooth: only the rows in sight are in the page', async () => {
    const large = await documentWithVersions(page, '十九部法律汇编（压力测试）', LARGE_A, LARGE_B);
    const result = compareVersions(LARGE_A, LARGE_B);
    expect(result.pairs.length).toBeGreaterThan(5000);

    // Long main-thread tasks from opening the comparison to walking it through the three views.
    await page.evaluate(() => {
      const record = window as unknown as { longTasks: number[] };
      record.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) record.longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    await goTo(page, `/documents/${large.id}/compare?from=${large.v1}&to=${large.v2}`);
    await expect.poll(() => summaryTexts(page), { timeout: 30_000 }).toEqual(expectedSummary(result));

    await page.keyboard.press('p');
    const total = result.changes.length;
    expect(await page.getByTestId('change-position').textContent()).toBe(`第 ${total} / ${total} 处`);
    const last = result.changes[total - 1];
    const row = `.nd-cmp-row[data-unit="${last?.unit}"][data-active="true"]`;
    await page.locator(row).first().waitFor();
    await expect.poll(() => inSight(page, row)).toBe(true);
    expect(await page.locator('.nd-cmp-row').count()).toBeLessThan(150);

    await page.getByText('左右对照', { exact: true }).click();
    await page.locator(row).first().waitFor();
    await expect.poll(() => inSight(page, row)).toBe(true);
    await page.getByText('修改对照表', { exact: true }).click();
    await page.getByRole('region', { name: '修改对照表' }).waitFor();
    expect(await page.locator('.nd-cmp-table-row').count()).toBeLessThan(60);
    await screenshot(page, 'compare-large-table');

    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    // Nothing holds the window for half a second, even on a busy two-core machine (about 100 ms here).
    expect(Math.max(0, ...longTasks)).toBeLessThan(500);
  });
});
