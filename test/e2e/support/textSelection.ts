import type { Locator, Page } from 'playwright-core';

/** Drags the mouse over the first occurrence of `quote` inside `scope`, as a user selects words. */
export async function dragOver(page: Page, scope: Locator, quote: string): Promise<void> {
  const box = await scope.evaluate((root, words) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue?.indexOf(words) ?? -1;
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      const rects = [...range.getClientRects()];
      const first = rects[0];
      const last = rects[rects.length - 1];
      if (!first || !last) return null;
      // Inside the first and the last character, on the side that puts the caret at the quote's ends.
      return {
        x1: first.left + 2,
        y1: first.top + first.height / 2,
        x2: last.right - 2,
        y2: last.top + last.height / 2,
      };
    }
    return null;
  }, quote);
  if (!box) throw new Error(`${quote} not found`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}

/**
 * Selects `quote` inside `scope` with a DOM Range (as keyboard selection and assistive tools end up)
 * and ends the gesture with a key release.
 */
export async function selectWithRange(scope: Locator, quote: string): Promise<void> {
  await scope.evaluate((root, words) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue?.indexOf(words) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
      return;
    }
    throw new Error('quote not found');
  }, quote);
}
