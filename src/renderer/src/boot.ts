import type { ApiResult } from '../../shared/api/errors';
import { send } from './api/transport';

/**
 * The first screen's requests, sent by a small script that the built page loads ahead of the
 * application (electron.vite.config.ts; main.tsx imports it too): whether the workspace is set up, who
 * is signed in, the agency and, when the window opens on the registry without filters, the first page
 * of the list. They leave together, while the rest of the code is still arriving and being evaluated;
 * main.tsx hands the answers to the query cache (lib/prefetchBoot.ts), which uses each one only where
 * the boot gate would have asked for it (who is signed in only once setup is known, the list only for a
 * signed-in account). Asking early costs nothing: on a fresh workspace or without a session the extra
 * answers are an empty account and an UNAUTHENTICATED error, and both are dropped.
 */
export interface EarlyRequests {
  status: Promise<ApiResult<unknown>>;
  me: Promise<ApiResult<unknown>>;
  agency: Promise<ApiResult<unknown>>;
  /** Only for `#/documents` with no parameters: the list with the default query. */
  registry: Promise<ApiResult<unknown>> | null;
}

declare global {
  interface Window {
    ndEarlyRequests?: EarlyRequests;
  }
}

if (!window.ndEarlyRequests) {
  const onRegistry = /^#\/documents\/?\??$/.test(window.location.hash);
  window.ndEarlyRequests = {
    status: send('setup.status', {}),
    me: send('auth.me', {}),
    agency: send('settings.getAgency', {}),
    registry: onRegistry ? send('documents.list', {}) : null,
  };
}
