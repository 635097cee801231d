import { Alert, Card, Col, Row, Statistic } from 'antd';
import { Link } from 'react-router';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS } from '../../../../shared/domain/documentKinds';
import { DOCUMENT_STATUSES } from '../../../../shared/domain/documentStatus';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../lib/useApi';
import { DocumentStatusTag, registryPath } from '../documents';
import { DisclosureClocksCard } from '../disclosure';
import { FilingDueCard } from '../filing';
import { LawChangeCard } from '../lawChanges';
import { MyReviewQueue } from '../review';
import { ValidityCard } from '../validity';
import { CountList } from './CountList';
import { RecentDocuments } from './RecentDocuments';
import { useDocumentCounts } from './useDocumentCounts';

const RECENT = { sort: 'updatedAt', order: 'desc', page: 1, pageSize: 10 } as const;

/** 工作台: real counts from the registry and the documents changed most recently. */
export function DashboardPage() {
  const recent = useApiQuery('documents.list', RECENT);
  const byStatus = useDocumentCounts('status', DOCUMENT_STATUSES);
  const byKind = useDocumentCounts('kind', DOCUMENT_KINDS);
  const countOf = (status: string) => byStatus.counts.find((row) => row.value === status)?.count;
  const inProgress = ['submitted', 'in_review', 'returned'].map(countOf);
  const error = recent.error ?? byStatus.error ?? byKind.error;

  return (
    <Row gutter={[16, 16]}>
      {error && (
        <Col span={24}>
          <Alert type="error" showIcon title={errorMessage(error)} />
        </Col>
      )}
      <Col xs={12} lg={6}>
        <Card>
          <Statistic title="文件总数" value={recent.data?.total ?? '—'} suffix="件" />
        </Card>
      </Col>
      <Col xs={12} lg={6}>
        <Card>
          <Statistic title="起草中" value={countOf('drafting') ?? '—'} suffix="件" />
        </Card>
      </Col>
      <Col xs={12} lg={6}>
        <Card>
          <Statistic title="送审、审核中及退回补正" value={sumOrDash(inProgress)} suffix="件" />
        </Card>
      </Col>
      <Col xs={12} lg={6}>
        <Card>
          <Statistic title="有效文件" value={countOf('in_force') ?? '—'} suffix="件" />
        </Card>
      </Col>
      <Col xs={24} lg={16}>
        <MyReviewQueue />
        <Card title="最近更新" extra={<Link to="/documents">全部文件</Link>}>
          <RecentDocuments documents={recent.data?.items ?? []} loading={recent.isPending} />
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <FilingDueCard />
        <DisclosureClocksCard />
        <ValidityCard />
        <LawChangeCard />
        <Card title="按类别" style={{ marginBottom: 16 }}>
          <CountList
            rows={byKind.counts.map(({ value, count }) => ({
              key: value,
              label: DOCUMENT_KIND_LABELS[value],
              count,
              to: registryPath({ kind: value }),
            }))}
          />
        </Card>
        <Card title="按状态">
          <CountList
            rows={byStatus.counts.map(({ value, count }) => ({
              key: value,
              label: <DocumentStatusTag status={value} />,
              count,
              to: registryPath({ status: value }),
            }))}
          />
        </Card>
      </Col>
    </Row>
  );
}

/** A sum shown only once every part has loaded. */
function sumOrDash(parts: (number | undefined)[]): number | string {
  let sum = 0;
  for (const part of parts) {
    if (part === undefined) return '—';
    sum += part;
  }
  return sum;
}
