import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Radio } from 'antd';
import { SetLawStatusInput } from '../../../../shared/api';
import { call } from '../../api/client';
import { zodRule } from '../../lib/formRules';
import { useApiError } from '../../lib/useApiError';
import { LAW_STATUSES, type Law, type LawStatus } from './lawStatus';

interface StatusValues {
  status: LawStatus;
  supersededBy: string;
  note: string;
}

interface Props {
  law: Law;
  onClose: () => void;
}

/**
 * 修改状态 (administrators and reviewers): a law amended or repealed since the library was shipped. The
 * pre-check of every later review reads the new status; the change is written to the audit log.
 */
export function EditLawStatusModal({ law, onClose }: Props) {
  const [form] = Form.useForm<StatusValues>();
  const status = Form.useWatch('status', form) ?? law.status;
  const { message } = App.useApp();
  const showError = useApiError();
  const save = useMutation({
    mutationFn: (values: StatusValues) =>
      call('laws.setStatus', {
        id: law.id,
        status: values.status,
        // A law in force has no replacement, even if one was typed before the status was changed back.
        supersededBy: values.status === '有效' ? null : values.supersededBy.trim() || null,
        note: values.note.trim(),
      }),
    onSuccess: (saved) => {
      void message.success(`已将《${saved.title}》标为${saved.status}`);
      onClose();
    },
    onError: (error) => showError(error, form),
  });

  return (
    <Modal
      open
      title={`修改状态：《${law.title}》`}
      okText="保存"
      cancelText="取消"
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="智能预审按此处的状态检查送审稿中引用的法律法规；修改会记入审计日志。"
      />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ status: law.status, supersededBy: law.supersededBy ?? '', note: law.note }}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item label="状态" name="status">
          <Radio.Group optionType="button" options={LAW_STATUSES.map((value) => ({ value, label: value }))} />
        </Form.Item>
        <Form.Item
          label={status === '已废止' ? '被替代为' : '修改后的名称（如有变化）'}
          name="supersededBy"
          rules={[zodRule(SetLawStatusInput.shape.supersededBy.unwrap().unwrap())]}
          extra="填写法律法规名称，不加书名号，例如：中华人民共和国统计法实施条例"
        >
          <Input maxLength={200} allowClear disabled={status === '有效'} />
        </Form.Item>
        <Form.Item
          label="备注"
          name="note"
          extra="例如：依据的废止决定及其文号、施行日期。"
          rules={[zodRule(SetLawStatusInput.shape.note.unwrap())]}
        >
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
