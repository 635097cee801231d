import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Signoff, VersionSummary } from '../../../../shared/api';
import { SIGNOFF_OPINION_LABELS } from '../../../../shared/api';
import { groupFingerprint } from '../../../../shared/domain/keyRoster';
import { ROLE_LABELS, type Role } from '../../../../shared/domain/roles';
import { versionTitle } from '../../../../shared/domain/versionName';
import { errorMessage } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useHasRole } from '../../lib/session';
import { useApiQuery } from '../../lib/useApi';
import { versionPath } from '../versions';
import { ExportSignatureButton } from './ExportSignatureButton';
import { SignDialog } from './SignDialog';
import { SignoffStatusTags } from './SignoffStatusTags';

const OPINION_COLORS: Record<Signoff['opinion'], string> = {
  agree: 'green',
  agree_with_changes: 'gold',
  disagree: 'red',
};

function roleLabel(role: string): string {
  return Object.hasOwn(ROLE_LABELS, role) ? ROLE_LABELS[role as Role] : role;
}

function columns(documentId: string): TableProps<Signoff>['columns'] {
  return [
    { title: '签署人', dataIndex: 'signerName', width: 90 },
    { title: '角色', dataIndex: 'signerRole', width: 90, render: (role: string) => roleLabel(role) },
    {
      title: '意见',
      dataIndex: 'opinion',
      width: 100,
      render: (opinion: Signoff['opinion']) => (
        <Tag color={OPINION_COLORS[opinion]}>{SIGNOFF_OPINION_LABELS[opinion]}</Tag>
      ),
    },
    {
      title: '法律意见',
      dataIndex: 'text',
      render: (text: string) => (
        <Typography.Paragraph ellipsis={{ rows: 2, expandable: true, symbol: '展开' }} style={{ margin: 0 }}>
          {text}
        </Typography.Paragraph>
      ),
    },
    {
      title: '所签版本',
      dataIndex: 'versionSeq',
      width: 140,
      render: (_value, signoff) => (
        <Link to={versionPath(documentId, signoff.versionId)}>
          {versionTitle(signoff.versionSeq, signoff.versionLabel)}
        </Link>
      ),
    },
    { title: '签署时间', dataIndex: 'signedAt', width: 140, render: (at: string) => formatDateTime(at) },
    {
      title: '密钥指纹',
      dataIndex: 'keyFingerprint',
      width: 130,
      render: (fingerprint: string) => {
        const grouped = groupFingerprint(fingerprint);
        return (
          <Typography.Text code copyable={{ text: grouped }} title={grouped} style={{ fontSize: 12 }}>
            {grouped.slice(0, 9)}…
          </Typography.Text>
        );
      },
    },
    {
      title: '状态',
      key: 'status',
      width: 190,
      render: (_value, signoff) => <SignoffStatusTags signoff={signoff} />,
    },
    {
      title: '签名文件',
      key: 'export',
      width: 130,
      render: (_value, signoff) => <ExportSignatureButton signoffId={signoff.id} />,
    },
  ];
}

interface Props {
  documentId: string;
  versions: VersionSummary[];
  /** The version a new sign-off starts on (the reviewed one on the review page). */
  defaultVersionId?: string;
}

/** 签署意见: counsel's and reviewers' signed opinions on exact versions of the document. */
export function SignoffPanel({ documentId, versions, defaultVersionId }: Props) {
  const signoffs = useApiQuery('signoffs.list', { documentId });
  const canSign = useHasRole('counsel', 'reviewer');
  const [signing, setSigning] = useState(false);
  return (
    <Card
      size="small"
      title="签署意见"
      data-testid="signoff-panel"
      extra={
        canSign && (
          <Button
            icon={<SafetyCertificateOutlined />}
            disabled={versions.length === 0}
            title={versions.length === 0 ? '尚无已保存的版本' : undefined}
            onClick={() => setSigning(true)}
          >
            签署法律意见
          </Button>
        )
      }
    >
      {signoffs.isError ? (
        <Alert type="error" showIcon title={errorMessage(signoffs.error)} />
      ) : (
        <Table<Signoff>
          rowKey="id"
          size="small"
          columns={columns(documentId)}
          dataSource={signoffs.data ?? []}
          loading={signoffs.isPending}
          pagination={false}
          locale={{ emptyText: '暂无签署意见' }}
        />
      )}
      {signing && (
        <SignDialog
          documentId={documentId}
          versions={versions}
          defaultVersionId={defaultVersionId}
          onClose={() => setSigning(false)}
        />
      )}
    </Card>
  );
}
