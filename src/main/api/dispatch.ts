import { z } from 'zod';
import type { Account, ApiResult, Channel } from '../../shared/api';
import { DomainError, ERROR_MESSAGES, checkAccess, contract, isChannel } from '../../shared/api';
import { appendAudit } from '../db/repos/auditLog';
import { findUserById, toAccount } from '../db/repos/users';
import type { Deps } from '../deps';
import type { ChangeDescription, FollowUp, OperationRunner } from '../services/context';
import type { Handler, HandlerContext, Handlers, Session, StagedHandler } from './context';

z.config(z.locales.zhCN());

export interface Dispatcher {
  dispatch(session: Session, channel: string, rawInput: unknown): Promise<ApiResult<unknown>>;
}

export interface DispatchOptions {
  /** Where unexpected errors go (never to the caller). */
  logError?: (error: unknown, channel: string) => void;
}

function failure(code: keyof typeof ERROR_MESSAGES, message?: string, issues?: string[]): ApiResult<never> {
  return {
    ok: false,
    error: { code, message: message ?? ERROR_MESSAGES[code], ...(issues ? { issues } : {}) },
  };
}

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) =>
    issue.path.length > 0 ? `${issue.path.join('.')}：${issue.message}` : issue.message,
  );
}

/** Removes secrets before an input is written to the audit log. */
export function redactForAudit(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactForAudit);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, member]) =>
      /password/i.test(key) ? [key, '[已隐去]'] : [key, redactForAudit(member)],
    ),
  );
}

function isStaged(handler: Handler<Channel>): handler is StagedHandler<Channel, never> {
  return typeof handler === 'object';
}

/**
 * The one dispatch both transports use: unknown channel → zod parse (INVALID_INPUT) → role check
 * (UNAUTHENTICATED / FORBIDDEN) → handler → output check. A mutation runs in one transaction together
 * with its audit entry, so a failure leaves nothing half-written.
 */
export function createDispatcher(deps: Deps, handlers: Handlers, options: DispatchOptions = {}): Dispatcher {
  const logError = options.logError ?? ((error, channel) => console.error(`[${channel}]`, error));

  function currentAccount(session: Session): Account | null {
    if (!session.accountId) return null;
    const user = findUserById(deps.db, session.accountId);
    if (!user || !user.active) {
      session.accountId = null;
      return null;
    }
    return toAccount(user);
  }

  async function run(session: Session, channel: Channel, rawInput: unknown): Promise<unknown> {
    const spec = contract[channel];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) throw new InputError(describeIssues(parsed.error));
    const account = currentAccount(session);
    const denied = checkAccess(spec.access, account);
    if (denied) throw new DomainError(denied);

    const change: ChangeDescription = {};
    const followUps: FollowUp[] = [];
    const ctx: HandlerContext = {
      ...deps,
      account,
      session,
      describeChange: (described) => Object.assign(change, described),
      afterCommit: (work) => followUps.push(work),
    };
    const handler = handlers[channel] as Handler<Channel>;
    const input = parsed.data as never;

    if (!spec.mutates) {
      if (isStaged(handler)) throw new Error(`query channel ${channel} has a staged handler`);
      return checkOutput(channel, await handler(ctx, input));
    }

    const prepared = isStaged(handler) ? await handler.prepare(ctx, input) : undefined;
    // IMMEDIATE takes the write lock at once: a second writer (the CLI, another window) waits for the
    // busy timeout instead of failing halfway.
    const committed = deps.db
      .transaction(() => {
        const output = isStaged(handler) ? handler.apply(ctx, input, prepared as never) : handler(ctx, input);
        if (output instanceof Promise) throw new Error(`mutation ${channel} must apply synchronously`);
        const value = checkOutput(channel, output);
        const actor = change.actor ?? ctx.account;
        const outputId = (output as { id?: unknown } | null)?.id;
        const inputId = (parsed.data as { id?: unknown }).id;
        const targetId = change.targetId ?? [outputId, inputId].find((id) => typeof id === 'string');
        appendAudit(deps.db, {
          at: deps.clock.now().toISOString(),
          actorId: actor?.id ?? null,
          actorName: actor?.displayName ?? null,
          action: channel,
          targetType: change.targetType ?? channel.split('.')[0] ?? null,
          targetId: targetId ?? null,
          detail: change.detail ?? { title: spec.title, input: redactForAudit(parsed.data) },
        });
        return value;
      })
      .immediate();
    // The change stands once committed; a follow-up that fails is logged and leaves it in place.
    for (const work of followUps) {
      try {
        await work(operations);
      } catch (error) {
        logError(error, channel);
      }
    }
    return committed;
  }

  /** Further operations after a commit, each dispatched on its own at its own time. */
  const operations: OperationRunner = {
    async run(accountId, channel, input, at) {
      const timed = createDispatcher({ ...deps, clock: { now: () => at } }, handlers, options);
      const result = await timed.dispatch({ accountId }, channel, input);
      if (!result.ok) throw new DomainError(result.error.code, `${channel}：${result.error.message}`);
      return result.value as never;
    },
  };

  return {
    async dispatch(session, channel, rawInput) {
      if (!isChannel(channel)) return failure('UNKNOWN_CHANNEL');
      try {
        return { ok: true, value: await run(session, channel, rawInput) };
      } catch (error) {
        if (error instanceof InputError) return failure('INVALID_INPUT', undefined, error.issues);
        if (error instanceof DomainError) return failure(error.code, error.message);
        logError(error, channel);
        return failure('INTERNAL');
      }
    },
  };
}

/** A handler's result must match the contract; inside a mutation a mismatch rolls the change back. */
function checkOutput(channel: Channel, value: unknown): unknown {
  const checked = contract[channel].output.safeParse(value);
  if (!checked.success) throw new Error(`output of ${channel} breaks the contract: ${checked.error.message}`);
  return checked.data;
}

class InputError extends Error {
  constructor(readonly issues: string[]) {
    super('invalid input');
  }
}
