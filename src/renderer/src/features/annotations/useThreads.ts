import { useMutation, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { AnnotationThread, TextSelector } from '../../../../shared/api';
import { call } from '../../api/client';
import { useApiQuery } from '../../lib/useApi';

/** The threads of a document as seen in one text: a version, or the working draft (versionId null). */
export function useThreads(documentId: string, versionId: string | null): UseQueryResult<AnnotationThread[]> {
  return useApiQuery('annotations.list', { documentId, versionId }, { enabled: documentId !== '' });
}

/** After any change to a thread, every text of the document shows it anew (draft and versions). */
function useRefreshThreads(documentId: string): () => void {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: ['annotations.list', { documentId }] });
}

/** Starts a thread on a selection of the text being viewed. */
export function useCreateThread(documentId: string, versionId: string | null) {
  const refresh = useRefreshThreads(documentId);
  return useMutation({
    mutationFn: (input: { selector: TextSelector; body: string }) =>
      call('annotations.create', { documentId, versionId, ...input }),
    onSuccess: refresh,
  });
}

/** Answering, resolving and reopening a thread. */
export function useThreadActions(documentId: string) {
  const refresh = useRefreshThreads(documentId);
  const reply = useMutation({
    mutationFn: (input: { annotationId: string; body: string }) => call('annotations.reply', input),
    onSuccess: refresh,
  });
  const resolve = useMutation({
    mutationFn: (annotationId: string) => call('annotations.resolve', { annotationId }),
    onSuccess: refresh,
  });
  const reopen = useMutation({
    mutationFn: (annotationId: string) => call('annotations.reopen', { annotationId }),
    onSuccess: refresh,
  });
  return { reply, resolve, reopen };
}
