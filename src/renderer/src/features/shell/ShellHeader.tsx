import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Layout, Space, Tag, Typography } from 'antd';
import { ROLE_LABELS } from '../../../../shared/domain/roles';
import { useCurrentAccount } from '../../lib/session';
import { useApiQuery } from '../../lib/useApi';
import { useSignOut } from '../auth';

export function ShellHeader() {
  const account = useCurrentAccount();
  const agency = useApiQuery('settings.getAgency', {});
  const signOut = useSignOut();
  return (
    <Layout.Header
      style={{
        background: '#fff',
        padding: '0 24px',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        borderBottom: '1px solid #f0f0f0',
      }}
    >
      <Typography.Text strong style={{ fontSize: 16 }}>
        {agency.data?.agencyName ?? ''}
        <Typography.Text type="secondary" style={{ marginLeft: 12, fontWeight: 'normal' }}>
          规范性文件审核备案工作台
        </Typography.Text>
      </Typography.Text>
      {account && (
        <Space size="middle">
          <Space size={4}>
            <UserOutlined />
            <Typography.Text>{account.displayName}</Typography.Text>
          </Space>
          <span>
            {account.roles.map((role) => (
              <Tag key={role} color={role === 'admin' ? 'gold' : 'blue'}>
                {ROLE_LABELS[role]}
              </Tag>
            ))}
          </span>
          <Button icon={<LogoutOutlined />} onClick={() => signOut.mutate()} loading={signOut.isPending}>
            退出登录
          </Button>
        </Space>
      )}
    </Layout.Header>
  );
}
