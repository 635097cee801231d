import { Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { Link } from 'react-router';
import type { DocumentSummary } from '../../../../shared/api';
import { DOCUMENT_SORT_FIELDS } from '../../../../shared/api';
import { DOCUMENT_KIND_LABELS } from '../../../../shared/domain/documentKinds';
import { formatDateTime } from '../../lib/format';
import { DocumentStatusTag } from './DocumentStatusTag';
import { PAGE_SIZES, type RegistryQuery } from './registryParams';

/** Below this width the table scrolls sideways; the title column takes whatever is left above it. */
const MIN_TABLE_WIDTH = 1100;

type SortField = (typeof DOCUMENT_SORT_FIELDS)[number];

interface Props {
  query: RegistryQuery;
  onChange: (patch: Partial<RegistryQuery>) => void;
  items: DocumentSummary[];
  total: number;
  loading: boolean;
  height: number;
}

function isSortField(value: unknown): value is SortField {
  return typeof value === 'string' && (DOCUMENT_SORT_FIELDS as readonly string[]).includes(value);
}

/** The registry list: virtualized rows, sorting and paging done by the server. */
export function RegistryTable({ query, onChange, items, total, loading, height }: Props) {
  const sortOrder = (field: SortField): SortOrder =>
    query.sort === field ? (query.order === 'asc' ? 'ascend' : 'descend') : null;
  const sortable = (field: SortField) => ({
    key: field,
    sorter: true,
    sortOrder: sortOrder(field),
    sortDirections: ['descend', 'ascend'] as SortOrder[],
  });

  const columns: TableProps<DocumentSummary>['columns'] = [
    {
      title: '标题',
      dataIndex: 'title',
      ...sortable('title'),
      render: (_value, document) => (
        <div>
          <Link to={`/documents/${document.id}`}>{document.title}</Link>
          {document.docNumber && (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {document.docNumber}
            </Typography.Text>
          )}
        </div>
      ),
    },
    {
      title: '类别',
      dataIndex: 'kind',
      width: 130,
      ...sortable('kind'),
      render: (_value, document) => DOCUMENT_KIND_LABELS[document.kind],
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 100,
      ...sortable('status'),
      render: (_value, document) => <DocumentStatusTag status={document.status} />,
    },
    { title: '起草单位', dataIndex: 'draftingUnit', width: 130, ellipsis: true },
    { title: '制定机关', dataIndex: 'issuingAuthority', width: 150, ellipsis: true },
    { title: '年度', dataIndex: 'year', width: 80, ...sortable('year') },
    { title: '版本数', dataIndex: 'versionCount', width: 80, align: 'right' },
    {
      title: '更新时间',
      dataIndex: 'updatedAt',
      width: 150,
      ...sortable('updatedAt'),
      render: (_value, document) => formatDateTime(document.updatedAt),
    },
  ];

  const handleChange: TableProps<DocumentSummary>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      if (single?.order && isSortField(single.columnKey)) {
        onChange({ sort: single.columnKey, order: single.order === 'ascend' ? 'asc' : 'desc' });
      } else {
        onChange({ sort: 'updatedAt', order: 'desc' });
      }
      return;
    }
    if (extra.action === 'paginate') {
      const pageSize = pagination.pageSize ?? query.pageSize;
      onChange(pageSize !== query.pageSize ? { pageSize, page: 1 } : { page: pagination.current ?? 1 });
    }
  };

  return (
    <Table<DocumentSummary>
      virtual
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: MIN_TABLE_WIDTH, y: height }}
      onChange={handleChange}
      locale={{ emptyText: '没有符合条件的文件' }}
      pagination={{
        current: query.page,
        pageSize: query.pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES.map(String),
        showTotal: (count) => `共 ${count} 件`,
      }}
    />
  );
}
