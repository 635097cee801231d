import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ChannelOutput } from '../../../../shared/api';
import { call } from '../../api/client';

type Comparison = ChannelOutput<'compare.run'>;

/** The two saved versions a 修改说明 belongs to. */
export interface NoteSides {
  documentId: string;
  fromVersionId: string;
  toVersionId: string;
}

/**
 * Saves one 修改说明 and writes it into every cached comparison of the same two versions (whatever the
 * options), so a row scrolled away and back, or another view, shows what was saved without comparing again.
 */
export function useSaveNote(sides: NoteSides | null): (unit: number, note: string) => Promise<void> {
  const queryClient = useQueryClient();
  const documentId = sides?.documentId;
  const fromVersionId = sides?.fromVersionId;
  const toVersionId = sides?.toVersionId;
  return useCallback(
    async (unit: number, note: string) => {
      if (!documentId || !fromVersionId || !toVersionId) return;
      await call('compare.saveNote', { documentId, fromVersionId, toVersionId, unit, note });
      queryClient.setQueriesData<Comparison>({ queryKey: ['compare.run'] }, (cached) => {
        if (!cached || cached.from.id !== fromVersionId || cached.to?.id !== toVersionId) return cached;
        return { ...cached, notes: { ...cached.notes, [String(unit)]: note.trim() } };
      });
    },
    [queryClient, documentId, fromVersionId, toVersionId],
  );
}
