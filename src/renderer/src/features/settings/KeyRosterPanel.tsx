import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import type { RosterEntry } from '../../../../shared/api';
import { SignRosterInput } from '../../../../shared/api';
import { groupFingerprint } from '../../../../shared/domain/keyRoster';
import { ROLE_LABELS, type Role } from '../../../../shared/domain/roles';
import { AppError, call, errorMessage } from '../../api/client';
import { downloadFile } from '../../lib/downloadFile';
import { formatDateTime } from '../../lib/format';
import { zodRule } from '../../lib/formRules';
import { apiKey, useApiQuery } from '../../lib/useApi';
import { useApiError } from '../../lib/useApiError';
import { useEnterSubmit } from '../../lib/useEnterSubmit';
import { submitAgainWhenOverrun } from '../../lib/submitAgain';

const ENDED_LABELS: Record<NonNullable<RosterEntry['endedBy']>, string> = {
  replaced: '已更换',
  revoked: '已停用',
};

const COLUMNS: TableProps<RosterEntry>['columns'] = [
  { title: '人员', dataIndex: 'displayName', width: 120 },
  {
    title: '角色',
    dataIndex: 'roles',
    width: 160,
    render: (roles: string[]) =>
      roles.map((role) => (Object.hasOwn(ROLE_LABELS, role) ? ROLE_LABELS[role as Role] : role)).join('、'),
  },
  {
    title: '指纹',
    dataIndex: 'fingerprint',
    render: (fingerprint: string) => (
      <Typography.Text code style={{ fontSize: 12 }}>
        {groupFingerprint(fingerprint)}
      </Typography.Text>
    ),
  },
  { title: '启用时间', dataIndex: 'validFrom', width: 140, render: (at: string) => formatDateTime(at) },
  {
    title: '停用时间',
    key: 'validUntil',
    width: 160,
    render: (_value, entry) =>
      entry.validUntil && entry.endedBy
        ? `${formatDateTime(entry.validUntil)}（${ENDED_LABELS[entry.endedBy]}）`
        : '—',
  },
];

/**
 * 密钥名册 (administrators): every signing key with its holder and validity. The administrator signs it
 * with their own key; the signed copy goes out with each exported sign-off file.
 */
export function KeyRosterPanel() {
  const roster = useApiQuery('keyRoster.get', {});
  const showError = useApiError();
  const [signing, setSigning] = useState(false);
  const exportRoster = useMutation({
    mutationFn: () => call('keyRoster.export', {}),
    onSuccess: (file) => downloadFile(file),
    onError: (error) => showError(error),
  });
  const last = roster.data?.lastSigned ?? null;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="key-roster">
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          密钥名册
        </Typography.Title>
        <Space>
          <Button icon={<SafetyCertificateOutlined />} onClick={() => setSigning(true)}>
            签发名册
          </Button>
          <Button
            icon={<DownloadOutlined />}
            disabled={!last}
            loading={exportRoster.isPending}
            onClick={() => exportRoster.mutate()}
          >
            导出名册
          </Button>
        </Space>
      </Space>
      {roster.isError ? (
        <Alert type="error" showIcon title={errorMessage(roster.error)} />
      ) : (
        <>
          {!roster.isPending && (
            <Alert
              type={last?.current ? 'info' : 'warning'}
              showIcon
              title={
                last
                  ? `${formatDateTime(last.signedAt)} 由${last.signerName}签发（签发密钥指纹 ${groupFingerprint(last.signerFingerprint)}）${last.current ? '' : '；此后名册已有变化，请重新签发，导出的签名文件才能确认新密钥'}`
                  : '名册尚未签发：导出的签名文件不附名册，无法离线确认签名人。'
              }
            />
          )}
          <Table<RosterEntry>
            rowKey="fingerprint"
            size="small"
            columns={COLUMNS}
            dataSource={roster.data?.entries ?? []}
            loading={roster.isPending}
            pagination={false}
            locale={{ emptyText: '暂无签名密钥' }}
          />
        </>
      )}
      {signing && <SignRosterModal onClose={() => setSigning(false)} />}
    </Space>
  );
}

function SignRosterModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<{ password: string }>();
  const onKeyDown = useEnterSubmit(() => form.submit());
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const sign = useMutation({
    mutationFn: ({ password }: { password: string }) => call('keyRoster.sign', { password }),
    onSuccess: (view) => {
      queryClient.setQueryData(apiKey('keyRoster.get', {}), view);
      void message.success('已签发密钥名册');
      onClose();
    },
    onError: (error) => {
      if (error instanceof AppError && error.code === 'BAD_CREDENTIALS') {
        form.setFields([{ name: 'password', value: '', errors: [error.message] }]);
        return;
      }
      showError(error, form);
    },
  });
  return (
    <Modal
      open
      title="签发密钥名册"
      okText="签发"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={sign.isPending}
      mask={{ closable: false }}
    >
      <Typography.Paragraph type="secondary">
        以您本人的签名密钥签署当前名册。此后导出的签名文件均附此名册，供他人离线确认签名人。
      </Typography.Paragraph>
      <Form
        form={form}
        onFinishFailed={submitAgainWhenOverrun(form)}
        onKeyDown={onKeyDown}
        layout="vertical"
        onFinish={(values) => sign.mutate(values)}
      >
        <Form.Item label="您的密码" name="password" rules={[zodRule(SignRosterInput.shape.password)]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
