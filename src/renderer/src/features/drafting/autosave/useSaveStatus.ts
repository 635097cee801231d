import { useSyncExternalStore } from 'react';
import type { DraftSaver, SaveStatus } from './draftSaver';

/** A value derived from the autosave status; the component renders again only when that value changes. */
export function useSaveStatus<T>(saver: DraftSaver, select: (status: SaveStatus) => T): T {
  return useSyncExternalStore(saver.subscribe, () => select(saver.status));
}
