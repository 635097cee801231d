import { ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Space, Tag } from 'antd';
import { useState } from 'react';
import type { ReviewCaseDetail } from '../../../../shared/api';
import { SEVERITY_LABELS } from '../../../../shared/domain/precheck';
import { call } from '../../api/client';
import { BasisLegend } from '../../lib/BasisLegend';
import { DismissFindingModal } from './DismissFindingModal';
import { FindingCard, SEVERITY_COLORS } from './FindingCard';
import { useReviewCaseMutation } from './useReviewCaseMutation';

type Finding = ReviewCaseDetail['findings'][number];

const STATE_ORDER: Record<Finding['state'], number> = { suggested: 0, accepted: 1, dismissed: 2 };

interface Props {
  detail: ReviewCaseDetail;
  editable: boolean;
}

/**
 * 智能预审: the findings of the deterministic rules on the reviewed version, undecided first. 采纳 takes
 * a finding into the checklist; 不采纳 needs a reason; 重新预审 runs the rules again.
 */
export function FindingList({ detail, editable }: Props) {
  const caseId = detail.case.id;
  const { message } = App.useApp();
  const [dismissing, setDismissing] = useState<Finding | null>(null);
  const accept = useReviewCaseMutation(caseId, (findingId: string) =>
    call('reviews.decideFinding', { findingId, accept: true, reason: '' }),
  );
  const rerun = useReviewCaseMutation(
    caseId,
    () => call('reviews.rerunPrecheck', { caseId }),
    (updated) => void message.success(`预审完成，共 ${updated.findings.length} 条发现`),
  );
  const titles = new Map(detail.items.map((item) => [item.element.id, item.element.title]));
  const findings = [...detail.findings].sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state]);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of detail.findings) counts[finding.severity] += 1;

  return (
    <Card
      title="智能预审"
      // A long draft gives dozens of findings; they scroll inside the card so the opinion stays near.
      styles={{ body: { maxHeight: '75vh', overflowY: 'auto' } }}
      extra={
        <Space>
          {(['error', 'warning', 'info'] as const).map((severity) => (
            <Tag key={severity} color={SEVERITY_COLORS[severity]}>
              {SEVERITY_LABELS[severity]} {counts[severity]}
            </Tag>
          ))}
          {editable && (
            <Button
              size="small"
              icon={<ReloadOutlined />}
              loading={rerun.isPending}
              onClick={() => rerun.mutate(undefined)}
            >
              重新预审
            </Button>
          )}
        </Space>
      }
    >
      {findings.length > 0 && <BasisLegend />}
      {findings.length === 0 ? (
        <Empty description="预审未发现问题" />
      ) : (
        findings.map((finding) => (
          <FindingCard
            key={finding.id}
            finding={finding}
            elementTitle={titles.get(finding.elementId)}
            editable={editable}
            busy={accept.isPending && accept.variables === finding.id}
            onAccept={() => accept.mutate(finding.id)}
            onDismiss={() => setDismissing(finding)}
          />
        ))
      )}
      {dismissing && (
        <DismissFindingModal caseId={caseId} finding={dismissing} onClose={() => setDismissing(null)} />
      )}
    </Card>
  );
}
