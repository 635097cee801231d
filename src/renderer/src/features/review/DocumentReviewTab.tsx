import { Space, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { Link } from 'react-router';
import type { DeliberationView, ReviewCaseSummary, VersionSummary } from '../../../../shared/api';
import { useApiQuery } from '../../lib/useApi';
import { FairCompetitionCard } from '../fairCompetition';
import { SignoffPanel } from '../signoff';
import { DeliberationRecords, WorkflowPanel } from '../workflow';
import { DueTag } from './DueTag';
import { CASE_STATE_LABELS } from './dueStatus';
import { reviewCasePath } from './paths';

const COLUMNS: TableProps<ReviewCaseSummary>['columns'] = [
  {
    title: '轮次',
    dataIndex: 'round',
    width: 80,
    render: (_value, reviewCase) => <Link to={reviewCasePath(reviewCase.id)}>第 {reviewCase.round} 轮</Link>,
  },
  { title: '审核版本', dataIndex: 'versionLabel' },
  { title: '审核人员', dataIndex: 'reviewerName', width: 100 },
  { title: '材料齐备', dataIndex: 'materialsCompleteOn', width: 110 },
  {
    title: '审核期限',
    dataIndex: 'dueOn',
    width: 260,
    render: (_v, reviewCase) => <DueTag reviewCase={reviewCase} />,
  },
  {
    title: '结论',
    dataIndex: 'conclusionLabel',
    width: 160,
    render: (_value, reviewCase) =>
      reviewCase.conclusionLabel ? (
        <Tag color="green">{reviewCase.conclusionLabel}</Tag>
      ) : (
        <Tag color="processing">{CASE_STATE_LABELS[reviewCase.state]}</Tag>
      ),
  },
  {
    title: '操作',
    key: 'open',
    width: 100,
    render: (_value, reviewCase) => <Link to={reviewCasePath(reviewCase.id)}>打开审核</Link>,
  },
];

/** The document page's 审核 tab: the workflow, the document's review rounds and its signed opinions. */
export function DocumentReviewTab({
  documentId,
  versions,
  deliberations,
}: {
  documentId: string;
  versions: VersionSummary[];
  deliberations: DeliberationView[];
}) {
  const cases = useApiQuery('reviews.list', { documentId });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <WorkflowPanel documentId={documentId} />
      <FairCompetitionCard documentId={documentId} />
      <Table<ReviewCaseSummary>
        rowKey="id"
        size="small"
        title={() => '审核记录'}
        columns={COLUMNS}
        dataSource={cases.data ?? []}
        loading={cases.isPending}
        pagination={false}
        locale={{ emptyText: cases.isError ? '无法载入审核记录' : '尚未受理审核' }}
      />
      <SignoffPanel documentId={documentId} versions={versions} />
      {deliberations.length > 0 && <DeliberationRecords deliberations={deliberations} />}
    </Space>
  );
}
