import type { ApiResult } from '../../../shared/api/errors';
import { ERROR_MESSAGES } from '../../../shared/api/errors';
import { postOffThread } from './offThreadPost';
import { postJson } from './postJson';

/*
 * How a request reaches main: the Electron preload's bridge, or POST /api/<channel> on the local host.
 * No schemas here (the boot script uses it before anything else has loaded).
 */

type Bridge = Record<string, (input: unknown) => Promise<ApiResult<unknown>>>;

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the renderer is served by the local host. */
    normdesk?: Bridge;
  }
}

/** Browsers refuse a keepalive request whose body passes 64 KiB. */
const KEEPALIVE_LIMIT = 60_000;
/** Bodies larger than this are sent from a worker (see offThreadPost), unless the page is being left. */
const OFF_THREAD_BODY = 64 * 1024;

async function overHttp(channel: string, body: string, keepalive = false): Promise<ApiResult<unknown>> {
  const url = `/api/${channel}`;
  const offThread = !keepalive && body.length > OFF_THREAD_BODY ? postOffThread(url, body) : null;
  const outcome = await (offThread ?? postJson(url, body, keepalive && body.length < KEEPALIVE_LIMIT));
  switch (outcome.kind) {
    case 'answered':
      return outcome.result as ApiResult<unknown>;
    case 'unreachable':
      return {
        ok: false,
        error: { code: 'INTERNAL', message: '无法连接到 NormDesk 服务，请确认它仍在运行。' },
      };
    case 'unreadable':
      return { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } };
  }
}

export interface CallOptions {
  /** Let the request finish even if the page is being closed or reloaded (small payloads only). */
  keepalive?: boolean;
  /**
   * The input as JSON text, for a caller that builds it more cheaply than JSON.stringify (e.g. from
   * per-block caches). Used over HTTP only; the Electron bridge takes the input object.
   */
  json?: () => string;
}

/** Sends one request over whichever transport this page has; the answer is not unwrapped. */
export function send(
  channel: string,
  input: unknown,
  options: CallOptions = {},
): Promise<ApiResult<unknown>> {
  const viaBridge = window.normdesk?.[channel];
  if (viaBridge) return viaBridge(input);
  return overHttp(channel, options.json?.() ?? JSON.stringify(input ?? {}), options.keepalive);
}
