import type { Account, ParsedInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import { getSetting, putSetting } from '../db/repos/settings';
import { countUsers } from '../db/repos/users';
import type { ServiceContext } from './context';
import { seedDemoWorkspace } from './demo';
import { AGENCY_KEY } from './settings';
import { createUser, uniqueRoles } from './users';

export function setupStatus(ctx: ServiceContext): { initialized: boolean; agencyName: string | null } {
  const agency = getSetting<{ agencyName: string }>(ctx.db, AGENCY_KEY);
  return { initialized: countUsers(ctx.db) > 0, agencyName: agency?.agencyName ?? null };
}

/** First run: agency settings and the first administrator (whom the caller signs in at once). */
export function initialize(ctx: ServiceContext, input: ParsedInput<'setup.initialize'>): Account {
  if (countUsers(ctx.db) > 0) throw new DomainError('ALREADY_INITIALIZED');
  putSetting(ctx.db, AGENCY_KEY, input.agency);
  const admin = createUser(ctx, { ...input.admin, roles: uniqueRoles(['admin', ...input.admin.roles]) });
  if (input.demo) seedDemoWorkspace({ ...ctx, account: admin }, input.admin.password);
  ctx.describeChange({
    actor: admin,
    targetType: 'users',
    targetId: admin.id,
    detail: {
      agency: input.agency,
      admin: { username: admin.username, roles: admin.roles },
      demo: input.demo,
    },
  });
  return admin;
}
