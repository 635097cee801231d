import { useQuery } from '@tanstack/react-query';
import { Button, Result, Spin } from 'antd';
import { call, errorMessage } from '../../api/client';
import { ME_KEY } from '../../lib/queryClient';
import { useApiQuery } from '../../lib/useApi';
import { SignInPage } from '../auth';
import { SetupWizard } from '../setup';
import { AppShell } from '../shell';

/**
 * Decides what the window shows: the setup wizard on a fresh workspace, the sign-in page without a
 * session, otherwise the application.
 */
export function BootGate() {
  const status = useApiQuery('setup.status', {});
  const initialized = status.data?.initialized === true;
  const me = useQuery({ queryKey: ME_KEY, queryFn: () => call('auth.me', {}), enabled: initialized });

  if (status.isPending) return <FullPageSpin />;
  if (status.isError) return <BootError error={status.error} onRetry={() => void status.refetch()} />;
  if (!initialized) return <SetupWizard />;
  if (me.isPending) return <FullPageSpin />;
  if (me.isError) return <BootError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <SignInPage agencyName={status.data.agencyName} />;
  return <AppShell />;
}

function FullPageSpin() {
  return (
    <div style={{ display: 'flex', height: '100vh', alignItems: 'center', justifyContent: 'center' }}>
      <Spin size="large" description="正在载入……" />
    </div>
  );
}

function BootError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <Result
      status="error"
      title="无法载入 NormDesk"
      subTitle={errorMessage(error)}
      extra={
        <Button type="primary" onClick={onRetry}>
          重试
        </Button>
      }
    />
  );
}
