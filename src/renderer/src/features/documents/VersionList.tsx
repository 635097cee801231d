import { Empty, Table, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { VersionSummary } from '../../../../shared/api';
import { formatDateTime } from '../../lib/format';

const COLUMNS: TableProps<VersionSummary>['columns'] = [
  { title: '序号', dataIndex: 'seq', width: 70 },
  { title: '标签', dataIndex: 'label', width: 120 },
  { title: '说明', dataIndex: 'note', ellipsis: true },
  { title: '字数', dataIndex: 'charCount', width: 90, align: 'right' },
  {
    title: '内容哈希',
    dataIndex: 'contentHash',
    width: 150,
    render: (_value, version) => (
      <Tooltip title={version.contentHash}>
        <Typography.Text code>{version.contentHash.slice(0, 12)}</Typography.Text>
      </Tooltip>
    ),
  },
  { title: '保存人', dataIndex: 'createdByName', width: 100 },
  {
    title: '时间',
    dataIndex: 'createdAt',
    width: 150,
    render: (_value, version) => formatDateTime(version.createdAt),
  },
];

/** The document's frozen versions, newest last as they were saved. */
export function VersionList({ versions }: { versions: VersionSummary[] }) {
  return (
    <Table<VersionSummary>
      rowKey="id"
      size="small"
      columns={COLUMNS}
      dataSource={versions}
      pagination={false}
      locale={{ emptyText: <Empty description="暂无版本：起草功能将在后续版本提供" /> }}
    />
  );
}
