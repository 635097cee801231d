import { Checkbox, Descriptions, Form, Typography } from 'antd';
import { ROLE_LABELS, type Role } from '../../../../shared/domain/roles';
import type { SetupFormValues } from './setupForm';

export function ConfirmStep({ values }: { values: Partial<SetupFormValues> }) {
  const roles: Role[] = ['admin', ...(values.admin?.roles ?? [])];
  return (
    <>
      <Descriptions
        column={1}
        bordered
        size="small"
        items={[
          { key: 'agencyName', label: '机关名称', children: values.agency?.agencyName },
          { key: 'agencyCode', label: '机关代字', children: values.agency?.agencyCode },
          { key: 'username', label: '管理员用户名', children: values.admin?.username },
          { key: 'displayName', label: '管理员姓名', children: values.admin?.displayName },
          { key: 'roles', label: '角色', children: roles.map((role) => ROLE_LABELS[role]).join('、') },
        ]}
      />
      <Form.Item name="demo" valuePropName="checked" style={{ marginTop: 24, marginBottom: 8 }}>
        <Checkbox>创建演示工作区（十余件示例文件）</Checkbox>
      </Form.Item>
      <Typography.Paragraph type="secondary">
        演示工作区里的文件处于起草、审核、审议、印发、备案等各个阶段，由四位演示同事（起草人员、审核人员、法律顾问、负责人）逐步办理；他们的初始密码与管理员密码相同，可以用各自的账号登录体验。演示工作区适合先熟悉软件；正式使用时请不要勾选。完成设置后将以管理员身份自动登录。
      </Typography.Paragraph>
    </>
  );
}
