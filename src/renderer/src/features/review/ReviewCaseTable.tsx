import { Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { Link } from 'react-router';
import type { ReviewCaseSummary } from '../../../../shared/api';
import { DOCUMENT_KIND_LABELS } from '../../../../shared/domain/documentKinds';
import { DueTag } from './DueTag';
import { CASE_STATE_LABELS, dueLevel } from './dueStatus';
import { reviewCasePath } from './paths';

const ROW_BACKGROUND = { overdue: '#fff1f0', soon: '#fff7e6' } as const;

function columns(compact: boolean): TableProps<ReviewCaseSummary>['columns'] {
  const all: NonNullable<TableProps<ReviewCaseSummary>['columns']> = [
    {
      title: '文件',
      key: 'documentTitle',
      dataIndex: 'documentTitle',
      render: (_value, reviewCase) => (
        <div>
          <Link to={reviewCasePath(reviewCase.id)}>{reviewCase.documentTitle}</Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {DOCUMENT_KIND_LABELS[reviewCase.kind]} · {reviewCase.draftingUnit} · 第 {reviewCase.round} 轮
            </Typography.Text>
          </div>
        </div>
      ),
    },
    { title: '审核版本', key: 'versionLabel', dataIndex: 'versionLabel', width: 130 },
    { title: '材料齐备', key: 'materialsCompleteOn', dataIndex: 'materialsCompleteOn', width: 110 },
    {
      title: '审核期限',
      key: 'dueOn',
      dataIndex: 'dueOn',
      width: 250,
      render: (_value, reviewCase) => <DueTag reviewCase={reviewCase} />,
    },
    { title: '审核人员', key: 'reviewerName', dataIndex: 'reviewerName', width: 100 },
    {
      title: '状态',
      key: 'state',
      dataIndex: 'state',
      width: 140,
      render: (_value, reviewCase) =>
        reviewCase.conclusionLabel ? (
          <Tag color="green">{reviewCase.conclusionLabel}</Tag>
        ) : (
          <Tag color="processing">{CASE_STATE_LABELS[reviewCase.state]}</Tag>
        ),
    },
  ];
  const hidden = compact ? new Set(['versionLabel', 'materialsCompleteOn', 'reviewerName']) : new Set();
  return all.filter((column) => !hidden.has(String(column.key)));
}

interface Props {
  cases: ReviewCaseSummary[];
  loading: boolean;
  /** The dashboard's narrow card: title, due date and state only. */
  compact?: boolean;
  emptyText: string;
}

/** Review cases with their due dates; overdue rows are red, those due within 2 working days orange. */
export function ReviewCaseTable({ cases, loading, compact = false, emptyText }: Props) {
  return (
    <Table<ReviewCaseSummary>
      rowKey="id"
      size="small"
      columns={columns(compact)}
      dataSource={cases}
      loading={loading}
      pagination={cases.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText }}
      onRow={(reviewCase) => {
        const level = dueLevel(reviewCase);
        const attributes = {
          'data-due': level,
          style: level === 'overdue' || level === 'soon' ? { background: ROW_BACKGROUND[level] } : undefined,
        };
        return attributes;
      }}
    />
  );
}
