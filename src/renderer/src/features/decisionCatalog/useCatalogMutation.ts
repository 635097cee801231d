import { useMutation } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import type { ChannelInput, DecisionCatalogView } from '../../../../shared/api';
import { AppError, call, errorMessage } from '../../api/client';
import { useApiError } from '../../lib/useApiError';

export type CatalogMutation =
  | 'decisionCatalogs.create'
  | 'decisionCatalogs.addItem'
  | 'decisionCatalogs.updateItem'
  | 'decisionCatalogs.removeItem'
  | 'decisionCatalogs.recordCheck'
  | 'decisionCatalogs.recordApproval'
  | 'decisionCatalogs.publish';

/**
 * One change of the catalog from a dialog: a refusal of the rules (an out-of-order step, an adjustment
 * without a reason, a document that is not a 重大行政决策) stays in the dialog in Chinese; the catalog
 * is read again by the client after success (shared/api/invalidation.ts).
 */
export function useCatalogMutation<C extends CatalogMutation>(
  channel: C,
  onDone: (view: DecisionCatalogView) => void,
) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const showError = useApiError();
  const mutation = useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input) as Promise<DecisionCatalogView>,
  });
  const run = (input: ChannelInput<C>, form?: FormInstance) => {
    setRefusal(null);
    mutation.mutate(input, {
      onSuccess: onDone,
      onError: (error) => {
        if (error instanceof AppError && error.code !== 'UNAUTHENTICATED' && error.code !== 'INTERNAL') {
          setRefusal(errorMessage(error));
          if (error.code === 'INVALID_INPUT' && form) showError(error, form);
        } else {
          showError(error);
        }
      },
    });
  };
  return { run, refusal, pending: mutation.isPending };
}
