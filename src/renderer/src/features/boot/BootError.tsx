import { Button, Result } from 'antd';
import { errorMessage } from '../../api/client';

export function BootError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
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
