import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const SCREENSHOT_DIR = `${ROOT}test-results/e2e`;
/**
 * The pages' time zone. The host runs in it too (support/host.ts): the app counts days in the
 * workstation's local time, and on a real workstation the browser and the server share one clock.
 */
export const TIME_ZONE = 'Asia/Shanghai';

/** Debian's Chromium with the flags that work in containers and CI (see STACK.md). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh page (own cookies) sized like a typical office monitor, in Chinese. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: TIME_ZONE,
  });
  return context.newPage();
}

export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // A whole page is drawn as scrolled: sticky bars (the editor's toolbar) would show where the scroll left
  // them, over the text. From the top, they show where they belong.
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  // Content the browser skips while off screen (content-visibility: auto) is drawn a frame after it
  // comes into view: two frames, and what is in view has been drawn.
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage, animations: 'disabled' });
}
