import { Checkbox, Form, Input, Typography } from 'antd';
import { CreateUserInput } from '../../../../shared/api';
import { ROLE_LABELS } from '../../../../shared/domain/roles';
import { confirmPasswordRule, zodRule } from '../../lib/formRules';
import { EXTRA_ROLES } from './setupForm';

const ROLE_OPTIONS = EXTRA_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function AdminStep() {
  return (
    <>
      <Typography.Paragraph type="secondary">
        第一个账号是管理员，负责账号、机关信息和备份。以后可在“设置 › 账号管理”中为其他同事建立账号。
      </Typography.Paragraph>
      <Form.Item
        label="用户名"
        name={['admin', 'username']}
        rules={[zodRule(CreateUserInput.shape.username)]}
        validateTrigger="onBlur"
      >
        <Input placeholder="登录时使用，例如 zhangsan" autoComplete="username" />
      </Form.Item>
      <Form.Item
        label="姓名"
        name={['admin', 'displayName']}
        rules={[zodRule(CreateUserInput.shape.displayName)]}
        validateTrigger="onBlur"
      >
        <Input placeholder="操作记录中显示的姓名" />
      </Form.Item>
      <Form.Item
        label="密码"
        name={['admin', 'password']}
        rules={[zodRule(CreateUserInput.shape.password)]}
        validateTrigger="onBlur"
      >
        <Input.Password placeholder="至少 8 位" autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="确认密码"
        name={['admin', 'confirmPassword']}
        dependencies={[['admin', 'password']]}
        validateTrigger="onBlur"
        rules={[{ required: true, message: '请再次输入密码' }, confirmPasswordRule(['admin', 'password'])]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label="同时担任的角色"
        name={['admin', 'roles']}
        extra="管理员之外，这个账号还可以担任以下角色。小型法制科常由一人兼任起草、审核等全部工作，默认全部勾选；以后可在账号管理中调整。"
      >
        <Checkbox.Group options={ROLE_OPTIONS} />
      </Form.Item>
    </>
  );
}
