import type { ChannelOutput } from '../../../shared/api';
import { call } from '../api/client';

/**
 * Draft requests still on their way, shared by the drafting page (in its own chunk) and the router:
 * - saves started when a draft was left (switching 正文/起草说明, leaving the page): opening that draft
 *   again waits for them, so it never loads a revision that is about to be superseded;
 * - a draft fetched by the router while the drafting page's code is still loading.
 */
type Draft = ChannelOutput<'drafts.get'>;

const pendingSaves = new Map<string, Promise<void>>();
const prefetched = new Map<string, { at: number; draft: Promise<Draft> }>();

/** A prefetched draft older than this is fetched again. */
const PREFETCH_FRESH_MS = 5_000;

function keyOf(documentId: string, part: string): string {
  return `${documentId}\u0000${part}`;
}

export function trackPendingSave(documentId: string, part: string, save: Promise<void>): void {
  const key = keyOf(documentId, part);
  const settled = save.catch(() => undefined);
  pendingSaves.set(key, settled);
  prefetched.delete(key);
  void settled.then(() => {
    if (pendingSaves.get(key) === settled) pendingSaves.delete(key);
  });
}

export function pendingSave(documentId: string, part: string): Promise<void> {
  return pendingSaves.get(keyOf(documentId, part)) ?? Promise.resolve();
}

/** Starts loading the main text of a document being opened for drafting (the router calls this). */
export function prefetchDraft(documentId: string): void {
  const key = keyOf(documentId, 'main');
  if (pendingSaves.has(key)) return;
  const draft = call('drafts.get', { documentId, part: 'main' });
  draft.catch(() => undefined);
  prefetched.set(key, { at: Date.now(), draft });
}

/** The draft as it stands: the prefetched one if fresh (used once), else a new request after pending saves. */
export async function loadDraft(documentId: string, part: 'main' | 'explanation'): Promise<Draft> {
  const key = keyOf(documentId, part);
  const early = prefetched.get(key);
  prefetched.delete(key);
  if (early && Date.now() - early.at < PREFETCH_FRESH_MS && !pendingSaves.has(key)) return early.draft;
  await pendingSave(documentId, part);
  return call('drafts.get', { documentId, part });
}
