import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleItemsDocx } from '../support/wordListDocx';
import { goTo } from './support/api';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { api, editorOf } from './support/drafting';
import { buttonName, completeSetup } from './support/flows';
import { startHost, type RunningHost } from './support/host';
import { tempDataDir } from './support/tempDir';

const TITLE = '某区统计调查项目审批管理办法';

describe('a Word file whose article has numbered-list items, imported in a real browser', () => {
  const dataDir = tempDataDir();
  let host: RunningHost;
  let browser: Browser;
  let page: Page;

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

  it('shows （一）（二）（三） as 项 in 第五条 and 第六条 at the level of 第五条 in the outline', async () => {
    const document = await api<{ id: string }>(page, 'documents.create', {
      kind: 'admin_normative',
      title: TITLE,
      draftingUnit: '综合统计科',
      issuingAuthority: '某市某区统计局',
    });
    await goTo(page, `/documents/${document.id}/draft`);
    await editorOf(page).waitFor();

    const file = join(dataDir.path, `${TITLE}.docx`);
    writeFileSync(file, await articleItemsDocx('numbered'));
    await page.getByLabel('选择 Word 文件').setInputFiles(file);
    const progress = page.getByRole('dialog', { name: /导入 Word/ });
    await progress.getByText(/已导入为“第 1 版/).waitFor();
    await progress
      .getByRole('button', { name: buttonName('关闭') })
      .last()
      .click();
    await progress.waitFor({ state: 'detached' });

    // The items keep the numbers Word drew for them and are body paragraphs, not level-2 headings.
    const editor = editorOf(page);
    await editor.getByText('（三）部门职责依据。').waitFor();
    expect(await editor.locator('.nd-h2').count()).toBe(0);
    expect(await editor.locator('p.nd-p', { hasText: '（一）项目申请书；' }).count()).toBe(1);

    const outline = page.getByRole('navigation', { name: '文档大纲' });
    await outline.getByText(/^第七条/).waitFor();
    const lines = await outline.locator('a').evaluateAll((links) =>
      links.map((link) => ({
        label: link.textContent ?? '',
        indent: (link as HTMLElement).style.paddingLeft,
      })),
    );
    expect(lines.map((line) => line.label.slice(0, 3))).toEqual([
      '某区统',
      '第四条',
      '第五条',
      '第六条',
      '第七条',
    ]);
    const indentOf = (start: string) => lines.find((line) => line.label.startsWith(start))?.indent;
    expect(indentOf('第六条')).toBe(indentOf('第五条'));
    expect(indentOf('第七条')).toBe(indentOf('第四条'));
    await screenshot(page, 'word-list-items-outline');
  });
});
