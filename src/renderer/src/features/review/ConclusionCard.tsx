import { Alert, Button, Card, Descriptions, Flex, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { ReviewCaseDetail } from '../../../../shared/api';
import { useHasRole } from '../../lib/session';
import { useApiQuery } from '../../lib/useApi';
import { WorkflowEventModal } from '../workflow';
import { ExportOpinionButton } from './ExportOpinionButton';
import { LetterNumber } from './LetterNumber';

const CONCLUDE = 'CONCLUDE_REVIEW';

/**
 * 审核结论: the conclusion the verdicts suggest, and the step that concludes the review (a workflow
 * event, so the guards on the minimum period and the outcome set apply), plus the opinion export.
 */
export function ConclusionCard({ detail }: { detail: ReviewCaseDetail }) {
  const { case: reviewCase } = detail;
  const isReviewer = useHasRole('reviewer');
  const workflow = useApiQuery('workflow.get', { documentId: reviewCase.documentId });
  const versions = useApiQuery('documents.get', { id: reviewCase.documentId }).data?.versions ?? [];
  const [concluding, setConcluding] = useState(false);
  const labelOf = (code: string | null) =>
    detail.outcomes.find((outcome) => outcome.code === code)?.label ?? code ?? '—';
  const step = workflow.data?.events.find((event) => event.type === CONCLUDE);
  const reason =
    reviewCase.state === 'concluded'
      ? '本轮审核已作出结论。'
      : !isReviewer
        ? '仅审核人员可以作出审核结论。'
        : workflow.isPending
          ? '正在载入流程…'
          : !step
            ? '文件当前不处于审核中。'
            : step.blockedReason;

  return (
    <Card title="审核结论">
      {reviewCase.state === 'concluded' ? (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label="审核结论">
            <Typography.Text strong>
              {reviewCase.conclusionLabel ?? labelOf(reviewCase.conclusion)}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="作出日期">{reviewCase.concludedOn}</Descriptions.Item>
          <Descriptions.Item label="意见书文号">
            <LetterNumber detail={detail} />
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label="建议结论">
              <Typography.Text strong data-testid="suggested-conclusion">
                {labelOf(detail.suggestedConclusion)}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            根据审核要点的判断自动建议，审核人员可以作出其他结论。
          </Typography.Paragraph>
          {detail.summary.pending > 0 && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={`尚有 ${detail.summary.pending} 项审核要点为“待定”。`}
            />
          )}
        </>
      )}
      <Flex gap={8} wrap>
        {reviewCase.state === 'open' && (
          <Tooltip title={reason}>
            <span style={{ display: 'inline-block', cursor: reason ? 'not-allowed' : undefined }}>
              <Button
                type="primary"
                disabled={reason !== null}
                style={reason ? { pointerEvents: 'none' } : undefined}
                onClick={() => setConcluding(true)}
              >
                作出审核结论
              </Button>
            </span>
          </Tooltip>
        )}
        <ExportOpinionButton caseId={reviewCase.id} kind={reviewCase.kind} />
      </Flex>
      {concluding && step && (
        <WorkflowEventModal
          documentId={reviewCase.documentId}
          kind={reviewCase.kind}
          event={{ type: CONCLUDE, label: '作出审核结论' }}
          versions={versions}
          conclude={{
            outcomes: detail.outcomes,
            suggestedConclusion: detail.suggestedConclusion,
          }}
          onClose={() => setConcluding(false)}
        />
      )}
    </Card>
  );
}
