import { Form, Input, Modal, Typography } from 'antd';
import type { ReviewCaseDetail } from '../../../../shared/api';
import { call } from '../../api/client';
import { useReviewCaseMutation } from './useReviewCaseMutation';
import { useEnterSubmit } from '../../lib/useEnterSubmit';
import { submitAgainWhenOverrun } from '../../lib/submitAgain';

type Finding = ReviewCaseDetail['findings'][number];

interface Props {
  caseId: string;
  finding: Finding;
  onClose: () => void;
}

/** 不采纳: a finding is set aside only with the reviewer's reason, which the opinion keeps. */
export function DismissFindingModal({ caseId, finding, onClose }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  const onKeyDown = useEnterSubmit(() => form.submit());
  const dismiss = useReviewCaseMutation(
    caseId,
    (reason: string) => call('reviews.decideFinding', { findingId: finding.id, accept: false, reason }),
    () => onClose(),
  );
  return (
    <Modal
      open
      title="不采纳预审发现"
      okText="不采纳"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={dismiss.isPending}
      mask={{ closable: false }}
    >
      <Typography.Paragraph>
        {finding.label && `${finding.label}：`}
        {finding.message}
      </Typography.Paragraph>
      <Form
        form={form}
        onFinishFailed={submitAgainWhenOverrun(form)}
        onKeyDown={onKeyDown}
        layout="vertical"
        onFinish={({ reason }) => dismiss.mutate(reason.trim())}
      >
        <Form.Item
          label="不采纳的理由"
          name="reason"
          rules={[{ required: true, whitespace: true, message: '请填写不采纳的理由' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
