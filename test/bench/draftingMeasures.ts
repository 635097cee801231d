import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { newPage } from '../e2e/support/browser';

export const KEYSTROKES = 100;

export interface OpenTiming {
  painted: number;
  settled: number;
  draftLoaded: number;
}

type Timings = { ndPaintedAt?: number; ndSettledAt?: number; ndLatencies: number[] };

/**
 * Navigation start → the whole text in the editor and the next frame rendered: an observer installed
 * before the page's scripts notes when the page's last block is in the DOM, then waits for a frame.
 */
export async function openDraft(page: Page, url: string, expectedBlocks: number): Promise<OpenTiming> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as Timings).ndSettledAt !== undefined, null, {
    timeout: 60_000,
  });
  const timing = await page.evaluate(() => {
    const draft = performance
      .getEntriesByType('resource')
      .find((entry) => entry.name.endsWith('/api/drafts.get')) as PerformanceResourceTiming | undefined;
    const marks = window as unknown as Timings;
    return {
      painted: marks.ndPaintedAt ?? Number.NaN,
      settled: marks.ndSettledAt ?? Number.NaN,
      draftLoaded: draft?.responseEnd ?? Number.NaN,
    };
  });
  const count = await page.locator('[contenteditable][aria-label="正文"] > *').count();
  expect(count).toBe(expectedBlocks);
  return timing;
}

/**
 * In the running app: a click on 起草/编辑正文 on the document page → the whole text in the editor and
 * the next frame drawn. The page's code is cached after the first time, as in a working session.
 */
export async function openFromDocumentPage(
  page: Page,
  documentId: string,
  expectedBlocks: number,
): Promise<number> {
  await page.evaluate((hash) => (window.location.hash = hash), `#/documents/${documentId}`);
  const button = page.getByRole('link', { name: /起草\/编辑正文/ });
  await button.waitFor();
  await page.evaluate((expected) => {
    const marks = window as unknown as Timings & { ndClickedAt?: number; ndOpenedAt?: number };
    delete marks.ndOpenedAt;
    document.addEventListener('click', () => (marks.ndClickedAt = performance.now()), {
      capture: true,
      once: true,
    });
    const observer = new MutationObserver(() => {
      const editor = document.querySelector('[contenteditable][aria-label="正文"]');
      if (!editor || editor.childElementCount < expected) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (marks.ndOpenedAt = performance.now());
        channel.port2.postMessage(0);
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  }, expectedBlocks);
  await button.click();
  await page.waitForFunction(
    () => (window as unknown as { ndOpenedAt?: number }).ndOpenedAt !== undefined,
    null,
    {
      timeout: 60_000,
    },
  );
  return page.evaluate(() => {
    const marks = window as unknown as { ndClickedAt: number; ndOpenedAt: number };
    return marks.ndOpenedAt - marks.ndClickedAt;
  });
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
export const TYPED = Array.from({ length: KEYSTROKES }, (_, index) => LETTERS[index % LETTERS.length]).join(
  '',
);

/** Types TYPED one key every 40 ms and returns the latencies the page recorded in window.ndLatencies. */
export async function typeAndMeasure(on: Page): Promise<number[]> {
  await on.keyboard.type(TYPED, { delay: 40 });
  await on.waitForFunction((count) => (window as unknown as Timings).ndLatencies.length >= count, KEYSTROKES);
  return on.evaluate(() => (window as unknown as Timings).ndLatencies);
}

/**
 * The same measure in a plain contenteditable holding the same paragraphs, without any editor: what the
 * browser itself costs per keystroke in a text this long on this machine.
 */
export async function nativeBaseline(browser: Browser, paragraphs: string[]): Promise<number[]> {
  const plain = await newPage(browser);
  await plain.setContent(
    '<style>body{background:#e8e8e8}div{width:156mm;margin:0 auto;padding:37mm 26mm 35mm 28mm;' +
      'background:#fff;font:16pt/29pt serif;white-space:pre-wrap;word-break:break-all;outline:none}' +
      'p{margin:0;text-indent:2em}</style><div contenteditable="true" spellcheck="false"></div>',
  );
  await plain.evaluate((lines) => {
    const root = document.querySelector('div') as HTMLElement;
    for (const line of lines) {
      const paragraph = document.createElement('p');
      paragraph.dir = 'auto';
      paragraph.append(Object.assign(document.createElement('span'), { textContent: line }));
      root.append(paragraph);
    }
  }, paragraphs);
  const target = plain.locator('p', { hasText: /^第一百条/ }).first();
  await target.scrollIntoViewIfNeeded();
  await target.click();
  await plain.keyboard.press('End');
  await plain.mouse.move(4, 4);
  await plain.evaluate(() => {
    const marks = window as unknown as Timings;
    marks.ndLatencies = [];
    let started: number | null = null;
    document.addEventListener('keydown', (event) => (started = event.timeStamp), true);
    document.addEventListener('input', () => {
      if (started === null) return;
      const start = started;
      started = null;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => marks.ndLatencies.push(performance.now() - start);
        channel.port2.postMessage(0);
      });
    });
  });
  const latencies = await typeAndMeasure(plain);
  await plain.context().close();
  return latencies;
}

/**
 * Marks for a page load of the drafting page. Painted: the last block is in the page and the next frame
 * is drawn (paragraphs off screen are laid out later, see page.css). Settled: the whole text is laid out
 * too (the editor's nd-settling class is gone).
 */
export async function installOpenMarks(page: Page, expectedBlocks: number): Promise<void> {
  await page.addInitScript((expected) => {
    const marks = window as unknown as Timings & { ndPainting?: boolean };
    const afterFrame = (record: (at: number) => void) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => record(performance.now());
        channel.port2.postMessage(0);
      });
    const observer = new MutationObserver(() => {
      const editor = document.querySelector('[contenteditable][aria-label="正文"]');
      if (!editor || editor.childElementCount < expected) return;
      if (!marks.ndPainting) {
        marks.ndPainting = true;
        afterFrame((at) => (marks.ndPaintedAt = at));
      }
      if (!editor.classList.contains('nd-settling')) {
        observer.disconnect();
        afterFrame((at) => (marks.ndSettledAt = at));
      }
    });
    observer.observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class'],
    });
  }, expectedBlocks);
}

/** Records, per keystroke, keydown → the frame after Lexical's update (into window.ndLatencies). */
export async function recordEditorKeystrokes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const root = document.querySelector('[contenteditable][aria-label="正文"]') as HTMLElement & {
      __lexicalEditor: { registerUpdateListener(listener: () => void): () => void };
    };
    const marks = window as unknown as Timings;
    marks.ndLatencies = [];
    let started: number | null = null;
    root.addEventListener('keydown', (event) => (started = event.timeStamp), true);
    root.__lexicalEditor.registerUpdateListener(() => {
      if (started === null) return;
      const start = started;
      started = null;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => marks.ndLatencies.push(performance.now() - start);
        channel.port2.postMessage(0);
      });
    });
  });
}
