import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useCallback } from 'react';
import type { Account } from '../../../shared/api';
import { ME_KEY } from './queryClient';

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
