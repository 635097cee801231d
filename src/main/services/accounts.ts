import type { Account, CreateUserInput, SetupInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import type { Role } from '../../shared/domain/roles';
import type { HandlerContext } from '../api/context';
import { requireAccount } from '../api/context';
import { appendAudit } from '../db/repos/auditLog';
import { getSetting, putSetting } from '../db/repos/settings';
import {
  countActiveAdmins,
  countUsers,
  findUserById,
  findUserByUsername,
  insertUser,
  listUsers,
  toAccount,
  updatePasswordHash,
  updateUser,
} from '../db/repos/users';
import type { Deps } from '../deps';
import { unknownUserHash, hashPassword, verifyPassword } from './passwords';
import { seedDemoWorkspace } from './demo';
import { AGENCY_KEY } from './settings';
import { createSigningKeyIfSigner, onPasswordChanged } from './signoffs';

export function setupStatus(deps: Deps): { initialized: boolean; agencyName: string | null } {
  const agency = getSetting<{ agencyName: string }>(deps.db, AGENCY_KEY);
  return { initialized: countUsers(deps.db) > 0, agencyName: agency?.agencyName ?? null };
}

export function createAccount(deps: Deps, input: CreateUserInput): Account {
  if (findUserByUsername(deps.db, input.username)) {
    throw new DomainError('CONFLICT', `用户名“${input.username}”已被使用。`);
  }
  const id = deps.ids.next();
  insertUser(deps.db, {
    id,
    username: input.username,
    displayName: input.displayName,
    passwordHash: hashPassword(input.password),
    roles: uniqueRoles(input.roles),
    at: deps.clock.now().toISOString(),
  });
  const account = toAccount(mustFindUser(deps, id));
  createSigningKeyIfSigner(deps, account, input.password);
  return account;
}

/** First run: agency settings and the first administrator, signed in at once. */
export function initialize(ctx: HandlerContext, input: SetupInput): Account {
  if (countUsers(ctx.db) > 0) throw new DomainError('ALREADY_INITIALIZED');
  putSetting(ctx.db, AGENCY_KEY, input.agency);
  const admin = createAccount(ctx, { ...input.admin, roles: uniqueRoles(['admin', ...input.admin.roles]) });
  if (input.demo) seedDemoWorkspace(ctx, admin);
  ctx.session.accountId = admin.id;
  ctx.audit.actor = admin;
  ctx.audit.targetType = 'users';
  ctx.audit.targetId = admin.id;
  ctx.audit.detail = {
    agency: input.agency,
    admin: { username: admin.username, roles: admin.roles },
    demo: input.demo,
  };
  return admin;
}

/**
 * Sign-in is not a change of data but belongs in the record: success and failure each get an audit
 * entry (written here, since the channel runs outside a transaction).
 */
export function signIn(ctx: HandlerContext, username: string, password: string): Account {
  const user = findUserByUsername(ctx.db, username);
  const valid = verifyPassword(password, user?.passwordHash ?? unknownUserHash()) && user !== null;
  // A failed attempt ends whatever session this window had: it is never left signed in as someone else.
  if (!valid || !user?.active) ctx.session.accountId = null;
  const record = (action: string, actor: Account | null) =>
    appendAudit(ctx.db, {
      at: ctx.clock.now().toISOString(),
      actorId: actor?.id ?? null,
      actorName: actor?.displayName ?? null,
      action,
      targetType: 'users',
      targetId: user?.id ?? null,
      detail: { username },
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
  ctx.session.accountId = account.id;
  record('auth.signIn', account);
  return account;
}

export function signOut(ctx: HandlerContext): null {
  const account = requireAccount(ctx);
  ctx.session.accountId = null;
  appendAudit(ctx.db, {
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

export function changeOwnPassword(ctx: HandlerContext, currentPassword: string, newPassword: string): null {
  const account = requireAccount(ctx);
  const user = mustFindUser(ctx, account.id);
  if (!verifyPassword(currentPassword, user.passwordHash)) {
    throw new DomainError('BAD_CREDENTIALS', '当前密码不正确。');
  }
  updatePasswordHash(ctx.db, account.id, hashPassword(newPassword), ctx.clock.now().toISOString());
  onPasswordChanged(ctx, account.id, currentPassword, newPassword);
  ctx.audit.targetId = account.id;
  return null;
}

export function listAccounts(deps: Deps): Account[] {
  return listUsers(deps.db).map(toAccount);
}

export function updateAccount(
  ctx: HandlerContext,
  input: {
    id: string;
    displayName?: string | undefined;
    roles?: Role[] | undefined;
    active?: boolean | undefined;
  },
): Account {
  const user = mustFindUser(ctx, input.id);
  const next = {
    displayName: input.displayName ?? user.displayName,
    roles: input.roles ? uniqueRoles(input.roles) : user.roles,
    active: input.active ?? user.active,
  };
  const wasAdmin = user.active && user.roles.includes('admin');
  const staysAdmin = next.active && next.roles.includes('admin');
  if (wasAdmin && !staysAdmin && countActiveAdmins(ctx.db) <= 1) {
    throw new DomainError('INVALID_STATE', '不能停用或撤销最后一个管理员账号，否则将无人能管理系统。');
  }
  updateUser(ctx.db, user.id, { ...next, at: ctx.clock.now().toISOString() });
  ctx.audit.detail = {
    before: { displayName: user.displayName, roles: user.roles, active: user.active },
    after: next,
  };
  return toAccount(mustFindUser(ctx, user.id));
}

export function resetPassword(ctx: HandlerContext, id: string, password: string): null {
  mustFindUser(ctx, id);
  updatePasswordHash(ctx.db, id, hashPassword(password), ctx.clock.now().toISOString());
  onPasswordChanged(ctx, id, null, password);
  return null;
}

function mustFindUser(deps: Deps, id: string) {
  const user = findUserById(deps.db, id);
  if (!user) throw new DomainError('NOT_FOUND', '账号不存在。');
  return user;
}

function uniqueRoles(roles: readonly Role[]): Role[] {
  return [...new Set(roles)];
}
