import { Alert, DatePicker, Form, Input, Modal, Radio, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { DocumentFilingView } from '../../../../shared/api';
import { isoDay, todayValue, useFilingMutation } from './useFilingMutation';
import { useEnterSubmit } from '../../lib/useEnterSubmit';
import { submitAgainWhenOverrun } from '../../lib/submitAgain';

interface Values {
  submissionId: string;
  outcome: string;
  on: Dayjs;
  note?: string;
}

/** 登记备案结果: one filing organ's answer, from the outcomes the rule profile sets for the kind. */
export function RecordOutcomeModal(props: {
  view: DocumentFilingView;
  submissionId?: string;
  onClose: () => void;
}) {
  const { view, onClose } = props;
  const [form] = Form.useForm<Values>();
  const onKeyDown = useEnterSubmit(() => form.submit());
  const awaiting = view.submissions.filter((submission) => submission.state === 'awaiting');
  const { run, refusal, pending } = useFilingMutation('filings.recordOutcome', onClose);

  return (
    <Modal
      open
      title="登记备案结果"
      okText="登记备案结果"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      okButtonProps={{ disabled: awaiting.length === 0 }}
      mask={{ closable: false }}
      width={640}
    >
      {refusal && <Alert type="error" showIcon role="alert" title={refusal} style={{ marginBottom: 16 }} />}
      {awaiting.length === 0 && (
        <Alert type="info" showIcon title="没有等待登记结果的报送。" style={{ marginBottom: 16 }} />
      )}
      <Form
        form={form}
        onFinishFailed={submitAgainWhenOverrun(form)}
        onKeyDown={onKeyDown}
        layout="vertical"
        aria-label="登记备案结果"
        initialValues={{ submissionId: props.submissionId ?? awaiting[0]?.id, on: todayValue() }}
        onFinish={(values) =>
          run(
            {
              submissionId: values.submissionId,
              outcome: values.outcome as never,
              on: isoDay(values.on),
              note: values.note?.trim() || undefined,
            },
            form,
          )
        }
      >
        <Form.Item
          label="备案机关"
          name="submissionId"
          rules={[{ required: true, message: '请选择报送记录' }]}
        >
          <Select
            options={awaiting.map((submission) => ({
              value: submission.id,
              label: `${submission.recipient}（${submission.sentOn} 报送，第 ${submission.round} 轮）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          label="备案审查结果"
          name="outcome"
          rules={[{ required: true, message: '请选择备案审查结果' }]}
        >
          <Radio.Group>
            <Space orientation="vertical">
              {view.outcomes.map((outcome) => (
                <Radio key={outcome.code} value={outcome.code}>
                  {outcome.label}
                  {outcome.correctionPeriod && `：${outcome.correctionPeriod}内补正（纠正）后重新报送`}
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    依据：{outcome.basis}
                  </Typography.Text>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item label="通知日期" name="on" rules={[{ required: true, message: '请选择通知日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="说明" name="note">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
