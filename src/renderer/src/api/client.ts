import type {
  ApiError,
  ApiResult,
  Channel,
  ChannelInput,
  ChannelOutput,
  ErrorCode,
} from '../../../shared/api';
import { ERROR_MESSAGES } from '../../../shared/api';

/** An API failure as the UI sees it: branch on `code`, show `message` (Chinese). */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: string[];
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'AppError';
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}

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

/** Calls one contract channel over whichever transport this page has, and unwraps the result. */
export async function call<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
  options: CallOptions = {},
): Promise<ChannelOutput<C>> {
  const bridge = window.normdesk;
  const result = bridge?.[channel]
    ? await bridge[channel](input)
    : await overHttp(channel, input, options.keepalive);
  if (!result.ok) throw new AppError(result.error);
  return result.value as ChannelOutput<C>;
}

export function errorMessage(error: unknown): string {
  if (error instanceof AppError) {
    return error.issues.length > 0 ? `${error.message}${error.issues.join('；')}` : error.message;
  }
  return ERROR_MESSAGES.INTERNAL;
}
