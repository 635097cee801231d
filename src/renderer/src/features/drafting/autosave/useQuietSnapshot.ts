import { useCallback, useEffect, useState } from 'react';
import type { Block } from '../../../../../shared/domain/blocks';
import type { DraftSaver } from './draftSaver';
import { whenIdle } from './whenIdle';

/** How long the text must stay saved and unchanged before the outline and annotations follow it. */
const QUIET_MS = 800;

export interface QuietSnapshot {
  /** The text as last shown to the outline and annotations, and when it was saved. */
  blocks: readonly Block[];
  savedAt: string | null;
  /** Shows a text at once (after a restore, an import or a reload). */
  showNow: (blocks: Block[]) => void;
}

/**
 * The text for what follows the draft (outline, annotations), updated once typing pauses: each update
 * renders the page's panels again, which would otherwise land between keystrokes of a long text.
 */
export function useQuietSnapshot(saver: DraftSaver, initial: readonly Block[]): QuietSnapshot {
  const [shown, setShown] = useState<{ blocks: readonly Block[]; savedAt: string | null }>({
    blocks: initial,
    savedAt: null,
  });
  const showNow = useCallback((blocks: Block[]) => {
    setShown((current) => ({ blocks, savedAt: current.savedAt }));
  }, []);

  useEffect(() => {
    let cancel = () => {};
    const onStatus = () => {
      cancel();
      const status = saver.status;
      if (status.kind !== 'saved') return;
      const timer = setTimeout(() => {
        const blocks = saver.lastWritten;
        if (blocks) cancel = whenIdle(() => setShown({ blocks, savedAt: status.at }), 500);
      }, QUIET_MS);
      cancel = () => clearTimeout(timer);
    };
    const unsubscribe = saver.subscribe(onStatus);
    return () => {
      unsubscribe();
      cancel();
    };
  }, [saver]);

  return { ...shown, showNow };
}
