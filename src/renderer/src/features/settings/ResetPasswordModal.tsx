import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal, Typography } from 'antd';
import type { Account } from '../../../../shared/api';
import { ResetPasswordInput } from '../../../../shared/api';
import { call } from '../../api/client';
import { useApiError } from '../../lib/useApiError';
import { confirmPasswordRule, zodRule } from '../../lib/formRules';
import { useEnterSubmit } from '../../lib/useEnterSubmit';
import { submitAgainWhenOverrun } from '../../lib/submitAgain';

interface ResetValues {
  password: string;
  confirmPassword: string;
}

export function ResetPasswordModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const [form] = Form.useForm<ResetValues>();
  const onKeyDown = useEnterSubmit(() => form.submit());
  const { message } = App.useApp();
  const showError = useApiError();
  const reset = useMutation({
    mutationFn: ({ password }: ResetValues) => call('users.resetPassword', { id: account.id, password }),
    onSuccess: () => {
      void message.success(`已重置“${account.displayName}”的密码`);
      onClose();
    },
    onError: (error) => showError(error, form),
  });

  return (
    <Modal
      open
      title={`重置密码：${account.displayName}`}
      okText="重置"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={reset.isPending}
      mask={{ closable: false }}
    >
      <Typography.Paragraph type="secondary">
        请将新密码当面告知本人，并提醒其登录后在“设置 › 修改我的密码”中改为只有自己知道的密码。
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        如此人持有签名密钥，原密钥将停用（仍留在密钥名册中，用于验证此前的签名），并换发新密钥，两者指纹记入审计日志。请随后重新签发密钥名册。
      </Typography.Paragraph>
      <Form
        form={form}
        onFinishFailed={submitAgainWhenOverrun(form)}
        onKeyDown={onKeyDown}
        layout="vertical"
        onFinish={(values) => reset.mutate(values)}
      >
        <Form.Item label="新密码" name="password" rules={[zodRule(ResetPasswordInput.shape.password)]}>
          <Input.Password autoComplete="new-password" placeholder="至少 8 位" />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="confirmPassword"
          dependencies={['password']}
          rules={[{ required: true, message: '请再次输入新密码' }, confirmPasswordRule('password')]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
