import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal, Typography } from 'antd';
import type { AttachmentSummary } from '../../../../shared/api';
import { WithdrawMaterialInput } from '../../../../shared/api';
import { call } from '../../api/client';
import { zodRule } from '../../lib/formRules';
import { useApiError } from '../../lib/useApiError';
import { useEnterSubmit } from '../../lib/useEnterSubmit';
import { submitAgainWhenOverrun } from '../../lib/submitAgain';

interface Props {
  file: AttachmentSummary;
  onClose: () => void;
}

/** 撤回材料: materials are part of the record, so a wrong one is withdrawn with a reason, never deleted. */
export function WithdrawMaterialModal({ file, onClose }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  const onKeyDown = useEnterSubmit(() => form.submit());
  const { message } = App.useApp();
  const showError = useApiError();
  const withdraw = useMutation({
    mutationFn: (reason: string) => call('materials.withdraw', { id: file.id, reason }),
    onSuccess: () => {
      void message.success('材料已撤回');
      onClose();
    },
    onError: (error) => showError(error, form),
  });
  return (
    <Modal
      open
      title="撤回材料"
      okText="撤回"
      okButtonProps={{ danger: true }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={withdraw.isPending}
      mask={{ closable: false }}
    >
      <Typography.Paragraph>
        撤回后，“{file.fileName}”仍保留在记录中（显示为已撤回），不再计入材料清单。
      </Typography.Paragraph>
      <Form
        form={form}
        onFinishFailed={submitAgainWhenOverrun(form)}
        onKeyDown={onKeyDown}
        layout="vertical"
        onFinish={({ reason }) => withdraw.mutate(reason)}
      >
        <Form.Item label="撤回原因" name="reason" rules={[zodRule(WithdrawMaterialInput.shape.reason)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
