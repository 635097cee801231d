import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { CampaignDetail, CampaignItem, ChannelInput } from '../../../../shared/api';
import {
  DISPOSITION_CATALOG_TITLES,
  DISPOSITIONS,
  type Disposition,
} from '../../../../shared/domain/cleanup/campaigns';
import { call, errorMessage } from '../../api/client';
import { downloadFile } from '../../lib/downloadFile';
import { useHasRole } from '../../lib/session';
import { useApiError } from '../../lib/useApiError';
import { useApiQuery } from '../../lib/useApi';
import { DecideDialog } from './DecideDialog';

/** The day of a recorded time, where the workstation is. */
const localDay = (at: string) => dayjs(at).format('YYYY-MM-DD');

const columns = [
  {
    title: '文件名称',
    key: 'title',
    render: (_: unknown, row: CampaignItem) => (
      <Space orientation="vertical" size={0}>
        <Link to={`/documents/${row.documentId}`}>{row.title}</Link>
        {row.outOfScope ? (
          <Typography.Text type="secondary">已不符合当前范围条件（已拟定处理意见，保留）</Typography.Text>
        ) : null}
      </Space>
    ),
  },
  { title: '文号', dataIndex: 'docNumber', key: 'docNumber', width: 150 },
  { title: '登记号', dataIndex: 'registrationNumber', key: 'registrationNumber', width: 140 },
  { title: '公布日期', dataIndex: 'publishedOn', key: 'publishedOn', width: 105 },
  {
    title: '有效期至',
    key: 'validUntil',
    width: 105,
    render: (_: unknown, row: CampaignItem) => row.validUntil ?? '未设定',
  },
  {
    title: '效力状态',
    key: 'state',
    width: 120,
    render: (_: unknown, row: CampaignItem) => <Tag>{row.stateLabel}</Tag>,
  },
  {
    title: '处理意见',
    key: 'disposition',
    width: 220,
    render: (_: unknown, row: CampaignItem) =>
      row.dispositionLabel ? (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{row.dispositionLabel}</Typography.Text>
          <Typography.Text>{row.reason}</Typography.Text>
        </Space>
      ) : (
        <Typography.Text type="secondary">未拟定</Typography.Text>
      ),
  },
  {
    title: '拟定 / 批准',
    key: 'people',
    width: 200,
    render: (_: unknown, row: CampaignItem) => (
      <Space orientation="vertical" size={0}>
        <Typography.Text>
          {row.decidedByName
            ? `拟定：${row.decidedByName} ${row.decidedAt ? localDay(row.decidedAt) : ''}`
            : ''}
        </Typography.Text>
        <Typography.Text type={row.approvedAt ? undefined : 'secondary'}>
          {row.approvedAt
            ? `批准：${row.approvedByName ?? ''} ${localDay(row.approvedAt)}`
            : row.decidedByName
              ? '待负责人批准'
              : ''}
        </Typography.Text>
      </Space>
    ),
  },
];

/** What applying will do, in words, for the confirmation. */
function applySummary(detail: CampaignDetail): string {
  const counts = detail.byDisposition;
  const parts = [
    counts.continue ? `${counts.continue} 件继续有效` : '',
    counts.amend ? `${counts.amend} 件修改，将以印发文本为底稿重新进入起草` : '',
    counts.repeal ? `${counts.repeal} 件废止，自决定之日起失效` : '',
    counts.declare_invalid ? `${counts.declare_invalid} 件宣布失效，自决定之日起失效` : '',
  ].filter(Boolean);
  return `${parts.join('；')}。应用后不能再更改。`;
}

type ExportInput = ChannelInput<'cleanup.export'>;

/** A campaign: its documents with their dispositions, 拟定, 批准, 应用 and the result catalogs. */
export function CampaignPage() {
  const { id = '' } = useParams();
  const { message, modal } = App.useApp();
  const showError = useApiError();
  const campaign = useApiQuery('cleanup.get', { campaignId: id });
  const [selected, setSelected] = useState<string[]>([]);
  const [deciding, setDeciding] = useState(false);
  const isReviewer = useHasRole('reviewer');
  const isLeader = useHasRole('leader');

  const decide = useMutation({
    mutationFn: (values: { disposition: Disposition; reason: string }) =>
      call('cleanup.decide', { campaignId: id, documentIds: selected, ...values }),
    onSuccess: () => {
      setDeciding(false);
      void message.success(`已拟定 ${selected.length} 件文件的处理意见，待负责人批准。`);
      setSelected([]);
    },
    onError: (error) => showError(error),
  });
  const approve = useMutation({
    mutationFn: () => call('cleanup.approve', { campaignId: id, documentIds: selected }),
    onSuccess: () => {
      void message.success(`已批准 ${selected.length} 件文件的处理意见。`);
      setSelected([]);
    },
    onError: (error) => showError(error),
  });
  const apply = useMutation({
    mutationFn: () => call('cleanup.apply', { campaignId: id }),
    onSuccess: (detail) => void message.success(`清理结果已应用（决定日期 ${detail.decidedOn ?? ''}）。`),
    onError: (error) => showError(error),
  });
  const exportFile = useMutation({
    mutationFn: (input: Omit<ExportInput, 'campaignId'>) =>
      call('cleanup.export', { campaignId: id, ...input }),
    onSuccess: (file) => {
      downloadFile(file);
      void message.success(`已导出：${file.fileName}`);
    },
    onError: (error) => showError(error),
  });

  if (campaign.isError)
    return <Alert type="error" showIcon title={`清理活动加载失败：${errorMessage(campaign.error)}`} />;
  const detail = campaign.data;
  if (!detail) return <Card loading />;
  const open = detail.status === 'open';

  const confirmApply = () =>
    modal.confirm({
      title: `应用清理结果：${detail.name}`,
      content: applySummary(detail),
      okText: '应用',
      cancelText: '取消',
      onOk: () => apply.mutateAsync(),
    });

  return (
    <Card data-testid="campaign-page">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {detail.name}
        </Typography.Title>
        <Descriptions size="small" column={3}>
          <Descriptions.Item label="类型">{detail.kindLabel}</Descriptions.Item>
          <Descriptions.Item label="截止日期">{detail.dueOn}</Descriptions.Item>
          <Descriptions.Item label="状态">
            {detail.statusLabel}
            {detail.decidedOn ? `（决定日期 ${detail.decidedOn}）` : ''}
          </Descriptions.Item>
          <Descriptions.Item label="范围" span={3}>
            {detail.scopeText}
          </Descriptions.Item>
          <Descriptions.Item label="进度" span={3}>
            {`共 ${detail.total} 件，已拟定 ${detail.decided} 件，已批准 ${detail.approved} 件`}
          </Descriptions.Item>
        </Descriptions>
        {open ? (
          <Space wrap>
            <Button disabled={!isReviewer || selected.length === 0} onClick={() => setDeciding(true)}>
              拟定处理意见{selected.length ? `（${selected.length}）` : ''}
            </Button>
            <Button
              disabled={!isLeader || selected.length === 0}
              loading={approve.isPending}
              onClick={() => approve.mutate()}
            >
              批准{selected.length ? `（${selected.length}）` : ''}
            </Button>
            <Button
              type="primary"
              disabled={!isLeader}
              loading={apply.isPending}
              onClick={() => void confirmApply()}
            >
              应用清理结果
            </Button>
            {!isReviewer && !isLeader ? (
              <Typography.Text type="secondary">处理意见由审核人员拟定，负责人批准并应用。</Typography.Text>
            ) : null}
          </Space>
        ) : null}
        <Space wrap>
          {DISPOSITIONS.map((disposition) => (
            <Button
              key={disposition}
              icon={<FileWordOutlined />}
              loading={exportFile.isPending && exportFile.variables.catalog === disposition}
              onClick={() => exportFile.mutate({ catalog: disposition, format: 'docx' })}
            >
              {DISPOSITION_CATALOG_TITLES[disposition].replace('的规范性文件目录', '目录')}
            </Button>
          ))}
          <Button
            icon={<FileExcelOutlined />}
            onClick={() => exportFile.mutate({ catalog: 'continue', format: 'xlsx' })}
          >
            全部目录（Excel）
          </Button>
          <Button
            icon={<FileWordOutlined />}
            onClick={() => exportFile.mutate({ catalog: 'report', format: 'docx' })}
          >
            清理情况报告
          </Button>
        </Space>
        <Table<CampaignItem>
          rowKey="documentId"
          size="small"
          columns={columns}
          dataSource={detail.items}
          rowSelection={
            open
              ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }
              : undefined
          }
          pagination={{ pageSize: 50, showSizeChanger: false }}
          data-testid="campaign-items"
        />
      </Space>
      <DecideDialog
        open={deciding}
        count={selected.length}
        pending={decide.isPending}
        onCancel={() => setDeciding(false)}
        onSubmit={(values) => decide.mutate(values)}
      />
    </Card>
  );
}
