import type { QueryClient } from '@tanstack/react-query';
import type { ApiResult, Channel, ChannelInput, ChannelOutput } from '../../../shared/api';
import { call, unwrap } from '../api/client';
import type { EarlyRequests } from '../boot';
import { parseRegistryQuery } from './registryParams';
import { ME_KEY } from './queryClient';
import { apiKey } from './useApi';

/** The boot script's answer where it asked, otherwise the request made now. */
async function answer<C extends Channel>(
  early: Promise<ApiResult<unknown>> | null | undefined,
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  return early ? unwrap<C>(await early) : call(channel, input);
}

/**
 * Puts the first screen's data in the query cache before React renders, under the keys the components
 * use, so they find it there instead of asking one after the other: whether the workspace is set up,
 * then who is signed in, then the agency and (when the window opens on the registry) the list. The
 * answers to the boot script's requests (boot.ts) are used where they exist; the rest are asked here.
 * Each answer is used in the boot gate's order: who is signed in only once setup is known.
 */
export function prefetchBoot(client: QueryClient, hash: string, early?: EarlyRequests): void {
  void client
    .fetchQuery({
      queryKey: apiKey('setup.status', {}),
      queryFn: () => answer(early?.status, 'setup.status', {}),
    })
    .then(async (status) => {
      if (!status.initialized) return;
      const account = await client.fetchQuery({
        queryKey: ME_KEY,
        queryFn: () => answer(early?.me, 'auth.me', {}),
      });
      if (!account) return;
      void client.prefetchQuery({
        queryKey: apiKey('settings.getAgency', {}),
        queryFn: () => answer(early?.agency, 'settings.getAgency', {}),
      });
      const registry = registryQueryOf(hash);
      if (registry) {
        void client.prefetchQuery({
          queryKey: apiKey('documents.list', registry),
          queryFn: () => answer(early?.registry, 'documents.list', registry),
        });
      }
    })
    // A failure stays in the cache as the query's error: the boot gate shows it and offers a retry.
    .catch(() => undefined);
}

/** The registry query when the address is the registry (`#/documents?…`), otherwise null. */
function registryQueryOf(hash: string) {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?');
  return path === '/documents' ? parseRegistryQuery(new URLSearchParams(search)) : null;
}
