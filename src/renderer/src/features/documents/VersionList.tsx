import { Empty, Space, Table, Tooltip, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { VersionSummary } from '../../../../shared/api';
import { CompareSelectedButton, comparePath, DRAFT } from '../compare';
import { formatDateTime } from '../../lib/format';
import { versionPath } from '../versions';

function columns(documentId: string): TableProps<VersionSummary>['columns'] {
  return [
    { title: '序号', dataIndex: 'seq', width: 70 },
    {
      title: '标签',
      dataIndex: 'label',
      width: 140,
      render: (_value, version) => (
        <Link to={versionPath(documentId, version.id)} title="查看此版本并批注">
          {version.label}
        </Link>
      ),
    },
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
    {
      title: '操作',
      key: 'open',
      width: 200,
      render: (_value, version) => (
        <Space size={12}>
          <Link to={versionPath(documentId, version.id)}>查看 / 批注</Link>
          <Link to={comparePath(documentId, version.id, DRAFT)}>与当前草稿比对</Link>
        </Space>
      ),
    },
  ];
}

/** The document's frozen versions, newest last as they were saved; each opens in the version viewer. */
export function VersionList({ documentId, versions }: { documentId: string; versions: VersionSummary[] }) {
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <Table<VersionSummary>
      rowKey="id"
      size="small"
      rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }}
      title={() => <CompareSelectedButton documentId={documentId} versions={versions} selected={selected} />}
      columns={columns(documentId)}
      dataSource={versions}
      pagination={false}
      locale={{ emptyText: <Empty description="暂无版本" /> }}
    />
  );
}
