import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { CampaignSummary } from '../../../../shared/api';
import { errorMessage } from '../../api/client';
import { useHasRole } from '../../lib/session';
import { useApiQuery } from '../../lib/useApi';
import { CreateCampaignDialog } from './CreateCampaignDialog';

const columns = [
  {
    title: '名称',
    key: 'name',
    render: (_: unknown, row: CampaignSummary) => <Link to={`/cleanup/campaigns/${row.id}`}>{row.name}</Link>,
  },
  { title: '类型', dataIndex: 'kindLabel', key: 'kind', width: 100 },
  { title: '截止日期', dataIndex: 'dueOn', key: 'dueOn', width: 110 },
  {
    title: '进度',
    key: 'progress',
    width: 220,
    render: (_: unknown, row: CampaignSummary) =>
      `已拟定 ${row.decided} / 已批准 ${row.approved} / 共 ${row.total} 件`,
  },
  {
    title: '状态',
    key: 'status',
    width: 90,
    render: (_: unknown, row: CampaignSummary) => (
      <Tag color={row.status === 'applied' ? 'green' : 'blue'}>{row.statusLabel}</Tag>
    ),
  },
];

/**
 * 清理活动: the campaigns with their progress, and 新建清理. Opened with `fromLawChange=<id>` (from a law's
 * change) the dialog opens at once as a 即时清理 of the documents citing that law.
 */
export function CampaignPanel() {
  const [params, setParams] = useSearchParams();
  const fromLawChange = params.get('fromLawChange');
  const [creating, setCreating] = useState(false);
  const canCreate = useHasRole('reviewer');
  const campaigns = useApiQuery('cleanup.list', {});
  const close = () => {
    setCreating(false);
    if (fromLawChange) setParams({ tab: 'campaigns' }, { replace: true });
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="campaign-panel">
      <Space>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          disabled={!canCreate}
          title={canCreate ? undefined : '仅审核人员可以新建清理活动'}
          onClick={() => setCreating(true)}
        >
          新建清理
        </Button>
      </Space>
      {campaigns.isError ? (
        <Alert type="error" showIcon title={`清理活动加载失败：${errorMessage(campaigns.error)}`} />
      ) : null}
      <Table<CampaignSummary>
        rowKey="id"
        columns={columns}
        dataSource={campaigns.data ?? []}
        loading={campaigns.isPending}
        locale={{ emptyText: '尚无清理活动' }}
        pagination={false}
      />
      <CreateCampaignDialog
        open={creating || (fromLawChange !== null && canCreate)}
        lawChangeId={fromLawChange}
        onClose={close}
      />
    </Space>
  );
}
