import { useQuery } from '@tanstack/react-query';
import type { Account } from '../../../shared/api';
import { hasAnyRole, type Role } from '../../../shared/domain/roles';
import { call } from '../api/client';
import { ME_KEY } from './queryClient';

/** The signed-in account (null before sign-in); the boot gate loads it, everything else reads it. */
export function useCurrentAccount(): Account | null {
  const { data } = useQuery({ queryKey: ME_KEY, queryFn: () => call('auth.me', {}) });
  return data ?? null;
}

export function useHasRole(...roles: Role[]): boolean {
  const account = useCurrentAccount();
  return account !== null && hasAnyRole(account.roles, roles);
}
