import { useState } from 'react';
import { AppProviders } from './AppProviders';
import { BootGate } from './features/boot';
import { createQueryClient } from './lib/queryClient';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <AppProviders client={queryClient}>
      <BootGate />
    </AppProviders>
  );
}
