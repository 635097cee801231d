import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ChannelInput, ChannelOutput } from '../../../../shared/api';
import { call } from '../../api/client';
import { apiKey } from '../../lib/useApi';

/**
 * Runs a comparison in main (on a worker thread for long texts). Two saved versions never change, so their
 * comparison stays fresh; one with the draft is compared again when it is opened anew. While a new
 * comparison runs the previous one stays on screen.
 */
export function useComparison(
  input: ChannelInput<'compare.run'> | null,
): UseQueryResult<ChannelOutput<'compare.run'>> {
  return useQuery<ChannelOutput<'compare.run'>, Error, ChannelOutput<'compare.run'>, readonly unknown[]>({
    queryKey: input ? apiKey('compare.run', input) : ['compare.run', 'none'],
    queryFn: () => {
      if (!input) throw new Error('no comparison chosen');
      return call('compare.run', input);
    },
    enabled: input !== null,
    staleTime: input?.toVersionId ? Infinity : 0,
    placeholderData: keepPreviousData,
  });
}
