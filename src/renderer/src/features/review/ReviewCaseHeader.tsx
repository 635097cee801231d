import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { ReviewCaseDetail } from '../../../../shared/api';
import { DOCUMENT_KIND_LABELS } from '../../../../shared/domain/documentKinds';
import { versionTitle } from '../../../../shared/domain/versionName';
import { versionPath } from '../versions';
import { DueTag } from './DueTag';
import { CASE_STATE_LABELS } from './dueStatus';

/** Which document and exact version is reviewed, the dates that run the clock, and who reviews it. */
export function ReviewCaseHeader({ detail }: { detail: ReviewCaseDetail }) {
  const { case: reviewCase, version } = detail;
  return (
    <Card>
      <Link to="/review">
        <ArrowLeftOutlined /> 审核案件
      </Link>
      <Typography.Title level={3} style={{ margin: '8px 0' }}>
        {reviewCase.documentTitle}
      </Typography.Title>
      <Space size={4} style={{ marginBottom: 16 }}>
        <Tag>{DOCUMENT_KIND_LABELS[reviewCase.kind]}</Tag>
        <Tag color={reviewCase.state === 'open' ? 'processing' : 'green'}>
          {reviewCase.conclusionLabel ?? CASE_STATE_LABELS[reviewCase.state]}
        </Tag>
        <Tag>第 {reviewCase.round} 轮</Tag>
      </Space>
      <Descriptions size="small" column={{ xs: 1, lg: 2, xxl: 3 }} bordered>
        <Descriptions.Item label="文件">
          <Link to={`/documents/${encodeURIComponent(reviewCase.documentId)}`}>
            {reviewCase.documentTitle}
          </Link>
        </Descriptions.Item>
        <Descriptions.Item label="审核版本">
          <Link to={versionPath(reviewCase.documentId, version.id)}>
            {versionTitle(version.seq, version.label)}
          </Link>
          <Typography.Text type="secondary" code style={{ marginLeft: 8 }} title={version.contentHash}>
            {version.contentHash.slice(0, 12)}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="起草单位">{reviewCase.draftingUnit}</Descriptions.Item>
        <Descriptions.Item label="收到日期">{reviewCase.receivedOn}</Descriptions.Item>
        <Descriptions.Item label="材料齐备日期">{reviewCase.materialsCompleteOn}</Descriptions.Item>
        <Descriptions.Item label="审核期限">
          <DueTag reviewCase={reviewCase} />
        </Descriptions.Item>
        <Descriptions.Item label="审核人员">{reviewCase.reviewerName}</Descriptions.Item>
        <Descriptions.Item label="期望答复日期">
          {reviewCase.requestedAnswerOn ?? '送审时未提出'}
          {reviewCase.submissionWarning && (
            <Tag color="warning" style={{ marginLeft: 8 }} title={reviewCase.submissionWarning}>
              早于最短审核期（最早 {reviewCase.earliestAnswerOn}）
            </Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label="审核结论">
          {reviewCase.conclusionLabel
            ? `${reviewCase.conclusionLabel}（${reviewCase.concludedOn ?? ''}）`
            : '尚未作出'}
        </Descriptions.Item>
      </Descriptions>
      {reviewCase.submissionWarning && (
        <Alert type="warning" showIcon style={{ marginTop: 12 }} title={reviewCase.submissionWarning} />
      )}
    </Card>
  );
}
