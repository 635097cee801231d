import { Alert, DatePicker, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { DocumentFilingView } from '../../../../shared/api';
import { FILING_LETTER_KIND_LABELS, type FilingLetterKind } from '../../../../shared/domain/filingRegister';
import { isoDay, todayValue, useFilingMutation } from './useFilingMutation';
import { useEnterSubmit } from '../../lib/useEnterSubmit';
import { submitAgainWhenOverrun } from '../../lib/submitAgain';

interface Values {
  submissionId: string;
  kind: FilingLetterKind;
  repliesTo?: string;
  reference?: string;
  datedOn: Dayjs;
  dueOn?: Dayjs | null;
  text: string;
}

/** 登记来函/答复: a 说明函 or 审查建议书 from a filing organ with its deadline, or the agency's reply. */
export function LetterModal({ view, onClose }: { view: DocumentFilingView; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const onKeyDown = useEnterSubmit(() => form.submit());
  const { run, refusal, pending } = useFilingMutation('filings.addLetter', onClose);
  const kind = Form.useWatch('kind', form) ?? 'explanation_request';
  const submissionId = Form.useWatch('submissionId', form);
  const sent = view.submissions.filter((submission) => submission.state !== 'superseded');
  const openRequests =
    view.submissions
      .find((submission) => submission.id === submissionId)
      ?.letters.filter((letter) => letter.kind !== 'reply' && !letter.replied) ?? [];

  return (
    <Modal
      open
      title="登记来函或答复"
      okText="登记"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      mask={{ closable: false }}
      width={640}
    >
      {refusal && <Alert type="error" showIcon role="alert" title={refusal} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        onFinishFailed={submitAgainWhenOverrun(form)}
        onKeyDown={onKeyDown}
        layout="vertical"
        aria-label="登记来函或答复"
        initialValues={{ submissionId: sent[0]?.id, kind: 'explanation_request', datedOn: todayValue() }}
        onFinish={(values) =>
          run(
            {
              submissionId: values.submissionId,
              kind: values.kind,
              repliesTo: values.kind === 'reply' ? values.repliesTo : undefined,
              reference: values.reference?.trim() ?? '',
              datedOn: isoDay(values.datedOn) ?? '',
              dueOn: values.kind === 'reply' ? undefined : isoDay(values.dueOn),
              text: values.text,
            },
            form,
          )
        }
      >
        <Form.Item
          label="报送记录"
          name="submissionId"
          rules={[{ required: true, message: '请选择报送记录' }]}
        >
          <Select
            options={sent.map((submission) => ({
              value: submission.id,
              label: `${submission.recipient}（${submission.sentOn} 报送）`,
            }))}
          />
        </Form.Item>
        <Form.Item label="类别" name="kind">
          <Radio.Group
            options={(Object.keys(FILING_LETTER_KIND_LABELS) as FilingLetterKind[]).map((value) => ({
              value,
              label: FILING_LETTER_KIND_LABELS[value],
            }))}
          />
        </Form.Item>
        {kind === 'reply' && (
          <Form.Item
            label="答复的来函"
            name="repliesTo"
            rules={[{ required: true, message: '请选择所答复的来函' }]}
          >
            <Select
              options={openRequests.map((letter) => ({
                value: letter.id,
                label: `${FILING_LETTER_KIND_LABELS[letter.kind]} ${letter.reference}（${letter.datedOn}）`,
              }))}
              notFoundContent="这次报送没有待答复的来函"
            />
          </Form.Item>
        )}
        <Form.Item label="文号" name="reference">
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item label="日期" name="datedOn" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {kind !== 'reply' && (
          <Form.Item
            label="答复期限"
            name="dueOn"
            extra={`不填写时，自来函之日起 ${view.letterPeriod.text}。依据：${view.letterPeriod.basis}`}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item
          label="内容摘要"
          name="text"
          rules={[{ required: true, whitespace: true, message: '请填写内容摘要' }]}
        >
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          来函的答复期限届满前，工作台和备案页签会提示剩余工作日。
        </Typography.Text>
      </Form>
    </Modal>
  );
}
