import type { Page } from 'playwright-core';
import { findBuilderText } from '../../../src/shared/domain/builderText';

/** Counts the page's API calls in flight, so a test can wait until what a page asked for has arrived. */
export async function trackRequests(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const state = window as unknown as { __pendingRequests: number };
    state.__pendingRequests = 0;
    const original = window.fetch.bind(window);
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      state.__pendingRequests += 1;
      try {
        return await original(...args);
      } finally {
        state.__pendingRequests -= 1;
      }
    };
  });
}

/**
 * Waits until the page has settled: no request in flight, no spinner or skeleton, and the visible text
 * the same over two animation frames. Then returns that text.
 */
export async function settledText(page: Page): Promise<string> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const text = await page.evaluate(async () => {
      const frames = () =>
        new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
      const busy = () =>
        ((window as unknown as { __pendingRequests?: number }).__pendingRequests ?? 0) > 0 ||
        document.querySelector('.nd-page-spin, .ant-spin-spinning, .ant-skeleton') !== null;
      if (busy()) {
        await frames();
        return null;
      }
      const before = document.body.innerText;
      await frames();
      if (busy()) return null;
      const after = document.body.innerText;
      return before === after ? after : null;
    });
    if (text !== null) return text;
    if (Date.now() > deadline) throw new Error(`页面未能在限定时间内稳定：${page.url()}`);
  }
}

/** Builders' text on the page as it is now, one line per match: `page — kind: match`. */
export async function builderTextOn(page: Page, where: string): Promise<string[]> {
  const text = await settledText(page);
  return findBuilderText(text).map((hit) => `${where} — ${hit.kind}: ${hit.match}`);
}
