import { useEffect } from 'react';
import { useSearchParams } from 'react-router';

/** How long to keep looking for the block while the text is still arriving (a long draft takes a moment). */
const GIVE_UP_MS = 10_000;
/**
 * How long to keep it in view once found: blocks above it are laid out as they come near the view
 * (content-visibility), which moves it after the first scroll. Any input from the reader ends this.
 */
const SETTLE_MS = 2_000;

/**
 * A link may name a block (?block=ID, from a search hit): once the text shows it, `scroll` brings it
 * into view. `scroll` returns false while the block is not on the page yet; it is tried again each frame.
 */
export function useScrollToBlockParam(scroll: (blockId: string) => boolean, ready = true): string | null {
  const [params] = useSearchParams();
  const blockId = params.get('block');
  useEffect(() => {
    if (!blockId || !ready) return;
    const started = performance.now();
    let foundAt: number | null = null;
    let frame = 0;
    let stopped = false;
    const stop = () => {
      stopped = true;
    };
    const inputs = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;
    for (const name of inputs) window.addEventListener(name, stop, { passive: true });
    const attempt = () => {
      if (stopped) return;
      const now = performance.now();
      if (scroll(blockId)) foundAt ??= now;
      if (foundAt !== null ? now - foundAt > SETTLE_MS : now - started > GIVE_UP_MS) return;
      frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => {
      cancelAnimationFrame(frame);
      for (const name of inputs) window.removeEventListener(name, stop);
    };
  }, [blockId, ready, scroll]);
  return blockId;
}
