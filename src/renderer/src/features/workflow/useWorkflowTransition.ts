import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import type { WorkflowView } from '../../../../shared/api';
import { call } from '../../api/client';
import { apiKey } from '../../lib/useApi';
import type { WorkflowCommandEvent } from './eventPayload';

/**
 * One workflow step. The panel shows the answer at once; what else the step changed (the timeline, the
 * review queues, …) is read again by the client (shared/api/invalidation.ts).
 */
export function useWorkflowTransition(
  documentId: string,
): UseMutationResult<WorkflowView, Error, WorkflowCommandEvent> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (event: WorkflowCommandEvent) => call('workflow.transition', { documentId, event }),
    onSuccess: (view) => {
      queryClient.setQueryData(apiKey('workflow.get', { documentId }), view);
    },
  });
}
