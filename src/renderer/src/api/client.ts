import type {
  ApiError,
  ApiResult,
  Channel,
  ChannelInput,
  ChannelOutput,
  ErrorCode,
} from '../../../shared/api';
import { ERROR_MESSAGES } from '../../../shared/api/errors';
import { send, type CallOptions } from './transport';

export type { CallOptions } from './transport';

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

/** A channel's answer as its value, or thrown as an AppError. */
export function unwrap<C extends Channel>(result: ApiResult<unknown>): ChannelOutput<C> {
  if (!result.ok) throw new AppError(result.error);
  return result.value as ChannelOutput<C>;
}

type ChangeListener = (channel: Channel) => Promise<unknown>;
let afterChange: ChangeListener | null = null;

/**
 * How the window's query cache follows a change (lib/queryClient.ts registers it): called after every
 * successful call, it reads again what the channel changed before the call's promise resolves.
 */
export function followChanges(listener: ChangeListener | null): void {
  afterChange = listener;
}

/** Calls one contract channel over whichever transport this page has, and unwraps the result. */
export async function call<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
  options: CallOptions = {},
): Promise<ChannelOutput<C>> {
  const value = unwrap<C>(await send(channel, input, options));
  if (afterChange) await afterChange(channel);
  return value;
}

export function errorMessage(error: unknown): string {
  if (error instanceof AppError) {
    return error.issues.length > 0 ? `${error.message}${error.issues.join('；')}` : error.message;
  }
  return ERROR_MESSAGES.INTERNAL;
}
