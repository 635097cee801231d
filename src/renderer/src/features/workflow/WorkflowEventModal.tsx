import { Alert, Form, Modal } from 'antd';
import type { UploadFile } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { VersionSummary, WorkflowView } from '../../../../shared/api';
import type { DocumentKind } from '../../../../shared/domain/documentKinds';
import { WORKFLOW_EVENT_LABELS, type WorkflowEventType } from '../../../../shared/domain/workflow/events';
import { AppError, errorMessage } from '../../api/client';
import { useApiError } from '../../lib/useApiError';
import { numberCorrections, toWorkflowEvent } from './eventPayload';
import type { ConcludeContext } from './fields/ConcludeReviewFields';
import { EventFields } from './fields/EventFields';
import { submittedVersionLabel } from './fields/SubmitFields';
import { useMinutesUpload } from './useMinutesUpload';
import { useWorkflowTransition } from './useWorkflowTransition';
import { useEnterSubmit } from '../../lib/useEnterSubmit';
import { submitAgainWhenOverrun } from '../../lib/submitAgain';

export interface WorkflowEventModalProps {
  documentId: string;
  kind: DocumentKind;
  event: { type: string; label: string };
  versions: VersionSummary[];
  /** From the review case page: its outcomes and suggested conclusion. */
  conclude?: ConcludeContext;
  onClose: () => void;
  onDone?: (view: WorkflowView) => void;
}

function isEventType(type: string): type is WorkflowEventType {
  return Object.hasOwn(WORKFLOW_EVENT_LABELS, type);
}

function initialValues(type: string, versions: VersionSummary[], conclude?: ConcludeContext): object {
  switch (type) {
    case 'SUBMIT':
    case 'CONFIRM_REVISION': {
      const newest = versions.reduce<VersionSummary | undefined>(
        (best, version) => (best === undefined || version.seq > best.seq ? version : best),
        undefined,
      );
      return { versionId: newest?.id };
    }
    case 'CONCLUDE_REVIEW':
      return { conclusion: conclude?.suggestedConclusion ?? undefined };
    case 'ISSUE':
      return { publishedOn: dayjs() };
    default:
      return {};
  }
}

/**
 * One workflow step as a small form. A refusal of the rules (INVALID_STATE with the guard's reason) or
 * of the role (FORBIDDEN) stays in the dialog, in Chinese, so the user can read it and correct the form.
 */
export function WorkflowEventModal(props: WorkflowEventModalProps) {
  const { documentId, kind, event, versions, conclude, onClose, onDone } = props;
  const [form] = Form.useForm<Record<string, unknown>>();
  const onKeyDown = useEnterSubmit(() => form.submit());
  const [refusal, setRefusal] = useState<string | null>(null);
  const transition = useWorkflowTransition(documentId);
  const minutes = useMinutesUpload(documentId);
  const showError = useApiError();

  const submit = async (values: Record<string, unknown>) => {
    if (!isEventType(event.type)) return;
    setRefusal(null);
    const fields = { ...values };
    if (event.type === 'SUBMIT' || event.type === 'CONFIRM_REVISION') {
      const version = versions.find((candidate) => candidate.id === values.versionId);
      if (version) fields.versionLabel = submittedVersionLabel(version);
    }
    if (event.type === 'ISSUE') Object.assign(fields, numberCorrections(values));
    if (event.type === 'RECORD_DELIBERATION') {
      const file = (values._minutesFiles as UploadFile[] | undefined)?.[0]?.originFileObj;
      if (file) {
        try {
          fields.minutesAttachmentId = await minutes.upload(file);
        } catch (error) {
          showError(error, form);
          return;
        }
      }
    }
    transition.mutate(toWorkflowEvent(event.type, fields), {
      onSuccess: (view) => {
        onDone?.(view);
        onClose();
      },
      onError: (error) => {
        if (error instanceof AppError && (error.code === 'INVALID_STATE' || error.code === 'FORBIDDEN')) {
          setRefusal(error.message);
        } else if (
          error instanceof AppError &&
          (error.code === 'INVALID_INPUT' || error.code === 'CONFLICT')
        ) {
          setRefusal(errorMessage(error));
          showError(error, form);
        } else {
          showError(error);
        }
      },
    });
  };

  return (
    <Modal
      open
      title={event.label}
      okText={event.label}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={transition.isPending || minutes.isPending}
      okButtonProps={{
        disabled: (event.type === 'SUBMIT' || event.type === 'CONFIRM_REVISION') && versions.length === 0,
      }}
      mask={{ closable: false }}
      width={
        event.type === 'ISSUE' || event.type === 'RECORD_DELIBERATION' || kind === 'party_normative'
          ? 720
          : 560
      }
    >
      {refusal && <Alert type="error" showIcon role="alert" title={refusal} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        onFinishFailed={submitAgainWhenOverrun(form)}
        onKeyDown={onKeyDown}
        layout="vertical"
        aria-label={event.label}
        initialValues={initialValues(event.type, versions, conclude)}
        onFinish={(values) => void submit(values)}
      >
        <EventFields
          type={event.type}
          label={event.label}
          documentId={documentId}
          kind={kind}
          versions={versions}
          conclude={conclude}
        />
      </Form>
    </Modal>
  );
}
