import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, goTo } from './support/api';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { completeSetup } from './support/flows';
import { startHost, type RunningHost } from './support/host';
import { tempDataDir } from './support/tempDir';
import { corpusBlocks } from '../support/corpus';

describe('search in a real browser', () => {
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
    // The whole 行政处罚法 (2021) as a document's first version.
    documentId = (
      await api<{ id: string }>(page, 'documents.create', {
        kind: 'admin_normative',
        title: '某区行政处罚实施办法',
        draftingUnit: '法规科',
        issuingAuthority: '某市某区人民政府',
      })
    ).id;
    const blocks = corpusBlocks('pairs/xingzhengchufafa_2021.md');
    await api(page, 'drafts.save', { documentId, blocks, revision: 0 });
    await api(page, 'versions.save', { documentId, label: '征求意见稿' });
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    dataDir.remove();
  });

  it('Ctrl+K → 罚款 → highlighted results → the reader opens at the article', async () => {
    await goTo(page, '/documents');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+k');
    const box = page.getByRole('dialog').getByLabel('搜索内容');
    await box.waitFor();
    await box.fill('罚款');
    await box.press('Enter');

    await page.waitForURL(/\/search\?q=(%E7%BD%9A%E6%AC%BE|罚款)$/);
    const card = page.locator('.nd-search-document', { hasText: '某区行政处罚实施办法' });
    await card.waitFor();
    const status = await page.getByRole('status').textContent();
    expect(status).toMatch(/找到 1 个文件，共 \d+ 处/);
    const hits = card.locator('a.nd-search-hit');
    expect(await hits.count()).toBe(5);
    for (const mark of await card.locator('mark').all()) expect(await mark.textContent()).toBe('罚款');
    const last = hits.last();
    const where = (await last.locator('.nd-search-where').textContent()) ?? '';
    expect(where).toMatch(
      /^版本正文第 1 版 · 征求意见稿 › 第[一二三四五六七八九十]+章 › 第[一二三四五六七八九十百]+条/,
    );
    await screenshot(page, 'search-results');

    // The last of the first hits is deep in the text: the reader scrolls to it and outlines it.
    const href = (await last.getAttribute('href')) ?? '';
    const blockId = new URLSearchParams(href.split('?')[1] ?? '').get('block') ?? '';
    expect(blockId).not.toBe('');
    await last.click();
    await page.waitForURL(new RegExp(`/documents/${documentId}/versions/`));
    const target = page.locator(`.nd-block-target[data-block-id="${blockId}"]`);
    await target.waitFor();
    expect(await target.textContent()).toContain('罚款');
    await expect
      .poll(() =>
        target.evaluate((element) => {
          const rect = element.getBoundingClientRect();
          return rect.top >= 0 && rect.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
    await screenshot(page, 'search-opened-at-article', { fullPage: false });
  });

  it('a search without results, and an empty search box, say so in Chinese', async () => {
    await goTo(page, '/search?q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E8%AF%8D%E8%AF%AD');
    await page.getByText('没有找到包含“不存在的词语”的内容').waitFor();
    await goTo(page, '/search');
    await page.getByText('输入要查找的文字后按回车').waitFor();
    await page.keyboard.press('Control+k');
    const box = page.getByRole('dialog').getByLabel('搜索内容');
    await box.waitFor();
    await box.press('Enter');
    await page.getByRole('dialog').getByText('请输入要搜索的文字。').waitFor();
  });
});
