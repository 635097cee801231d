import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { SignInInput } from '../../../../shared/api';
import { call, errorMessage } from '../../api/client';
import { useSetSession } from '../../lib/useSetSession';
import { zodRule } from '../../lib/formRules';
import { submitAgainWhenOverrun } from '../../lib/submitAgain';

interface SignInValues {
  username: string;
  password: string;
}

export function SignInPage({ agencyName }: { agencyName: string | null }) {
  const [form] = Form.useForm<SignInValues>();
  const setSession = useSetSession();
  const signIn = useMutation({
    mutationFn: (values: SignInValues) => call('auth.signIn', values),
    onSuccess: (account) => setSession(account),
    onError: () => form.setFieldValue('password', ''),
  });

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: '#f0f2f5',
      }}
    >
      <Card style={{ width: 400 }}>
        <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
          登录
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {agencyName ? `${agencyName} · ` : ''}规范性文件审核备案工作台
        </Typography.Paragraph>
        {signIn.isError && (
          <Alert type="error" showIcon title={errorMessage(signIn.error)} style={{ marginBottom: 16 }} />
        )}
        <Form
          form={form}
          onFinishFailed={submitAgainWhenOverrun(form)}
          layout="vertical"
          onFinish={(values) => signIn.mutate(values)}
        >
          <Form.Item label="用户名" name="username" rules={[zodRule(SignInInput.shape.username)]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[zodRule(SignInInput.shape.password)]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
