import { useEffect } from 'react';

/** Inputs that take no typing (the view switch is a radio group): a letter on them can be a shortcut. */
const NOT_TEXT = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file']);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TEXT.has(target.type);
  return target.isContentEditable || target.closest('textarea, select, [contenteditable="true"]') !== null;
}

/**
 * Alt+↓ / Alt+↑ anywhere, and N / P when the focus is not in a text field: next and previous change.
 */
export function useChangeShortcuts(next: () => void, previous: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      let action: (() => void) | null = null;
      if (event.altKey && !event.shiftKey) {
        if (event.key === 'ArrowDown') action = next;
        else if (event.key === 'ArrowUp') action = previous;
      } else if (!event.altKey && !event.shiftKey && !isTyping(event.target)) {
        const key = event.key.toLowerCase();
        if (key === 'n') action = next;
        else if (key === 'p') action = previous;
      }
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [next, previous]);
}
