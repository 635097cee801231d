import type { Account, ParsedInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import { appendAudit, type NewAuditEntry } from '../db/repos/auditLog';
import { findUserByUsername, toAccount, updatePasswordHash } from '../db/repos/users';
import { requireAccount, type ServiceContext } from './context';
import { hashPassword, unknownUserHash, verifyPassword } from './passwords';
import { onPasswordChanged } from './signingKeys';
import { mustFindUser } from './users';

/**
 * An audit entry written by a channel that runs outside the dispatch's transaction. The next sequence
 * number is read and used under the write lock (BEGIN IMMEDIATE), so that another process signing in at
 * the same moment (the CLI, a second window) waits instead of taking the same number.
 */
function recordNow(ctx: ServiceContext, entry: NewAuditEntry): void {
  ctx.db.transaction(() => appendAudit(ctx.db, entry)).immediate();
}

/**
 * Checks a username and password and returns the account to sign in. Sign-in is not a change of data
 * but belongs in the record: success and failure each get an audit entry (written here, since the
 * channel runs outside a transaction).
 */
export function signIn(ctx: ServiceContext, input: ParsedInput<'auth.signIn'>): Account {
  const user = findUserByUsername(ctx.db, input.username);
  const valid = verifyPassword(input.password, user?.passwordHash ?? unknownUserHash()) && user !== null;
  const record = (action: string, actor: Account | null) =>
    recordNow(ctx, {
      at: ctx.clock.now().toISOString(),
      actorId: actor?.id ?? null,
      actorName: actor?.displayName ?? null,
      action,
      targetType: 'users',
      targetId: user?.id ?? null,
      detail: { username: input.username },
    });
  if (!user || !valid) {
    record('auth.signIn.failed', null);
    throw new DomainError('BAD_CREDENTIALS');
  }
  if (!user.active) {
    record('auth.signIn.failed', null);
    throw new DomainError('ACCOUNT_DISABLED');
  }
  const account = toAccount(user);
  record('auth.signIn', account);
  return account;
}

/** Records the sign-out of the signed-in account (the caller ends its session). */
export function signOut(ctx: ServiceContext): null {
  const account = requireAccount(ctx);
  recordNow(ctx, {
    at: ctx.clock.now().toISOString(),
    actorId: account.id,
    actorName: account.displayName,
    action: 'auth.signOut',
    targetType: 'users',
    targetId: account.id,
    detail: {},
  });
  return null;
}

export function changePassword(ctx: ServiceContext, input: ParsedInput<'auth.changePassword'>): null {
  const account = requireAccount(ctx);
  const user = mustFindUser(ctx, account.id);
  if (!verifyPassword(input.currentPassword, user.passwordHash)) {
    throw new DomainError('BAD_CREDENTIALS', '当前密码不正确。');
  }
  updatePasswordHash(ctx.db, account.id, hashPassword(input.newPassword), ctx.clock.now().toISOString());
  onPasswordChanged(ctx, account, input.currentPassword, input.newPassword);
  ctx.describeChange({ targetId: account.id });
  return null;
}
