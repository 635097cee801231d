import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDetail, ReviewCaseDetail } from '../../src/shared/api';
import { api, goTo } from './support/api';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { completeSetup } from './support/flows';
import { startHost, type RunningHost } from './support/host';
import { builderTextOn, trackRequests } from './support/pageText';
import { tempDataDir } from './support/tempDir';

/** 设置 › 规则配置 shows where each rule value comes from (sources and confidence tags) on purpose. */
const SOURCE_PANELS = new Set(['规则配置']);

/** Tabs and segmented views visible now, in page order, that this visit has not opened yet. */
async function nextView(page: Page, opened: Set<string>) {
  for (const view of await page.$$('.ant-tabs-tab, .ant-segmented-item')) {
    const state = await view.evaluate((node) => ({
      label: (node as HTMLElement).innerText.trim(),
      visible: (node as HTMLElement).offsetParent !== null,
      disabled:
        node.classList.contains('ant-tabs-tab-disabled') ||
        node.classList.contains('ant-segmented-item-disabled'),
    }));
    if (!state.visible || state.disabled || opened.has(state.label) || SOURCE_PANELS.has(state.label))
      continue;
    return { view, label: state.label };
  }
  return null;
}

/** Opens a route and every tab and view on it; returns each piece of builders' text found. */
async function scanRoute(page: Page, route: string): Promise<string[]> {
  await goTo(page, route);
  await page.waitForFunction((hash) => window.location.hash === hash, `#${route}`);
  const found = await builderTextOn(page, route);
  const opened = new Set<string>();
  // The tab that is open already counts as opened once it has been scanned with the page.
  for (const active of await page.$$('.ant-tabs-tab-active, .ant-segmented-item-selected')) {
    opened.add((await active.innerText()).trim());
  }
  // A panel that re-renders (the draft page's tabs after the text arrives) replaces its tab nodes: a tab
  // found detached is looked up again, a few times at most.
  const detached = new Map<string, number>();
  for (let next = await nextView(page, opened); next; next = await nextView(page, opened)) {
    const { view, label } = next;
    opened.add(label);
    const clicked = await view.click({ timeout: 20_000 }).then(
      () => true,
      (error: unknown) => {
        const tries = (detached.get(label) ?? 0) + 1;
        if (!String(error).includes('not attached') || tries > 5) {
          throw new Error(`${route}：无法打开“${label}”`, { cause: error });
        }
        detached.set(label, tries);
        opened.delete(label);
        return false;
      },
    );
    if (clicked) found.push(...(await builderTextOn(page, `${route} › ${label}`)));
  }
  return found;
}

describe('no builders’ text on any page of the demo workspace', () => {
  const dataDir = tempDataDir();
  let host: RunningHost;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    host = await startHost(dataDir.path);
    browser = await launchBrowser();
    page = await newPage(browser);
    await trackRequests(page);
    await page.goto(host.url);
    // Building the demo workspace takes longer than the wizard's usual wait on a busy machine.
    await completeSetup(page, { demo: true }).catch(async (error: unknown) => {
      if (!(error instanceof Error) || error.name !== 'TimeoutError') throw error;
      await page.getByRole('button', { name: /退出登录/ }).waitFor({ timeout: 170_000 });
    });
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    dataDir.remove();
  });

  it('reports a path, a section sign, a tag or a placeholder put into a page', async () => {
    await goTo(page, '/documents');
    expect(await builderTextOn(page, '/documents')).toEqual([]);
    await page.evaluate(() => {
      const node = document.createElement('p');
      node.id = 'injected-builder-text';
      node.textContent = '依据：法规库（resources/laws/library.json）；RULES §1.3 [P]；关于{title}的通知';
      document.querySelector('main')?.append(node);
    });
    const found = await builderTextOn(page, '/documents');
    await page.evaluate(() => document.getElementById('injected-builder-text')?.remove());
    expect(found).toEqual([
      '/documents — file_path: resources/laws/library.json',
      '/documents — section_sign: §1.3',
      '/documents — bracket_tag: [P]',
      '/documents — placeholder: {title}',
    ]);
  });

  it('shows none on any page a user can reach', { timeout: 900_000 }, async () => {
    const routes = ['/', '/documents', '/review', '/filing', '/cleanup', '/stats', '/laws', '/settings'];
    const documents = await api<{ items: { id: string }[] }>(page, 'documents.list', { pageSize: 500 });
    expect(documents.items.length).toBeGreaterThan(10);
    for (const { id } of documents.items) {
      const detail = await api<DocumentDetail>(page, 'documents.get', { id });
      routes.push(`/documents/${id}`, `/documents/${id}/draft`, `/documents/${id}/compare`);
      for (const version of detail.versions) routes.push(`/documents/${id}/versions/${version.id}`);
    }
    const reviewCases = await api<{ id: string }[]>(page, 'reviews.list', {});
    expect(reviewCases.length).toBeGreaterThan(0);
    for (const { id } of reviewCases) routes.push(`/reviews/${id}`);
    const campaigns = await api<{ id: string }[]>(page, 'cleanup.list', {});
    for (const { id } of campaigns) routes.push(`/cleanup/campaigns/${id}`);

    const found: string[] = [];
    for (const route of routes) found.push(...(await scanRoute(page, route)));
    expect(found).toEqual([]);
  });

  it('explains what the notes on a basis mean beside the pre-check findings', async () => {
    const reviewCases = await api<{ id: string }[]>(page, 'reviews.list', {});
    let withFindings: string | undefined;
    for (const { id } of reviewCases) {
      const detail = await api<ReviewCaseDetail>(page, 'reviews.get', { caseId: id });
      if (detail.findings.length > 0) withFindings = id;
      if (withFindings) break;
    }
    expect(withFindings).toBeDefined();
    await goTo(page, `/reviews/${withFindings}`);
    await page.waitForFunction((hash) => window.location.hash === hash, `#/reviews/${withFindings}`);
    // The card that holds the findings is the 智能预审 panel; it is looked up afresh on every poll,
    // because the panel re-renders while the case refreshes.
    const legendText = () =>
      page.evaluate(() => {
        const finding = document.querySelector('[data-finding-id]');
        const card = finding?.closest('.ant-card');
        return card?.querySelector<HTMLElement>('[data-testid="basis-legend"]')?.innerText ?? '';
      });
    await expect.poll(legendText, { timeout: 60_000 }).toContain('外地做法');
    // The whole page: the panel re-renders while the case refreshes, so no node is held across it.
    await screenshot(page, 'screen-text-precheck-legend');
  });
});
