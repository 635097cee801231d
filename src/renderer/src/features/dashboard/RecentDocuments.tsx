import { Table } from 'antd';
import type { TableProps } from 'antd';
import { Link } from 'react-router';
import type { DocumentSummary } from '../../../../shared/api';
import { DOCUMENT_KIND_LABELS } from '../../../../shared/domain/documentKinds';
import { formatDateTime } from '../../lib/format';
import { DocumentStatusTag } from '../documents';

const COLUMNS: TableProps<DocumentSummary>['columns'] = [
  {
    title: '标题',
    dataIndex: 'title',
    render: (_value, document) => <Link to={`/documents/${document.id}`}>{document.title}</Link>,
  },
  {
    title: '类别',
    dataIndex: 'kind',
    width: 140,
    render: (_value, document) => DOCUMENT_KIND_LABELS[document.kind],
  },
  {
    title: '状态',
    dataIndex: 'status',
    width: 100,
    render: (_value, document) => <DocumentStatusTag status={document.status} />,
  },
  {
    title: '更新时间',
    dataIndex: 'updatedAt',
    width: 150,
    render: (_value, document) => formatDateTime(document.updatedAt),
  },
];

export function RecentDocuments({ documents, loading }: { documents: DocumentSummary[]; loading: boolean }) {
  return (
    <Table<DocumentSummary>
      rowKey="id"
      size="small"
      columns={COLUMNS}
      dataSource={documents}
      loading={loading}
      pagination={false}
      locale={{ emptyText: '尚未登记任何文件' }}
    />
  );
}
