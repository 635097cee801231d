import { useMutation } from '@tanstack/react-query';
import { DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  FAIR_COMPETITION_CONCLUSION_LABELS,
  FAIR_COMPETITION_CONCLUSIONS,
  type FairCompetitionConclusion,
} from '../../../../shared/domain/fairCompetition';
import { call } from '../../api/client';
import { useApiQuery } from '../../lib/useApi';
import { useApiError } from '../../lib/useApiError';
import { useEnterSubmit } from '../../lib/useEnterSubmit';
import { submitAgainWhenOverrun } from '../../lib/submitAgain';

interface Values {
  conclusion: FairCompetitionConclusion;
  explanation?: string;
  reviewedOn: Dayjs;
  attachmentId?: string;
}

/**
 * 登记公平竞争审查结论 (公平竞争审查条例第十七条): the written conclusion, its date and the file on record; 不符合
 * and 适用例外 (第十二条) are explained.
 */
export function RecordFairCompetitionModal({
  documentId,
  onClose,
}: {
  documentId: string;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const onKeyDown = useEnterSubmit(() => form.submit());
  const showError = useApiError();
  const materials = useApiQuery('materials.list', { documentId });
  const conclusion = Form.useWatch<FairCompetitionConclusion | undefined>('conclusion', form);
  const files = (materials.data?.files ?? []).filter(
    (file) => file.materialKind === 'fair_competition' && !file.withdrawnAt,
  );
  const record = useMutation({
    mutationFn: (values: Values) =>
      call('fairCompetition.record', {
        documentId,
        conclusion: values.conclusion,
        explanation: values.explanation?.trim() ?? '',
        reviewedOn: values.reviewedOn.format('YYYY-MM-DD'),
        ...(values.attachmentId ? { attachmentId: values.attachmentId } : {}),
      }),
    onSuccess: onClose,
    onError: (error) => showError(error, form),
  });

  return (
    <Modal
      open
      title="登记公平竞争审查结论"
      okText="登记"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={record.isPending}
      mask={{ closable: false }}
    >
      <Form
        form={form}
        onFinishFailed={submitAgainWhenOverrun(form)}
        onKeyDown={onKeyDown}
        layout="vertical"
        initialValues={{ reviewedOn: dayjs() }}
        onFinish={(values) => record.mutate(values)}
      >
        <Form.Item label="审查结论" name="conclusion" rules={[{ required: true, message: '请选择审查结论' }]}>
          <Radio.Group>
            {FAIR_COMPETITION_CONCLUSIONS.map((code) => (
              <Radio key={code} value={code} style={{ display: 'block' }}>
                {FAIR_COMPETITION_CONCLUSION_LABELS[code]}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item
          label="说明"
          name="explanation"
          rules={[
            {
              required: conclusion !== undefined && conclusion !== 'compliant',
              whitespace: true,
              message: '审查结论为“不符合”或“适用例外”的，应当说明理由',
            },
          ]}
          extra="适用例外的，说明符合公平竞争审查条例第十二条哪一情形，以及对竞争影响最小、有实施期限。"
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item label="审查结论日期" name="reviewedOn" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item
          label="审查结论文件"
          name="attachmentId"
          extra="在“材料”页签上传“公平竞争审查结论”后可在此选择。"
        >
          <Select
            allowClear
            placeholder={files.length === 0 ? '尚未上传' : '请选择'}
            options={files.map((file) => ({ value: file.id, label: file.fileName }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
