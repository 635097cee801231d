import type { QueryClient } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { AppProviders } from './AppProviders';
import { BootGate } from './features/boot';
import { PageSpin } from './lib/PageSpin';
import { createQueryClient } from './lib/queryClient';

/** The whole window. `client` may arrive with the first screen's data already requested (main.tsx). */
export function App({ client }: { client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return (
    <AppProviders client={queryClient}>
      <Suspense fallback={<PageSpin fullPage />}>
        <BootGate />
      </Suspense>
    </AppProviders>
  );
}
