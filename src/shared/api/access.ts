import type { Role } from '../domain/roles';
import { hasAnyRole } from '../domain/roles';
import type { Access } from './contract';
import type { ErrorCode } from './errors';

/** The role matrix check: null when allowed, otherwise the error code to return. */
export function checkAccess(access: Access, account: { roles: readonly Role[] } | null): ErrorCode | null {
  if (access === 'public') return null;
  if (!account) return 'UNAUTHENTICATED';
  if (access === 'signedIn') return null;
  return hasAnyRole(account.roles, access) ? null : 'FORBIDDEN';
}
