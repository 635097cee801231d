import { Alert, Button, Col, Result, Row, Space, Spin } from 'antd';
import { Link, useParams } from 'react-router';
import { AppError, errorMessage } from '../../api/client';
import { useHasRole } from '../../lib/session';
import { useApiQuery } from '../../lib/useApi';
import { FairCompetitionCard } from '../fairCompetition';
import { SignoffPanel } from '../signoff';
import { ReviewChecklist } from './ReviewChecklist';
import { CalendarWarnings } from './CalendarWarnings';
import { ConclusionCard } from './ConclusionCard';
import { FindingList } from './FindingList';
import { OpinionEditor } from './OpinionEditor';
import { ReviewCaseHeader } from './ReviewCaseHeader';
import { SuggestionList } from './SuggestionList';

/**
 * 审核案件: one review of one exact version — the checklist, the pre-check findings, clause-by-clause
 * suggestions, the overall opinion, the conclusion with the opinion export, and the signed opinions.
 */
export function ReviewCasePage() {
  const { caseId = '' } = useParams();
  const detail = useApiQuery('reviews.get', { caseId }, { enabled: caseId !== '' });
  const isReviewer = useHasRole('reviewer');
  const documentId = detail.data?.case.documentId ?? '';
  const document = useApiQuery('documents.get', { id: documentId }, { enabled: documentId !== '' });

  if (detail.isPending) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (detail.isError) {
    const missing = detail.error instanceof AppError && detail.error.code === 'NOT_FOUND';
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? '审核案件不存在' : '无法载入审核案件'}
        subTitle={missing ? undefined : errorMessage(detail.error)}
        extra={
          <Link to="/review">
            <Button type="primary">返回审核</Button>
          </Link>
        }
      />
    );
  }

  const data = detail.data;
  const editable = isReviewer && data.case.state === 'open';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ReviewCaseHeader detail={data} />
      <CalendarWarnings cases={[data.case]} />
      {!editable && data.case.state === 'open' && (
        <Alert
          type="info"
          showIcon
          title="只有审核人员可以填写审核要点、处理预审发现和作出结论；当前为只读。"
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <ReviewChecklist detail={data} editable={editable} />
            <SuggestionList detail={data} editable={editable} />
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <ConclusionCard detail={data} />
            <FairCompetitionCard documentId={data.case.documentId} />
            <FindingList detail={data} editable={editable} />
            <OpinionEditor
              key={data.opinion}
              caseId={data.case.id}
              opinion={data.opinion}
              editable={editable}
            />
          </Space>
        </Col>
      </Row>
      <SignoffPanel
        documentId={data.case.documentId}
        versions={document.data?.versions ?? [data.version]}
        defaultVersionId={data.case.versionId}
      />
    </Space>
  );
}
