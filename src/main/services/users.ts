import type { Account, ParsedInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import type { Role } from '../../shared/domain/roles';
import * as users from '../db/repos/users';
import type { UserRecord } from '../db/repos/users';
import type { Deps } from '../deps';
import type { ServiceContext } from './context';
import { hashPassword } from './passwords';
import { createSigningKeyIfSigner, onPasswordChanged, revokeSigningKey } from './signingKeys';

export function listUsers(ctx: ServiceContext): Account[] {
  return users.listUsers(ctx.db).map(users.toAccount);
}

export function createUser(ctx: ServiceContext, input: ParsedInput<'users.create'>): Account {
  if (users.findUserByUsername(ctx.db, input.username)) {
    throw new DomainError('CONFLICT', `用户名“${input.username}”已被使用。`);
  }
  const id = ctx.ids.next();
  users.insertUser(ctx.db, {
    id,
    username: input.username,
    displayName: input.displayName,
    passwordHash: hashPassword(input.password),
    roles: uniqueRoles(input.roles),
    at: ctx.clock.now().toISOString(),
  });
  const account = users.toAccount(mustFindUser(ctx, id));
  createSigningKeyIfSigner(ctx, account, input.password);
  return account;
}

export function updateUser(ctx: ServiceContext, input: ParsedInput<'users.update'>): Account {
  const user = mustFindUser(ctx, input.id);
  const next = {
    displayName: input.displayName ?? user.displayName,
    roles: input.roles ? uniqueRoles(input.roles) : user.roles,
    active: input.active ?? user.active,
  };
  const wasAdmin = user.active && user.roles.includes('admin');
  const staysAdmin = next.active && next.roles.includes('admin');
  if (wasAdmin && !staysAdmin && users.countActiveAdmins(ctx.db) <= 1) {
    throw new DomainError('INVALID_STATE', '不能停用或撤销最后一个管理员账号，否则将无人能管理系统。');
  }
  users.updateUser(ctx.db, user.id, { ...next, at: ctx.clock.now().toISOString() });
  if (user.active && !next.active) revokeSigningKey(ctx, users.toAccount(user));
  ctx.describeChange({
    detail: {
      before: { displayName: user.displayName, roles: user.roles, active: user.active },
      after: next,
    },
  });
  return users.toAccount(mustFindUser(ctx, user.id));
}

export function resetPassword(ctx: ServiceContext, input: ParsedInput<'users.resetPassword'>): null {
  const holder = users.toAccount(mustFindUser(ctx, input.id));
  users.updatePasswordHash(ctx.db, input.id, hashPassword(input.password), ctx.clock.now().toISOString());
  onPasswordChanged(ctx, holder, null, input.password);
  return null;
}

export function mustFindUser(deps: Deps, id: string): UserRecord {
  const user = users.findUserById(deps.db, id);
  if (!user) throw new DomainError('NOT_FOUND', '账号不存在。');
  return user;
}

export function uniqueRoles(roles: readonly Role[]): Role[] {
  return [...new Set(roles)];
}
