import { QueryCache, QueryClient } from '@tanstack/react-query';
import { affectedQueries } from '../../../shared/api/invalidation';
import { AppError, followChanges } from '../api/client';

/** The query key of the signed-in account; the boot gate and the shell read it. */
export const ME_KEY = ['auth.me'] as const;

/**
 * One cache for the whole window. Failures of the API are answers, not network hiccups, so queries are
 * not retried; an expired session anywhere sends the user back to the sign-in page.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (error instanceof AppError && error.code === 'UNAUTHENTICATED') {
          void client.invalidateQueries({ queryKey: ME_KEY });
        }
      },
    }),
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 10_000 },
      mutations: { retry: false },
    },
  });
  // Every change reads again the queries that show what it changed (shared/api/invalidation.ts).
  followChanges((channel) =>
    Promise.all(affectedQueries(channel).map((query) => client.invalidateQueries({ queryKey: [query] }))),
  );
  return client;
}
