import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import type { WorkflowView } from '../../../../shared/api';
import { call } from '../../api/client';
import { apiKey } from '../../lib/useApi';
import type { WorkflowCommandEvent } from './eventPayload';

/** What a step can change: the document (status, timeline), its review cases, sign-offs and queues. */
const AFFECTED = [
  'documents.get',
  'documents.list',
  'reviews.list',
  'reviews.get',
  'signoffs.list',
  'materials.list',
] as const;

/** One workflow step; afterwards the panel, the timeline and the review queues are read again. */
export function useWorkflowTransition(
  documentId: string,
): UseMutationResult<WorkflowView, Error, WorkflowCommandEvent> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (event: WorkflowCommandEvent) => call('workflow.transition', { documentId, event }),
    onSuccess: async (view) => {
      queryClient.setQueryData(apiKey('workflow.get', { documentId }), view);
      await Promise.all(AFFECTED.map((channel) => queryClient.invalidateQueries({ queryKey: [channel] })));
    },
  });
}
