import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/api';
import { call } from '../api/client';

/** Query keys start with the channel name, so `invalidateQueries({ queryKey: [channel] })` refreshes it. */
export function apiKey<C extends Channel>(channel: C, input?: ChannelInput<C>): readonly unknown[] {
  return input === undefined ? [channel] : [channel, input];
}

export interface ApiQueryOptions {
  enabled?: boolean;
  /** Keep showing the previous page while the next one loads (registry paging and filtering). */
  keepPrevious?: boolean;
}

/** A read-only channel as a react-query query. */
export function useApiQuery<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
  options: ApiQueryOptions = {},
): UseQueryResult<ChannelOutput<C>> {
  return useQuery<ChannelOutput<C>, Error, ChannelOutput<C>, readonly unknown[]>({
    queryKey: apiKey(channel, input),
    queryFn: () => call(channel, input),
    enabled: options.enabled ?? true,
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
  });
}
