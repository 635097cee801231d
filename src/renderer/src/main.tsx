// First, before the rest of the code is evaluated: the boot script sends the first screen's requests.
import './boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { prefetchBoot } from './lib/prefetchBoot';
import { createQueryClient } from './lib/queryClient';
import 'antd/dist/reset.css';

const client = createQueryClient();
prefetchBoot(client, window.location.hash, window.ndEarlyRequests);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
}
