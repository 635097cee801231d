import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/**
 * happy-dom lays nothing out, so every element is 0 pixels high and a virtual list would show a single
 * row. Give the comparison's scrollers a window height, and load the feature's stylesheet (vitest does not
 * process CSS imports) so computed styles can be checked.
 */
export function useCompareEnvironment(): void {
  const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
  const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight');
  let style: HTMLStyleElement | null = null;
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        if (this.classList.contains('nd-cmp-scroller')) return 900;
        return (clientHeight?.get?.call(this) as number | undefined) ?? 0;
      },
    });
    // Every virtual row 40 pixels high: about 22 rows in sight.
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
      configurable: true,
      get(this: HTMLElement) {
        if (this.hasAttribute('data-index')) return 40;
        return (offsetHeight?.get?.call(this) as number | undefined) ?? 0;
      },
    });
    style = document.createElement('style');
    style.textContent = readFileSync(
      join(__dirname, '../../../src/renderer/src/features/compare/compare.css'),
      'utf8',
    );
    document.head.appendChild(style);
  });
  afterAll(() => {
    delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
    if (offsetHeight) Object.defineProperty(HTMLElement.prototype, 'offsetHeight', offsetHeight);
    style?.remove();
  });
}
