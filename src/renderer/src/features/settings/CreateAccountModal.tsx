import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import type { CreateUserInput as CreateUserValues } from '../../../../shared/api';
import { CreateUserInput } from '../../../../shared/api';
import { call } from '../../api/client';
import { useApiError } from '../../lib/useApiError';
import { confirmPasswordRule, zodRule } from '../../lib/formRules';
import { RoleCheckboxes } from './RoleCheckboxes';
import { useEnterSubmit } from '../../lib/useEnterSubmit';
import { submitAgainWhenOverrun } from '../../lib/submitAgain';

const SHAPE = CreateUserInput.shape;

export function CreateAccountModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<CreateUserValues & { confirmPassword: string }>();
  const onKeyDown = useEnterSubmit(() => form.submit());
  const { message } = App.useApp();
  const showError = useApiError();
  const create = useMutation({
    mutationFn: (values: CreateUserValues) => call('users.create', values),
    onSuccess: (account) => {
      void message.success(`已建立账号“${account.displayName}”`);
      onClose();
    },
    onError: (error) => showError(error, form),
  });

  return (
    <Modal
      open
      title="新建账号"
      okText="建立"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      mask={{ closable: false }}
    >
      <Form
        form={form}
        onFinishFailed={submitAgainWhenOverrun(form)}
        onKeyDown={onKeyDown}
        layout="vertical"
        initialValues={{ roles: ['drafter'] }}
        onFinish={({ confirmPassword: _confirm, ...values }) => create.mutate(values)}
      >
        <Form.Item label="用户名" name="username" rules={[zodRule(SHAPE.username)]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label="姓名" name="displayName" rules={[zodRule(SHAPE.displayName)]}>
          <Input />
        </Form.Item>
        <Form.Item label="初始密码" name="password" rules={[zodRule(SHAPE.password)]}>
          <Input.Password autoComplete="new-password" placeholder="至少 8 位" />
        </Form.Item>
        <Form.Item
          label="确认密码"
          name="confirmPassword"
          dependencies={['password']}
          rules={[{ required: true, message: '请再次输入密码' }, confirmPasswordRule('password')]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label="角色" name="roles" rules={[zodRule(SHAPE.roles)]}>
          <RoleCheckboxes />
        </Form.Item>
      </Form>
    </Modal>
  );
}
