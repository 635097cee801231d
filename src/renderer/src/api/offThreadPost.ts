import type { PostOutcome } from './postJson';

let worker: Worker | undefined;
let unavailable = false;
let lastId = 0;
const waiting = new Map<number, (outcome: PostOutcome) => void>();

function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    const started = new Worker(new URL('./post.worker.ts', import.meta.url), { type: 'module' });
    started.onmessage = (event: MessageEvent<{ id: number; outcome: PostOutcome }>) => {
      const { id, outcome } = event.data;
      waiting.get(id)?.(outcome);
      waiting.delete(id);
    };
    // The worker could not start or failed: requests in flight count as not sent, later ones go from
    // the page itself.
    started.onerror = () => {
      unavailable = true;
      worker = undefined;
      started.terminate();
      for (const resolve of waiting.values()) resolve({ kind: 'unreachable' });
      waiting.clear();
    };
    return started;
  } catch {
    return undefined;
  }
}

/**
 * POSTs a large JSON body from a worker. Handing a body of several hundred kilobytes to fetch() occupies
 * the calling thread for milliseconds (tens of them while DevTools records the network); posting the
 * string to a worker costs a copy. Null when workers are unavailable: the caller sends it itself.
 */
export function postOffThread(url: string, body: string): Promise<PostOutcome> | null {
  if (unavailable) return null;
  worker ??= startWorker();
  if (!worker) {
    unavailable = true;
    return null;
  }
  const id = (lastId += 1);
  const sent = new Promise<PostOutcome>((resolve) => waiting.set(id, resolve));
  worker.postMessage({ id, url, body });
  return sent;
}
