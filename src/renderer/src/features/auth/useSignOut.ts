import { useMutation } from '@tanstack/react-query';
import { call } from '../../api/client';
import { useApiError } from '../../lib/useApiError';
import { useSetSession } from '../../lib/useSetSession';

/** Ends the session and returns the window to the sign-in page. */
export function useSignOut() {
  const setSession = useSetSession();
  const showError = useApiError();
  return useMutation({
    mutationFn: () => call('auth.signOut', {}),
    onSuccess: () => setSession(null),
    onError: showError,
  });
}
