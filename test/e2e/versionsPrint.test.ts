import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainTextToBlocks } from '../../src/shared/domain/readers/plainTextToBlocks';
import { corpusText } from '../support/corpus';
import { api, goTo } from './support/api';
import { launchBrowser, newPage, SCREENSHOT_DIR, screenshot } from './support/browser';
import { completeSetup, signIn, type AdminAccount } from './support/flows';
import { startHost, type RunningHost } from './support/host';
import { readPdf } from './support/pdfText';
import { tempDataDir } from './support/tempDir';

let n = 0;
const LAW = plainTextToBlocks(corpusText('pairs/norm/daoluyunshutiaoli_2019.txt'), {
  nextId: () => `b${++n}`,
});

const DRAFTER: AdminAccount = { username: 'wangqicao', displayName: '王起草', password: 'password-123' };

/** A4 in PostScript points (210 × 297 mm). */
const A4 = [595.3, 841.9];

describe('export and print any version', () => {
  const dataDir = tempDataDir();
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let documentId = '';
  let versionId = '';

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
    const document = await api<{ id: string }>(page, 'documents.create', {
      kind: 'admin_normative',
      title: '中华人民共和国道路运输条例',
      draftingUnit: '法制科',
      issuingAuthority: '某市某区统计局',
    });
    documentId = document.id;
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    dataDir.remove();
  });

  async function saveLawVersion(): Promise<void> {
    if (versionId) return;
    await api(page, 'drafts.save', { documentId, blocks: LAW, revision: 0 });
    versionId = (await api<{ id: string }>(page, 'versions.save', { documentId, label: '送审稿' })).id;
  }

  it('the print view of a long law prints on A4 pages, more than one, each numbered — n —', async () => {
    await saveLawVersion();
    await goTo(page, `/documents/${documentId}/versions/${versionId}`);
    await page.getByRole('button', { name: '打印' }).click();
    const sheet = page.getByRole('article', { name: '打印正文' });
    await sheet.waitFor();
    await page.getByText('第七十条', { exact: false }).first().waitFor();
    // Only the document: no navigation or header of the app around it.
    expect(await page.locator('.nd-sider').count()).toBe(0);
    await screenshot(page, 'versions-print-view', { fullPage: false });

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
    await page.emulateMedia({ media: 'screen' });
    writeFileSync(`${SCREENSHOT_DIR}/versions-print-view.pdf`, pdf);
    const read = readPdf(pdf);
    expect(read.pageCount).toBeGreaterThan(5);
    expect(read.mediaBoxes.length).toBeGreaterThan(0);
    for (const [width, height] of read.mediaBoxes) {
      expect(Math.abs(width - (A4[0] ?? 0))).toBeLessThan(2);
      expect(Math.abs(height - (A4[1] ?? 0))).toBeLessThan(2);
    }
    const text = read.texts.map((shown) => shown.replace(/\s+/g, '')).join('\n');
    expect(text).toContain('—1—');
    expect(text).toContain('—2—');
    expect(text).toContain(`—${read.pageCount}—`);
    expect(text).toContain('道路运输');
  });

  it('the version page fits its A4 page in a 1366 × 768 window without a horizontal scrollbar', async () => {
    await saveLawVersion();
    await page.setViewportSize({ width: 1366, height: 768 });
    await goTo(page, `/documents/${documentId}/versions/${versionId}`);
    await page.getByRole('heading', { name: /第 1 版 · 送审稿/ }).waitFor();
    const sheet = page.getByRole('article', { name: '正文' });
    await sheet.waitFor();
    await page.getByText('第一条', { exact: false }).first().waitFor();
    const box = await sheet.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1366);
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    const overflow = await page.evaluate(() => ({
      body: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      desk: (() => {
        const desk = document.querySelector('.nd-official-desk');
        return desk ? desk.scrollWidth - desk.clientWidth : 0;
      })(),
    }));
    expect(overflow.body).toBeLessThanOrEqual(0);
    expect(overflow.desk).toBeLessThanOrEqual(0);
    // The header's buttons are one size.
    const heights = await page
      .locator('.ant-card')
      .first()
      .locator('button.ant-btn')
      .evaluateAll((buttons) => buttons.map((button) => Math.round(button.getBoundingClientRect().height)));
    expect(heights.length).toBeGreaterThanOrEqual(2);
    expect(new Set(heights).size).toBe(1);
    await screenshot(page, 'versions-page-1366', { fullPage: false });
  });

  it('导出 Word on the version page downloads 《标题》第1版（date）.docx', async () => {
    await saveLawVersion();
    await page.setViewportSize({ width: 1440, height: 900 });
    await goTo(page, `/documents/${documentId}/versions/${versionId}`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Word' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(
      /^《中华人民共和国道路运输条例》第1版（\d{4}-\d{2}-\d{2}）\.docx$/,
    );
  });
});
