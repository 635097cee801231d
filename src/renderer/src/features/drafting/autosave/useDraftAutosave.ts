import { useCallback, useEffect, useState } from 'react';
import type { DraftPart } from '../../../../../shared/api/schemas/drafting';
import type { Block } from '../../../../../shared/domain/blocks';
import { call } from '../../../api/client';
import { DraftSaver, type SaveStatus } from './draftSaver';
import { trackPendingSave } from './pendingSaves';

export interface DraftAutosaveOptions {
  documentId: string;
  part: DraftPart;
  /** Of the draft as loaded (the hook lives as long as one loaded draft). */
  revision: number;
  updatedAt: string | null;
  enabled: boolean;
  readBlocks: () => Block[] | null;
  onSnapshot?: (blocks: Block[]) => void;
}

export interface DraftAutosave {
  status: SaveStatus;
  saver: DraftSaver;
  /** Forward every text change here. */
  change: () => void;
}

/** Autosave of the loaded draft through drafts.save, flushed when the page is hidden or left. */
export function useDraftAutosave(options: DraftAutosaveOptions): DraftAutosave {
  const { documentId, part, revision, updatedAt, enabled } = options;
  const [status, setStatus] = useState<SaveStatus>({ kind: 'loaded', updatedAt });
  const [saver] = useState(
    () =>
      new DraftSaver(
        {
          write: (blocks, baseRevision, keepalive) =>
            call('drafts.save', { documentId, part, blocks, revision: baseRevision }, { keepalive }),
          onStatus: setStatus,
        },
        revision,
      ),
  );

  const { readBlocks, onSnapshot } = options;
  useEffect(() => {
    saver.attach({ readBlocks, onSnapshot });
  }, [saver, readBlocks, onSnapshot]);

  useEffect(() => {
    if (!enabled) return;
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void saver.flush(true);
    };
    const onPageHide = () => void saver.flush(true);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      // Leaving the page (another route, the other part, a reload of the draft): save what is pending.
      trackPendingSave(documentId, part, saver.flush(true));
    };
  }, [saver, enabled, documentId, part]);

  const change = useCallback(() => {
    if (enabled) saver.change();
  }, [saver, enabled]);
  return { status, saver, change };
}
