import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelOutput } from '../../../../shared/api';
import { apiKey } from '../../lib/useApi';
import { ME_KEY } from '../../lib/queryClient';

type RulesView = ChannelOutput<'rules.get'>;

/**
 * A change of the rule profile or of the holiday table. Due dates and outcome lists everywhere come from
 * these, so every cached answer except the session is marked stale and refetched when next shown.
 */
export function useRulesUpdate<I>(
  update: (input: I) => Promise<RulesView>,
  onSaved: (view: RulesView) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: update,
    onSuccess: (view) => {
      queryClient.setQueryData(apiKey('rules.get', {}), view);
      const kept = new Set<unknown>([ME_KEY[0], 'setup.status', 'rules.get']);
      void queryClient.invalidateQueries({ predicate: (query) => !kept.has(query.queryKey[0]) });
      onSaved(view);
    },
  });
}
