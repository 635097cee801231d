import { Alert, Card, Descriptions, Skeleton, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { WorkflowView } from '../../../../shared/api';
import { versionTitle } from '../../../../shared/domain/versionName';
import { errorMessage } from '../../api/client';
import { useCurrentAccount } from '../../lib/session';
import { useApiQuery } from '../../lib/useApi';
import { FilingStepDialog, isFilingStep } from '../filing';
import { versionPath } from '../versions';
import { MajorDecisionProcedures } from './MajorDecisionProcedures';
import type { ProcedureRecord } from '../../../../shared/domain/workflow';
import { AdminProcedureList } from './AdminProcedureList';
import { WorkflowEventButtons } from './WorkflowEventButtons';
import { WorkflowEventModal } from './WorkflowEventModal';
import { WorkflowSteps } from './WorkflowSteps';

type WorkflowAction = WorkflowView['events'][number];

/**
 * 流程: where the document stands in its kind's lifecycle and the steps it can take next. Each step opens
 * a small form; afterwards the panel, the timeline and the review queues refresh.
 */
export function WorkflowPanel({ documentId }: { documentId: string }) {
  const workflow = useApiQuery('workflow.get', { documentId });
  const detail = useApiQuery('documents.get', { id: documentId });
  const account = useCurrentAccount();
  const [picked, setPicked] = useState<WorkflowAction | null>(null);

  if (workflow.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (workflow.isError) {
    return <Alert type="error" showIcon title="无法载入流程" description={errorMessage(workflow.error)} />;
  }
  const view = workflow.data;
  const versions = detail.data?.versions ?? [];
  const submitted = versions.find((version) => version.id === view.submittedVersionId);

  return (
    <Card
      size="small"
      title={
        <Space>
          <span>流程</span>
          <Tag color="blue">{view.reviewName}</Tag>
        </Space>
      }
      data-testid="workflow-panel"
    >
      <WorkflowSteps view={view} />
      <Descriptions size="small" column={2} style={{ margin: '16px 0 8px' }}>
        <Descriptions.Item label="当前状态">
          <Tag color={view.state === 'returned' ? 'red' : 'processing'}>{view.stateLabel}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="送审版本">
          {submitted ? (
            <Link to={versionPath(documentId, submitted.id)}>
              {versionTitle(submitted.seq, submitted.label)}
            </Link>
          ) : (
            '—'
          )}
        </Descriptions.Item>
      </Descriptions>
      {view.kind === 'major_decision' && <MajorDecisionProcedures view={view} />}
      {view.kind === 'admin_normative' && (
        <AdminProcedureList
          procedures={(view.context.procedures ?? {}) as Record<string, ProcedureRecord | undefined>}
        />
      )}
      <WorkflowEventButtons events={view.events} roles={account?.roles ?? []} onPick={setPicked} />
      {picked && isFilingStep(picked.type) && (
        <FilingStepDialog documentId={documentId} step={picked.type} onClose={() => setPicked(null)} />
      )}
      {picked && !isFilingStep(picked.type) && (
        <WorkflowEventModal
          documentId={documentId}
          kind={view.kind}
          event={picked}
          versions={versions}
          onClose={() => setPicked(null)}
        />
      )}
    </Card>
  );
}
