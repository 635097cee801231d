import { useEffect, useRef, useState } from 'react';
import type { Block } from '../../../../../shared/domain/blocks';
import { blocksJson } from '../blocksJson';
import { buildOutline, sameOutline, type OutlineEntry } from './buildOutline';

interface OutlineReply {
  seq: number;
  entries: OutlineEntry[];
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./outline.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/**
 * The live outline of the latest text snapshot (the autosave's, at most one per second while typing):
 * built in a worker, or in an idle moment where workers are unavailable. An unchanged outline keeps its
 * identity so the panel does not render again.
 */
export function useOutline(blocks: readonly Block[]): OutlineEntry[] {
  const [entries, setEntries] = useState<OutlineEntry[]>([]);
  const worker = useRef<Worker | null>(null);
  const seq = useRef(0);

  useEffect(() => {
    const started = startWorker();
    worker.current = started;
    if (started) {
      started.onmessage = (event: MessageEvent<OutlineReply>) => {
        if (event.data.seq !== seq.current) return;
        const next = event.data.entries;
        setEntries((current) => (sameOutline(current, next) ? current : next));
      };
    }
    return () => {
      started?.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(() => {
    seq.current += 1;
    const mine = seq.current;
    const idle = (callback: () => void) =>
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(callback, { timeout: 500 })
        : setTimeout(callback, 50);
    const handle = idle(() => {
      if (worker.current) {
        worker.current.postMessage({ seq: mine, blocksJson: blocksJson(blocks) });
        return;
      }
      const next = buildOutline(blocks);
      if (mine === seq.current) setEntries((current) => (sameOutline(current, next) ? current : next));
    });
    return () => {
      if (typeof cancelIdleCallback === 'function' && typeof handle === 'number') cancelIdleCallback(handle);
      else clearTimeout(handle);
    };
  }, [blocks]);

  return entries;
}
