import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';

/**
 * The query cache around the whole window. antd's locale, theme and message context are added by each
 * part that uses antd (lib/antd), so the first screen does not wait for antd to load.
 */
export function AppProviders({ client, children }: { client: QueryClient; children: ReactNode }) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
