import type { QueryClient } from '@tanstack/react-query';
import type { ApiResult, Channel, ChannelOutput } from '../../../shared/api';
import { AppError, call } from '../api/client';
import type { EarlyRequests } from '../boot';
import { parseRegistryQuery } from '../features/documents/registryParams';
import { ME_KEY } from './queryClient';
import { apiKey } from './useApi';

function unwrap<C extends Channel>(result: ApiResult<unknown>): ChannelOutput<C> {
  if (!result.ok) throw new AppError(result.error);
  return result.value as ChannelOutput<C>;
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
      queryFn: async () => (early ? unwrap<'setup.status'>(await early.status) : call('setup.status', {})),
    })
    .then(async (status) => {
      if (!status.initialized) return;
      const account = await client.fetchQuery({
        queryKey: ME_KEY,
        queryFn: async () => (early ? unwrap<'auth.me'>(await early.me) : call('auth.me', {})),
      });
      if (!account) return;
      void client.prefetchQuery({
        queryKey: apiKey('settings.getAgency', {}),
        queryFn: async () =>
          early ? unwrap<'settings.getAgency'>(await early.agency) : call('settings.getAgency', {}),
      });
      const registry = registryQueryOf(hash);
      if (registry) {
        void client.prefetchQuery({
          queryKey: apiKey('documents.list', registry),
          queryFn: async () => {
            const answer = await early?.registry;
            return answer ? unwrap<'documents.list'>(answer) : call('documents.list', registry);
          },
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
