import { useCallback, useEffect, useState } from 'react';
import type { DraftPart } from '../../../../../shared/api/schemas/drafting';
import type { Block } from '../../../../../shared/domain/blocks';
import { call } from '../../../api/client';
import { inputWithBlocksJson } from '../blocksJson';
import { DraftSaver } from './draftSaver';
import { trackPendingSave } from '../../../lib/draftRequests';

export interface DraftAutosaveOptions {
  documentId: string;
  part: DraftPart;
  /** Of the draft as loaded (the hook lives as long as one loaded draft). */
  revision: number;
  updatedAt: string | null;
  enabled: boolean;
  readBlocks: () => Block[] | null;
}

export interface DraftAutosave {
  saver: DraftSaver;
  /** Forward every text change here. */
  change: () => void;
}

/**
 * Autosave of the loaded draft through drafts.save, flushed when the page is hidden or left. The status
 * is read with useSaveStatus where it is shown, so a save does not render the whole page again.
 */
export function useDraftAutosave(options: DraftAutosaveOptions): DraftAutosave {
  const { documentId, part, revision, updatedAt, enabled } = options;
  const [saver] = useState(
    () =>
      new DraftSaver(
        {
          write: (blocks, baseRevision, keepalive) => {
            const input = { documentId, part, blocks, revision: baseRevision };
            return call('drafts.save', input, { keepalive, json: () => inputWithBlocksJson(input) });
          },
        },
        revision,
        { kind: 'loaded', updatedAt },
      ),
  );

  const { readBlocks } = options;
  useEffect(() => {
    saver.attach({ readBlocks });
  }, [saver, readBlocks]);

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
  return { saver, change };
}
