import { Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { CatalogRow } from '../../../../shared/domain/filing/catalog';
import { filingResultLines } from '../../../../shared/domain/filing/catalog';

const LATE_BACKGROUND = '#fff1f0';

function lines(values: readonly string[]) {
  return values.length > 0 ? values.map((value, index) => <div key={index}>{value}</div>) : null;
}

const COLUMNS: TableProps<CatalogRow>['columns'] = [
  { title: '序号', key: 'seq', dataIndex: 'seq', width: 56, align: 'center' },
  { title: '文件名称', key: 'title', dataIndex: 'title' },
  { title: '发文字号', key: 'docNumber', dataIndex: 'docNumber', width: 140 },
  { title: '登记号', key: 'registrationNumber', dataIndex: 'registrationNumber', width: 130 },
  { title: '制定机关', key: 'issuingAuthority', dataIndex: 'issuingAuthority', width: 120 },
  { title: '公布日期', key: 'publishedOn', dataIndex: 'publishedOn', width: 104 },
  { title: '施行日期', key: 'effectiveOn', dataIndex: 'effectiveOn', width: 104 },
  {
    title: '有效期至',
    key: 'validUntil',
    dataIndex: 'validUntil',
    width: 104,
    render: (_value, row) => row.validUntil ?? <Typography.Text type="secondary">未设定</Typography.Text>,
  },
  {
    title: '报送备案日期',
    key: 'sentOn',
    width: 120,
    render: (_value, row) => lines(row.filings.map((filing) => filing.sentOn)),
  },
  {
    title: '备案机关',
    key: 'recipients',
    width: 140,
    render: (_value, row) => lines(row.filings.map((filing) => filing.recipient)),
  },
  {
    title: '备案结果',
    key: 'result',
    width: 200,
    render: (_value, row) => (
      <>
        {lines(filingResultLines(row))}
        {row.late ? <Tag color="red">逾期</Tag> : null}
      </>
    ),
  },
];

/** The 目录 as it will be exported: one row per document, late ones in red. */
export function CatalogTable({ rows, loading }: { rows: CatalogRow[]; loading: boolean }) {
  return (
    <Table<CatalogRow>
      rowKey="documentId"
      size="small"
      bordered
      columns={COLUMNS}
      dataSource={rows}
      loading={loading}
      scroll={{ x: 1400 }}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: '本期没有公布的规范性文件' }}
      onRow={(row) => ({
        'data-late': row.late ? 'true' : 'false',
        style: row.late ? { background: LATE_BACKGROUND } : undefined,
      })}
    />
  );
}
