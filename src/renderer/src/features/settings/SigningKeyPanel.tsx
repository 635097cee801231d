import { Alert, Descriptions, Space, Typography } from 'antd';
import { groupFingerprint } from '../../../../shared/domain/keyRoster';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useHasRole } from '../../lib/session';
import { useApiQuery } from '../../lib/useApi';
import { KeyRosterPanel } from './KeyRosterPanel';

/**
 * 签名密钥: the account's own key fingerprint, which others compare with the one a verified file names;
 * administrators also see and sign the agency's key roster.
 */
export function SigningKeyPanel() {
  const isAdmin = useHasRole('admin');
  const own = useApiQuery('signingKeys.getOwn', {});
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {own.isError ? (
        <Alert type="error" showIcon title={errorMessage(own.error)} />
      ) : own.data ? (
        <Descriptions size="small" column={1} bordered style={{ maxWidth: 720 }}>
          <Descriptions.Item label="我的密钥指纹">
            <Typography.Text code copyable data-testid="own-key-fingerprint">
              {groupFingerprint(own.data.fingerprint)}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="启用时间">{formatDateTime(own.data.validFrom)}</Descriptions.Item>
        </Descriptions>
      ) : (
        !own.isPending && (
          <Typography.Text type="secondary">本账号尚无签名密钥（首次签署时生成）。</Typography.Text>
        )
      )}
      {isAdmin && <KeyRosterPanel />}
    </Space>
  );
}
