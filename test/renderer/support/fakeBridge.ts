import type {
  Account,
  ApiResult,
  Channel,
  ChannelInput,
  ChannelOutput,
  ErrorCode,
} from '../../../src/shared/api';
import { ERROR_MESSAGES } from '../../../src/shared/api';

/** A channel answer: a value, or a failure built with `fail`. */
type Answer<C extends Channel> = ChannelOutput<C> | Failure;
type Responder<C extends Channel> = Answer<C> | ((input: ChannelInput<C>) => Answer<C>);

class Failure {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
    readonly issues?: string[],
  ) {}
}

export function fail(code: ErrorCode, message: string = ERROR_MESSAGES[code], issues?: string[]): Failure {
  return new Failure(code, message, issues);
}

export type FakeChannels = { [C in Channel]?: Responder<C> };

export interface FakeBridge {
  /** Every call the page made, in order. */
  calls: { channel: string; input: unknown }[];
  inputsOf(channel: Channel): unknown[];
  /** Replaces or adds answers while the test runs. */
  set(channels: FakeChannels): void;
}

/**
 * Installs `window.normdesk` the way the Electron preload does (one function per channel returning
 * {ok, value} or {ok:false, error}), answering from the given table. A channel without an answer fails
 * the call loudly so a test notices what the page asked for.
 */
export function installBridge(initial: FakeChannels): FakeBridge {
  const table: FakeChannels = { ...initial };
  const calls: { channel: string; input: unknown }[] = [];
  const bridge = new Proxy(
    {},
    {
      get: (_target, channel: string) => async (input: unknown) => {
        calls.push({ channel, input });
        await Promise.resolve();
        const responder = (table as Record<string, unknown>)[channel];
        if (responder === undefined) {
          return { ok: false, error: { code: 'INTERNAL', message: `测试未提供 ${channel} 的应答` } };
        }
        const answer =
          typeof responder === 'function' ? (responder as (i: unknown) => unknown)(input) : responder;
        return toResult(answer);
      },
    },
  );
  window.normdesk = bridge;
  return {
    calls,
    inputsOf: (channel) => calls.filter((call) => call.channel === channel).map((call) => call.input),
    set: (channels) => Object.assign(table, channels),
  };
}

function toResult(answer: unknown): ApiResult<unknown> {
  if (answer instanceof Failure) {
    return {
      ok: false,
      error: {
        code: answer.code,
        message: answer.message,
        ...(answer.issues ? { issues: answer.issues } : {}),
      },
    };
  }
  return { ok: true, value: structuredClone(answer) };
}

export const ADMIN: Account = {
  id: 'u-admin',
  username: 'zhangsan',
  displayName: '张三',
  roles: ['admin', 'drafter', 'reviewer', 'counsel', 'leader'],
  active: true,
  createdAt: '2025-03-01T01:00:00.000Z',
};

export const AGENCY = { agencyName: '某市某区统计局', agencyCode: '某统字' };

/** Answers for a signed-in administrator on an initialized workspace with an empty registry. */
export function signedInChannels(account: Account = ADMIN): FakeChannels {
  return {
    'setup.status': { initialized: true, agencyName: AGENCY.agencyName },
    'auth.me': account,
    'settings.getAgency': AGENCY,
    'documents.list': (input) => ({
      items: [],
      total: 0,
      page: input.page ?? 1,
      pageSize: input.pageSize ?? 50,
    }),
  };
}
