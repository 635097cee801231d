import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ChannelOutput } from '../../../../shared/api';
import { call } from '../../api/client';

type Comparison = ChannelOutput<'compare.run'>;

/** The two saved versions a 修改说明 belongs to, and the options of the comparison it is written in. */
export interface NoteSides {
  documentId: string;
  fromVersionId: string;
  toVersionId: string;
  ignoreWhitespace: boolean;
  normalizeWidth: boolean;
}

/**
 * Saves one 修改说明 by its unit's note key and writes it into every cached comparison of the same two
 * versions (whatever the options: the key names the same blocks in each), so a row scrolled away and back,
 * another view or other options show what was saved without comparing again.
 */
export function useSaveNote(sides: NoteSides | null): (noteKey: string, note: string) => Promise<void> {
  const queryClient = useQueryClient();
  const documentId = sides?.documentId;
  const fromVersionId = sides?.fromVersionId;
  const toVersionId = sides?.toVersionId;
  const ignoreWhitespace = sides?.ignoreWhitespace ?? true;
  const normalizeWidth = sides?.normalizeWidth ?? true;
  return useCallback(
    async (noteKey: string, note: string) => {
      if (!documentId || !fromVersionId || !toVersionId) return;
      await call('compare.saveNote', {
        documentId,
        fromVersionId,
        toVersionId,
        noteKey,
        note,
        ignoreWhitespace,
        normalizeWidth,
      });
      queryClient.setQueriesData<Comparison>({ queryKey: ['compare.run'] }, (cached) => {
        if (!cached || cached.from.id !== fromVersionId || cached.to?.id !== toVersionId) return cached;
        return { ...cached, notes: { ...cached.notes, [noteKey]: note.trim() } };
      });
    },
    [queryClient, documentId, fromVersionId, toVersionId, ignoreWhitespace, normalizeWidth],
  );
}
