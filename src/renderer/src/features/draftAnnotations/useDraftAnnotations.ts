import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { AnnotationThread } from '../../../../shared/api';
import type { Block } from '../../../../shared/domain/blocks';
import type { SelectionSelector } from '../../editor';
import { filterThreads, useAnnotationView, useThreads, type AnnotationView } from '../annotations';

/** What the draft page's editor plugins and its annotation pane share. */
export interface DraftAnnotations {
  documentId: string;
  /** The draft's text as last read (orders threads and names their place). */
  blocks: readonly Block[];
  view: AnnotationView;
  /** Threads shown under the current filter, as anchored in the last saved draft. */
  threads: AnnotationThread[];
  /** The editor's selection as a selector, or null. */
  selection: SelectionSelector | null;
  setSelection: (selection: SelectionSelector | null) => void;
}

/**
 * What the editor's plugins use: not the text, so that a new snapshot of it (after a save) need not
 * render the editor again.
 */
export type EditorAnnotations = Pick<DraftAnnotations, 'view' | 'threads' | 'setSelection'>;

/**
 * Annotations on the working draft. Threads are anchored by the server against the saved draft, so they
 * are fetched again after each save (`savedAt` changes) and follow the text the user just typed.
 */
export function useDraftAnnotations(
  documentId: string,
  blocks: readonly Block[],
  savedAt: string | null = null,
): DraftAnnotations {
  const view = useAnnotationView();
  const queryClient = useQueryClient();
  const list = useThreads(documentId, null);
  const [selection, setSelection] = useState<SelectionSelector | null>(null);

  useEffect(() => {
    if (savedAt) {
      void queryClient.invalidateQueries({ queryKey: ['annotations.list', { documentId, versionId: null }] });
    }
  }, [queryClient, documentId, savedAt]);

  const threads = useMemo(() => filterThreads(list.data ?? [], view.filter), [list.data, view.filter]);
  return { documentId, blocks, view, threads, selection, setSelection };
}
