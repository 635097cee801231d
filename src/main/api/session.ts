import type { Account } from '../../shared/api';
import type { HandlerContext } from './context';

/**
 * Signs the window in as the account the operation returns. A failed attempt ends whatever session the
 * window had: it is never left signed in as someone else.
 */
export function startSession(ctx: HandlerContext, operation: () => Account): Account {
  ctx.session.accountId = null;
  const account = operation();
  ctx.session.accountId = account.id;
  return account;
}

/** Runs the operation (it records the sign-out), then ends the window's session. */
export function endSession<T>(ctx: HandlerContext, operation: () => T): T {
  const result = operation();
  ctx.session.accountId = null;
  return result;
}
