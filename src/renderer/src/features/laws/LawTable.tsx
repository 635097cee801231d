import { Button, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { LAW_PAGE_SIZES, type LawQuery } from './lawQuery';
import type { Law } from './lawStatus';
import { LawStatusTag } from './LawStatusTag';

interface Props {
  query: LawQuery;
  onChange: (patch: Partial<LawQuery>) => void;
  items: Law[];
  total: number;
  loading: boolean;
  /** Set for administrators and reviewers. */
  onEdit?: (law: Law) => void;
}

/** The library list, paged by the server. */
export function LawTable({ query, onChange, items, total, loading, onEdit }: Props) {
  const columns: TableProps<Law>['columns'] = [
    {
      title: '名称',
      dataIndex: 'title',
      render: (_value, law) => (
        <>
          {law.title}
          {law.edited && (
            <Tag color="purple" style={{ marginLeft: 8 }}>
              本机修改
            </Tag>
          )}
          {law.note && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {law.note}
            </Typography.Text>
          )}
        </>
      ),
    },
    { title: '效力级别', dataIndex: 'level', width: 120, render: (level: string) => level || '—' },
    { title: '制定机关', dataIndex: 'issuer', width: 200, render: (issuer: string) => issuer || '—' },
    { title: '公布日期', dataIndex: 'promulgated', width: 110, render: (date: string) => date || '—' },
    {
      title: '状态',
      dataIndex: 'status',
      width: 90,
      render: (_value, law) => <LawStatusTag status={law.status} />,
    },
    {
      title: '被替代为 / 修改为',
      dataIndex: 'supersededBy',
      width: 220,
      render: (replacement: string | null) => (replacement ? `《${replacement}》` : '—'),
    },
    ...(onEdit
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 90,
            render: (_value: unknown, law: Law) => (
              <Button type="link" aria-label={`修改《${law.title}》的状态`} onClick={() => onEdit(law)}>
                修改状态
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Table<Law>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={{
        current: query.page,
        pageSize: query.pageSize,
        total,
        pageSizeOptions: LAW_PAGE_SIZES.map(String),
        showSizeChanger: true,
        showTotal: (count) => `共 ${count} 件`,
        onChange: (page, pageSize) =>
          onChange(pageSize === query.pageSize ? { page } : { page: 1, pageSize }),
      }}
    />
  );
}
