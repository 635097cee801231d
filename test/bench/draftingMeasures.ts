import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { newPage } from '../e2e/support/browser';
import {
  KEYSTROKE_EVENTS,
  MAIN_THREAD_TRACE_CATEGORIES,
  typingWork,
  type KeystrokeMarks,
  type KeystrokeWork,
  type TypingWork,
} from './mainThreadWork';

export const KEYSTROKES = 100;

export interface OpenTiming {
  painted: number;
  draftLoaded: number;
}

type Timings = { ndPaintedAt?: number };

/** The editor's blocks on the page: the children of its page groups. */
const BLOCKS_SELECTOR = '[contenteditable][aria-label="正文"] > .nd-group > *';

/**
 * Navigation start → the whole text in the editor and the next frame rendered: an observer installed
 * before the page's scripts notes when the page's last block is in the DOM, then waits for a frame.
 */
export async function openDraft(page: Page, url: string, expectedBlocks: number): Promise<OpenTiming> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as Timings).ndPaintedAt !== undefined, null, {
    timeout: 60_000,
  });
  const timing = await page.evaluate(() => {
    const draft = performance
      .getEntriesByType('resource')
      .find((entry) => entry.name.endsWith('/api/drafts.get')) as PerformanceResourceTiming | undefined;
    const marks = window as unknown as Timings;
    return {
      painted: marks.ndPaintedAt ?? Number.NaN,
      draftLoaded: draft?.responseEnd ?? Number.NaN,
    };
  });
  const count = await page.locator(BLOCKS_SELECTOR).count();
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
  return timeUntilDrawn(page, 'click', { selector: BLOCKS_SELECTOR, atLeast: expectedBlocks }, () =>
    button.click(),
  );
}

/**
 * In the running app: a Word file chosen in 导入 Word → "已导入为“第 n 版 · …”" in its dialog and the next frame
 * drawn, in the page's clock. Watched from the page (a mutation observer), not polled by role queries,
 * which would walk the whole editor on every poll and slow the import they time.
 */
export function importAndMeasure(page: Page, file: string): Promise<number> {
  return timeUntilDrawn(page, 'change', { selector: '[role="dialog"]', text: '已导入为“第 \\d+ 版' }, () =>
    page.getByLabel('选择 Word 文件').setInputFiles(file),
  );
}

/** What the page shows when a measured action is done: `atLeast` matches, the first holding `text`. */
interface DrawnCondition {
  selector: string;
  atLeast?: number;
  /** A regular expression the first match's text must contain. */
  text?: string;
}

/**
 * Runs `act` and returns, in the page's clock, the time from its first `startEvent` to the frame drawn
 * once `until` holds: a mutation observer in the page notices it, and a message posted from the next
 * requestAnimationFrame arrives when that frame's main-thread part is done.
 */
async function timeUntilDrawn(
  page: Page,
  startEvent: 'click' | 'change',
  until: DrawnCondition,
  act: () => Promise<void>,
): Promise<number> {
  type Marks = { ndStartedAt?: number; ndDrawnAt?: number };
  await page.evaluate(
    ({ startEvent, until }) => {
      const marks = window as unknown as Marks;
      delete marks.ndStartedAt;
      delete marks.ndDrawnAt;
      document.addEventListener(startEvent, () => (marks.ndStartedAt = performance.now()), {
        capture: true,
        once: true,
      });
      const pattern = until.text === undefined ? null : new RegExp(until.text);
      const holds = () => {
        const found = document.querySelectorAll(until.selector);
        if (found.length < (until.atLeast ?? 1)) return false;
        return pattern === null || pattern.test(found[0]?.textContent ?? '');
      };
      const observer = new MutationObserver(() => {
        if (!holds()) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (marks.ndDrawnAt = performance.now());
          channel.port2.postMessage(0);
        });
      });
      observer.observe(document, { childList: true, subtree: true, characterData: pattern !== null });
    },
    { startEvent, until },
  );
  await act();
  await page.waitForFunction(() => (window as unknown as Marks).ndDrawnAt !== undefined, null, {
    timeout: 60_000,
  });
  return page.evaluate(() => {
    const marks = window as unknown as Required<Marks>;
    return marks.ndDrawnAt - marks.ndStartedAt;
  });
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
export const TYPED = Array.from({ length: KEYSTROKES }, (_, index) => LETTERS[index % LETTERS.length]).join(
  '',
);

/**
 * How long after the last key the work the page defers is still waited for and counted: the autosave
 * (within 1.2 s of the last change), then what follows a save once typing pauses (outline and annotations
 * 0.8 s later, in an idle moment). Waiting also keeps that work from running while the other page types.
 */
const AFTER_TYPING_MS = 3000;

export interface TypingMeasures {
  /** Per keystroke: keydown → the frame showing the change has been drawn (a message after it), in the page. */
  shown: number[];
  /** Per keystroke: main-thread work from keydown to the end of that frame, idle time left out (mainThreadWork). */
  work: KeystrokeWork[];
  /** All main-thread work while typing and for AFTER_TYPING_MS after, background work included. */
  busyDuring: TypingWork['busyDuring'];
  /** Durations of the long tasks (> 50 ms) the page reported in that time. */
  longTasks: number[];
}

type KeystrokeLog = {
  ndKeystrokes: (KeystrokeMarks & { shownAt: number })[];
  ndLongTasks: number[];
};

/**
 * Notes per keystroke when the key was pressed and when the change reached a frame: for the editor, after
 * Lexical's update; for a plain contenteditable, after the input event. The first requestAnimationFrame
 * callback after the change runs in the frame that paints it; a message posted there arrives once that
 * frame's main-thread part is done.
 */
export async function recordKeystrokes(page: Page, source: 'editor' | 'native'): Promise<void> {
  await page.evaluate(
    ({ from, events }) => {
      const log = window as unknown as KeystrokeLog;
      log.ndKeystrokes = [];
      log.ndLongTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) log.ndLongTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
      let keydownAt: number | null = null;
      // An input method sends no key per letter: each update of its composition, and its commit, count.
      for (const type of events)
        document.addEventListener(type, (event) => (keydownAt = event.timeStamp), true);
      const changed = () => {
        if (keydownAt === null) return;
        const marks = { keydownAt, frameAt: 0, shownAt: 0 };
        keydownAt = null;
        requestAnimationFrame(() => {
          marks.frameAt = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            marks.shownAt = performance.now();
            log.ndKeystrokes.push(marks);
          };
          channel.port2.postMessage(0);
        });
      };
      if (from === 'native') {
        document.addEventListener('input', changed);
        return;
      }
      type Dirty = { dirtyElements: Map<string, boolean>; dirtyLeaves: Set<string> };
      const root = document.querySelector('[contenteditable][aria-label="正文"]') as HTMLElement & {
        __lexicalEditor: { registerUpdateListener(listener: (update: Dirty) => void): () => void };
      };
      root.__lexicalEditor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size > 0 || dirtyLeaves.size > 0) changed();
      });
    },
    { from: source, events: KEYSTROKE_EVENTS },
  );
}

/**
 * Types `text` one key every 40 ms into the focused page (its keystrokes recorded by recordKeystrokes),
 * with the page's main thread traced, and waits AFTER_TYPING_MS for deferred work.
 */
export function typeAndMeasure(browser: Browser, page: Page, text: string): Promise<TypingMeasures> {
  return measureInput(browser, page, text.length, () => page.keyboard.type(text, { delay: 40 }));
}

/** Words as a pinyin input method composes them, and the characters chosen at the end. */
export const IME_WORDS: readonly (readonly [pinyin: string, chosen: string])[] = [
  ['guifan', '规范'],
  ['wenjian', '文件'],
  ['tongji', '统计'],
  ['shuju', '数据'],
  ['shencha', '审查'],
  ['beian', '备案'],
  ['hefa', '合法'],
  ['jiguan', '机关'],
];

/**
 * Types `words` into the focused page as a pinyin input method does (Chromium's IME input over the
 * DevTools protocol): the composition grows a letter at a time, every 40 ms, then the chosen characters
 * replace it. Each update and each commit counts as one keystroke.
 */
export async function composeAndMeasure(
  browser: Browser,
  page: Page,
  words: readonly (readonly [string, string])[],
): Promise<TypingMeasures> {
  const ime = await page.context().newCDPSession(page);
  const count = words.reduce((sum, [pinyin]) => sum + pinyin.length + 1, 0);
  const pause = () => new Promise((resolve) => setTimeout(resolve, 40));
  const measures = await measureInput(browser, page, count, async () => {
    for (const [pinyin, chosen] of words) {
      for (let length = 1; length <= pinyin.length; length += 1) {
        await ime.send('Input.imeSetComposition', {
          text: pinyin.slice(0, length),
          selectionStart: length,
          selectionEnd: length,
        });
        await pause();
      }
      await ime.send('Input.insertText', { text: chosen });
      await pause();
    }
  });
  await ime.detach();
  return measures;
}

/** Runs `input` (expected to make `count` changes) with the main thread traced; see typeAndMeasure. */
async function measureInput(
  browser: Browser,
  page: Page,
  count: number,
  input: () => Promise<void>,
): Promise<TypingMeasures> {
  await page.evaluate(() => {
    const log = window as unknown as KeystrokeLog;
    log.ndKeystrokes = [];
    log.ndLongTasks = [];
  });
  await browser.startTracing(page, { categories: MAIN_THREAD_TRACE_CATEGORIES });
  await input();
  await page.waitForFunction(
    (expected) => (window as unknown as KeystrokeLog).ndKeystrokes.length >= expected,
    count,
  );
  await page.waitForTimeout(AFTER_TYPING_MS);
  const trace = await browser.stopTracing();
  const log = await page.evaluate(() => {
    const { ndKeystrokes, ndLongTasks } = window as unknown as KeystrokeLog;
    return { keystrokes: ndKeystrokes, longTasks: ndLongTasks };
  });
  const { keystrokes, busyDuring } = typingWork(trace, log.keystrokes, AFTER_TYPING_MS);
  return {
    shown: log.keystrokes.map((marks) => marks.shownAt - marks.keydownAt),
    work: keystrokes,
    busyDuring,
    longTasks: log.longTasks,
  };
}

/** The measures of several typing runs on one page, as one. */
export function combineMeasures(runs: readonly TypingMeasures[]): TypingMeasures {
  return {
    shown: runs.flatMap((run) => run.shown),
    work: runs.flatMap((run) => run.work),
    busyDuring: {
      busyMs: runs.reduce((sum, run) => sum + run.busyDuring.busyMs, 0),
      cpuMs: runs.reduce((sum, run) => sum + run.busyDuring.cpuMs, 0),
      spanMs: runs.reduce((sum, run) => sum + run.busyDuring.spanMs, 0),
    },
    longTasks: runs.flatMap((run) => run.longTasks),
  };
}

/**
 * A plain contenteditable holding the same paragraphs, without any editor, with the caret at the end of
 * the same paragraph and keystrokes recorded: what the browser itself costs per keystroke in a text this
 * long on this machine.
 */
export async function openNativeBaseline(browser: Browser, paragraphs: string[]): Promise<Page> {
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
  await recordKeystrokes(plain, 'native');
  return plain;
}

/**
 * Marks for a page load of the drafting page. Painted: the last block is in the page and the next frame
 * is drawn (groups of blocks off screen are laid out when they come into view, see page.css).
 */
export async function installOpenMarks(page: Page, expectedBlocks: number): Promise<void> {
  await page.addInitScript(
    ({ expected, selector }) => {
      const observer = new MutationObserver(() => {
        if (document.querySelectorAll(selector).length < expected) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => ((window as unknown as Timings).ndPaintedAt = performance.now());
          channel.port2.postMessage(0);
        });
      });
      observer.observe(document, { childList: true, subtree: true });
    },
    { expected: expectedBlocks, selector: BLOCKS_SELECTOR },
  );
}
