import { useMutation, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { AnnotationThread, TextSelector } from '../../../../shared/api';
import { call } from '../../api/client';
import { useApiQuery } from '../../lib/useApi';

/** The threads of a document as seen in one text: a version, or the working draft (versionId null). */
export function useThreads(documentId: string, versionId: string | null): UseQueryResult<AnnotationThread[]> {
  return useApiQuery('annotations.list', { documentId, versionId }, { enabled: documentId !== '' });
}

/** Starting, answering, resolving and reopening threads; each refreshes the document's thread lists. */
export function useThreadActions(documentId: string, versionId: string | null) {
  const queryClient = useQueryClient();
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: ['annotations.list', { documentId }], exact: false });
  const onSuccess = () => void refresh();

  const create = useMutation({
    mutationFn: (input: { selector: TextSelector; body: string }) =>
      call('annotations.create', { documentId, versionId, ...input }),
    onSuccess,
  });
  const reply = useMutation({
    mutationFn: (input: { annotationId: string; body: string }) => call('annotations.reply', input),
    onSuccess,
  });
  const resolve = useMutation({
    mutationFn: (annotationId: string) => call('annotations.resolve', { annotationId }),
    onSuccess,
  });
  const reopen = useMutation({
    mutationFn: (annotationId: string) => call('annotations.reopen', { annotationId }),
    onSuccess,
  });
  return { create, reply, resolve, reopen };
}
