import type { ApiResult } from '../../../shared/api/errors';
import { ERROR_MESSAGES } from '../../../shared/api/errors';

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

async function overHttp(channel: string, input: unknown, keepalive = false): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    const body = JSON.stringify(input ?? {});
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body,
      keepalive: keepalive && body.length < KEEPALIVE_LIMIT,
    });
  } catch {
    return {
      ok: false,
      error: { code: 'INTERNAL', message: '无法连接到 NormDesk 服务，请确认它仍在运行。' },
    };
  }
  try {
    return (await response.json()) as ApiResult<unknown>;
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL } };
  }
}

export interface CallOptions {
  /** Let the request finish even if the page is being closed or reloaded (small payloads only). */
  keepalive?: boolean;
}

/** Sends one request over whichever transport this page has; the answer is not unwrapped. */
export function send(
  channel: string,
  input: unknown,
  options: CallOptions = {},
): Promise<ApiResult<unknown>> {
  const bridge = window.normdesk;
  const viaBridge = bridge?.[channel];
  return viaBridge ? viaBridge(input) : overHttp(channel, input, options.keepalive);
}
