import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import type { ReviewCaseDetail } from '../../../../shared/api';
import { apiKey } from '../../lib/useApi';
import { useApiError } from '../../lib/useApiError';

/**
 * A change to a review case: every such channel answers with the whole case, which replaces the cached
 * one at once (verdicts, findings and the suggested conclusion stay consistent); queues refresh later.
 */
export function useReviewCaseMutation<I>(
  caseId: string,
  mutationFn: (input: I) => Promise<ReviewCaseDetail>,
  onSaved?: (detail: ReviewCaseDetail, input: I) => void,
): UseMutationResult<ReviewCaseDetail, Error, I> {
  const queryClient = useQueryClient();
  const showError = useApiError();
  return useMutation({
    mutationFn,
    onSuccess: (detail, input) => {
      queryClient.setQueryData(apiKey('reviews.get', { caseId }), detail);
      onSaved?.(detail, input);
    },
    onError: (error) => showError(error),
  });
}
