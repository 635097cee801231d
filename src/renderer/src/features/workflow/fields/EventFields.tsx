import { Typography } from 'antd';
import type { VersionSummary } from '../../../../../shared/api';
import type { DocumentKind } from '../../../../../shared/domain/documentKinds';
import { AdminProcedureFields } from './AdminProcedureFields';
import { ConcludeReviewFields, type ConcludeContext } from './ConcludeReviewFields';
import { ConfirmRevisionFields } from './ConfirmRevisionFields';
import { DeliberationFields } from './DeliberationFields';
import { IssueFields } from './IssueFields';
import { LegalOpinionFields, LegalRiskFields } from './LegalOpinionFields';
import { ProcedureFields } from './ProcedureFields';
import { REASON_EVENTS, ReasonFields } from './ReasonFields';
import { StartReviewFields } from './StartReviewFields';
import { SubmitFields } from './SubmitFields';

export interface EventFieldsProps {
  type: string;
  label: string;
  documentId: string;
  kind: DocumentKind;
  versions: VersionSummary[];
  conclude?: ConcludeContext;
}

/** The form fields of one workflow event (the date of the step is the server's today). */
export function EventFields({ type, label, documentId, kind, versions, conclude }: EventFieldsProps) {
  switch (type) {
    case 'SUBMIT':
      return <SubmitFields versions={versions} kind={kind} />;
    case 'START_REVIEW':
      return <StartReviewFields />;
    case 'CONCLUDE_REVIEW':
      return <ConcludeReviewFields documentId={documentId} kind={kind} conclude={conclude} />;
    case 'CONFIRM_REVISION':
      return <ConfirmRevisionFields versions={versions} />;
    case 'RECORD_PROCEDURE':
      return kind === 'admin_normative' ? (
        <AdminProcedureFields documentId={documentId} />
      ) : (
        <ProcedureFields />
      );
    case 'RECORD_LEGAL_OPINION':
      return <LegalOpinionFields documentId={documentId} />;
    case 'ACCEPT_LEGAL_RISK':
      return <LegalRiskFields />;
    case 'RECORD_DELIBERATION':
      return <DeliberationFields documentId={documentId} />;
    case 'ISSUE':
      return <IssueFields documentId={documentId} />;
    default:
      return REASON_EVENTS.includes(type) ? (
        <ReasonFields type={type} />
      ) : (
        <Typography.Paragraph>确认执行“{label}”？此操作将记入文件时间线。</Typography.Paragraph>
      );
  }
}
