import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';
import { lazyWithAntd } from '../../lib/antd/lazyWithAntd';
import { PageSpin } from '../../lib/PageSpin';
import { ME_KEY } from '../../lib/queryClient';
import { useApiQuery } from '../../lib/useApi';
import { AppShell } from '../shell';

const SetupWizard = lazyWithAntd(() => import('../setup').then((module) => module.SetupWizard));
const SignInPage = lazyWithAntd(() => import('../auth/SignInPage').then((module) => module.SignInPage));
const BootError = lazyWithAntd(() => import('./BootError').then((module) => module.BootError));

/**
 * Decides what the window shows: the setup wizard on a fresh workspace, the sign-in page without a
 * session, otherwise the application. (The screens other than the application load with their code.)
 */
export function BootGate() {
  const status = useApiQuery('setup.status', {});
  const initialized = status.data?.initialized === true;
  const me = useQuery({ queryKey: ME_KEY, queryFn: () => call('auth.me', {}), enabled: initialized });

  if (status.isPending) return <PageSpin fullPage />;
  if (status.isError) return <BootError error={status.error} onRetry={() => void status.refetch()} />;
  if (!initialized) return <SetupWizard />;
  if (me.isPending) return <PageSpin fullPage />;
  if (me.isError) return <BootError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <SignInPage agencyName={status.data.agencyName} />;
  return <AppShell />;
}
