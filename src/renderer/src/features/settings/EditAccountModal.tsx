import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal, Switch } from 'antd';
import type { Account } from '../../../../shared/api';
import { CreateUserInput } from '../../../../shared/api';
import type { Role } from '../../../../shared/domain/roles';
import { call } from '../../api/client';
import { useApiError } from '../../lib/useApiError';
import { zodRule } from '../../lib/formRules';
import { RoleCheckboxes } from './RoleCheckboxes';
import { useEnterSubmit } from '../../lib/useEnterSubmit';
import { submitAgainWhenOverrun } from '../../lib/submitAgain';

interface EditValues {
  displayName: string;
  roles: Role[];
  active: boolean;
}

/** Changes an account's name, roles or whether it may sign in; main refuses to remove the last admin. */
export function EditAccountModal({ account, onClose }: { account: Account; onClose: () => void }) {
  const [form] = Form.useForm<EditValues>();
  const onKeyDown = useEnterSubmit(() => form.submit());
  const { message } = App.useApp();
  const showError = useApiError();
  const update = useMutation({
    mutationFn: (values: EditValues) => call('users.update', { id: account.id, ...values }),
    onSuccess: () => {
      void message.success('账号已保存');
      onClose();
    },
    onError: (error) => showError(error, form),
  });

  return (
    <Modal
      open
      title={`编辑账号：${account.username}`}
      okText="保存"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      mask={{ closable: false }}
    >
      <Form
        form={form}
        onFinishFailed={submitAgainWhenOverrun(form)}
        onKeyDown={onKeyDown}
        layout="vertical"
        initialValues={{ displayName: account.displayName, roles: account.roles, active: account.active }}
        onFinish={(values) => update.mutate(values)}
      >
        <Form.Item label="姓名" name="displayName" rules={[zodRule(CreateUserInput.shape.displayName)]}>
          <Input />
        </Form.Item>
        <Form.Item label="角色" name="roles" rules={[zodRule(CreateUserInput.shape.roles)]}>
          <RoleCheckboxes />
        </Form.Item>
        <Form.Item
          label="启用"
          name="active"
          valuePropName="checked"
          extra="停用的账号不能登录，其操作记录保留。"
        >
          <Switch checkedChildren="启用" unCheckedChildren="停用" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
