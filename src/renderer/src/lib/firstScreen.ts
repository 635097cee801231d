import { useEffect, useSyncExternalStore } from 'react';

/*
 * The first screen (the shell and the registry list) is plain React; the antd parts around it (filters,
 * paging, the account bar) wait until it has been painted, so that loading antd does not hold up the
 * list's data or its first frame.
 */

let painted = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once the first screen has been painted (and ever after, for this window). */
export function useFirstScreenPainted(): boolean {
  return useSyncExternalStore(subscribe, () => painted);
}

/** Marks the first screen painted one frame after `shown` becomes true. */
export function useMarkFirstScreen(shown: boolean): void {
  useEffect(() => {
    if (!shown || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The timeout runs after the frame that shows the screen has been drawn.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        painted = true;
        for (const listener of listeners) listener();
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [shown]);
}
