import { Alert, Checkbox, DatePicker, Form, Modal, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { DocumentFilingView } from '../../../../shared/api';
import {
  FILING_METHOD_LABELS,
  FILING_METHODS,
  type FilingMethod,
} from '../../../../shared/domain/filingRegister';
import { isoDay, todayValue, useFilingMutation } from './useFilingMutation';
import { useEnterSubmit } from '../../lib/useEnterSubmit';
import { submitAgainWhenOverrun } from '../../lib/submitAgain';

interface Values {
  packageId: string;
  recipients: string[];
  method: FilingMethod;
  sentOn: Dayjs;
}

/** 报送备案: the latest built package, to its filing organs, by a method, on a day. */
export function SubmitFilingModal({ view, onClose }: { view: DocumentFilingView; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const onKeyDown = useEnterSubmit(() => form.submit());
  const latest = view.packages.find((filingPackage) => filingPackage.latest);
  const { run, refusal, pending } = useFilingMutation('filings.submit', onClose);
  const packageId = Form.useWatch('packageId', form) ?? latest?.id;
  const recipients = view.packages.find((candidate) => candidate.id === packageId)?.recipients ?? [];

  return (
    <Modal
      open
      title={view.nextRound > 1 ? `报送备案（第 ${view.nextRound} 轮，补正后重新报送）` : '报送备案'}
      okText="报送备案"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      okButtonProps={{ disabled: !latest }}
      mask={{ closable: false }}
    >
      {refusal && <Alert type="error" showIcon role="alert" title={refusal} style={{ marginBottom: 16 }} />}
      {!latest && <Alert type="warning" showIcon title="请先生成备案材料包。" style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        onFinishFailed={submitAgainWhenOverrun(form)}
        onKeyDown={onKeyDown}
        layout="vertical"
        aria-label="报送备案"
        initialValues={{
          packageId: latest?.id,
          recipients: view.nextRecipients,
          method: 'platform',
          sentOn: todayValue(),
        }}
        onFinish={(values) =>
          run(
            {
              documentId: view.documentId,
              packageId: values.packageId,
              method: values.method,
              sentOn: isoDay(values.sentOn),
              recipients: values.recipients,
            },
            form,
          )
        }
      >
        <Form.Item
          label="备案材料包"
          name="packageId"
          rules={[{ required: true, message: '请选择备案材料包' }]}
        >
          <Select
            options={view.packages.map((candidate) => ({
              value: candidate.id,
              label: `${candidate.reportNumber}（${candidate.fileName}）${candidate.latest ? '' : '，已被新材料包替换'}`,
              disabled: !candidate.latest,
            }))}
          />
        </Form.Item>
        <Form.Item label="备案机关" name="recipients" rules={[{ required: true, message: '请选择备案机关' }]}>
          <Checkbox.Group options={recipients.map((recipient) => ({ value: recipient, label: recipient }))} />
        </Form.Item>
        <Form.Item label="报送方式" name="method" rules={[{ required: true, message: '请选择报送方式' }]}>
          <Radio.Group
            options={FILING_METHODS.map((method) => ({ value: method, label: FILING_METHOD_LABELS[method] }))}
          />
        </Form.Item>
        <Form.Item label="报送日期" name="sentOn" rules={[{ required: true, message: '请选择报送日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {view.period && (
          <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 0 }}>
            报送期限：自公布之日起 {view.period.text}。依据：{view.period.basis}
          </Typography.Paragraph>
        )}
      </Form>
    </Modal>
  );
}
