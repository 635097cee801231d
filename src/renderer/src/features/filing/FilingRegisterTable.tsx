import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { FilingRegisterRow } from '../../../../shared/api';
import { ClockTag } from './ClockTag';
import { LateTag, StateTag } from './StateTag';

interface Props {
  rows: FilingRegisterRow[];
  loading: boolean;
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
}

const columns: ColumnsType<FilingRegisterRow> = [
  {
    title: '文件',
    key: 'title',
    render: (_, row) => <Link to={`/documents/${row.documentId}`}>{row.title}</Link>,
  },
  {
    title: '文号/登记号',
    key: 'numbers',
    render: (_, row) => (
      <div>
        <div>{row.docNumber ?? '—'}</div>
        {row.registrationNumber && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.registrationNumber}
          </Typography.Text>
        )}
      </div>
    ),
  },
  { title: '备案机关', key: 'recipient', render: (_, row) => row.recipient ?? '—' },
  {
    title: '报送日期',
    key: 'sentOn',
    render: (_, row) =>
      row.sentOn ? (
        <span>
          {row.sentOn} <LateTag late={row.late} />
        </span>
      ) : (
        '—'
      ),
  },
  {
    title: '期限',
    key: 'due',
    render: (_, row) => row.clock?.dueOn ?? row.dueOn ?? '—',
  },
  { title: '剩余工作日', key: 'clock', render: (_, row) => <ClockTag clock={row.clock} /> },
  {
    title: '状态',
    key: 'state',
    render: (_, row) => (
      <span>
        <StateTag state={row.state} reminder={row.writtenReminder} />
        {row.outcomeLabel && row.state !== 'filed' && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.outcomeLabel}
          </Typography.Text>
        )}
      </span>
    ),
  },
];

/** The register's rows: each links to its document. */
export function FilingRegisterTable({ rows, loading, total, page, pageSize, onPage }: Props) {
  return (
    <Table
      rowKey="key"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={{ current: page, pageSize, total, showSizeChanger: true, onChange: onPage }}
      locale={{ emptyText: '没有符合条件的备案记录' }}
    />
  );
}
