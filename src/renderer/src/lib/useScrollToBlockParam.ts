import { useEffect } from 'react';
import { useSearchParams } from 'react-router';

/** How long to keep trying while the text is still being laid out (a long draft takes a moment). */
const GIVE_UP_MS = 10_000;

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
    let frame = 0;
    const attempt = () => {
      if (scroll(blockId) || performance.now() - started > GIVE_UP_MS) return;
      frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [blockId, ready, scroll]);
  return blockId;
}
