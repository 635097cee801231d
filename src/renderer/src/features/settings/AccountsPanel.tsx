import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import type { Account } from '../../../../shared/api';
import { ROLE_LABELS } from '../../../../shared/domain/roles';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useApiQuery } from '../../lib/useApi';
import { CreateAccountModal } from './CreateAccountModal';
import { EditAccountModal } from './EditAccountModal';
import { ResetPasswordModal } from './ResetPasswordModal';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'reset'; account: Account } | null;

/** 账号管理 (administrators only): who may sign in at this workstation and with which roles. */
export function AccountsPanel() {
  const users = useApiQuery('users.list', {});
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const columns: TableProps<Account>['columns'] = [
    { title: '用户名', dataIndex: 'username', width: 140 },
    { title: '姓名', dataIndex: 'displayName', width: 120 },
    {
      title: '角色',
      dataIndex: 'roles',
      render: (_value, account) =>
        account.roles.map((role) => (
          <Tag key={role} color={role === 'admin' ? 'gold' : 'blue'}>
            {ROLE_LABELS[role]}
          </Tag>
        )),
    },
    {
      title: '状态',
      dataIndex: 'active',
      width: 90,
      render: (_value, account) =>
        account.active ? <Tag color="success">启用</Tag> : <Tag color="default">停用</Tag>,
    },
    {
      title: '建立时间',
      dataIndex: 'createdAt',
      width: 150,
      render: (_value, account) => formatDateTime(account.createdAt),
    },
    {
      title: '操作',
      key: 'actions',
      width: 160,
      render: (_value, account) => (
        <Space size={0}>
          <Button type="link" onClick={() => setDialog({ kind: 'edit', account })}>
            编辑
          </Button>
          <Button type="link" onClick={() => setDialog({ kind: 'reset', account })}>
            重置密码
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <div style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
          新建账号
        </Button>
      </div>
      {users.isError && (
        <Alert type="error" showIcon title={errorMessage(users.error)} style={{ marginBottom: 16 }} />
      )}
      <Table<Account>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={users.data ?? []}
        loading={users.isPending}
        pagination={false}
      />
      {dialog?.kind === 'create' && <CreateAccountModal onClose={close} />}
      {dialog?.kind === 'edit' && <EditAccountModal account={dialog.account} onClose={close} />}
      {dialog?.kind === 'reset' && <ResetPasswordModal account={dialog.account} onClose={close} />}
    </>
  );
}
