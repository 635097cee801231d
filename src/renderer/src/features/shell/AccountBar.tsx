import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Typography } from 'antd';
import type { Account } from '../../../../shared/api';
import { ROLE_LABELS } from '../../../../shared/domain/roles';
import { useSignOut } from '../auth';

/** Who is signed in, with which roles, and 退出登录. */
export function AccountBar({ account }: { account: Account }) {
  const signOut = useSignOut();
  return (
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
  );
}
