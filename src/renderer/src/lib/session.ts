import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback } from 'react';
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

/**
 * After sign-in, sign-out or setup the whole cache belongs to another account: drop it and put the new
 * account in place, so no page shows what the previous account loaded.
 */
export function useSetSession(): (account: Account | null) => void {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return useCallback(
    (account: Account | null) => {
      message.destroy();
      // The boot gate observes these two; removing them would leave it watching a detached query.
      const kept = new Set<unknown>(['setup.status', ME_KEY[0]]);
      queryClient.removeQueries({ predicate: (query) => !kept.has(query.queryKey[0]) });
      queryClient.setQueryData(ME_KEY, account);
      void queryClient.invalidateQueries({ queryKey: ['setup.status'] });
    },
    [queryClient, message],
  );
}
