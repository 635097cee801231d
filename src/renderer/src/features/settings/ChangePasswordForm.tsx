import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Input } from 'antd';
import { ChangePasswordInput } from '../../../../shared/api';
import { AppError, call } from '../../api/client';
import { useApiError } from '../../lib/useApiError';
import { confirmPasswordRule, zodRule } from '../../lib/formRules';
import { submitAgainWhenOverrun } from '../../lib/submitAgain';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** 修改我的密码: the current password proves it is the account holder. */
export function ChangePasswordForm() {
  const [form] = Form.useForm<PasswordValues>();
  const { message } = App.useApp();
  const showError = useApiError();
  const change = useMutation({
    mutationFn: ({ currentPassword, newPassword }: PasswordValues) =>
      call('auth.changePassword', { currentPassword, newPassword }),
    onSuccess: () => {
      form.resetFields();
      void message.success('密码已修改，下次登录请使用新密码');
    },
    onError: (error) => {
      if (error instanceof AppError && error.code === 'BAD_CREDENTIALS') {
        form.setFields([{ name: 'currentPassword', errors: [error.message] }]);
        return;
      }
      showError(error, form);
    },
  });

  return (
    <Form
      form={form}
      onFinishFailed={submitAgainWhenOverrun(form)}
      layout="vertical"
      style={{ maxWidth: 480 }}
      onFinish={(values) => change.mutate(values)}
    >
      <Form.Item
        label="当前密码"
        name="currentPassword"
        rules={[{ required: true, message: '请输入当前密码' }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item label="新密码" name="newPassword" rules={[zodRule(ChangePasswordInput.shape.newPassword)]}>
        <Input.Password autoComplete="new-password" placeholder="至少 8 位" />
      </Form.Item>
      <Form.Item
        label="确认新密码"
        name="confirmPassword"
        dependencies={['newPassword']}
        rules={[{ required: true, message: '请再次输入新密码' }, confirmPasswordRule('newPassword')]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        修改密码
      </Button>
    </Form>
  );
}
