import { useMutation } from '@tanstack/react-query';
import { Button, Card, Form, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import type { SetupInput } from '../../../../shared/api';
import { AppError, call } from '../../api/client';
import { useApiError } from '../../lib/useApiError';
import { useSetSession } from '../../lib/useSetSession';
import { issuesToFields } from '../../lib/formRules';
import { AdminStep } from './AdminStep';
import { AgencyStep } from './AgencyStep';
import { ConfirmStep } from './ConfirmStep';
import { INITIAL_VALUES, STEP_FIELDS, stepOfField, type SetupFormValues } from './setupForm';

const STEPS = [{ title: '机关信息' }, { title: '管理员账号' }, { title: '确认' }];

/** First run: agency, the first administrator, and whether to load the demo workspace. */
export function SetupWizard() {
  const [form] = Form.useForm<SetupFormValues>();
  // Every value, those of steps not on screen included, for the confirmation step.
  const values = Form.useWatch([], { form, preserve: true }) as Partial<SetupFormValues> | undefined;
  const [step, setStep] = useState(0);
  const showError = useApiError();
  const setSession = useSetSession();
  const initialize = useMutation({
    mutationFn: (input: SetupInput) => call('setup.initialize', input),
    onSuccess: (account) => setSession(account),
    onError: (error) => {
      if (error instanceof AppError && error.code === 'INVALID_INPUT') {
        const first = issuesToFields(error.issues).fields[0];
        if (first) setStep(stepOfField(first.name));
      }
      showError(error, form);
    },
  });

  const next = async () => {
    try {
      await form.validateFields(STEP_FIELDS[step] ?? []);
    } catch {
      return;
    }
    setStep(step + 1);
  };

  const submit = () => {
    const values = form.getFieldsValue(true) as SetupFormValues;
    initialize.mutate({
      agency: values.agency,
      admin: {
        username: values.admin.username,
        displayName: values.admin.displayName,
        password: values.admin.password,
        roles: ['admin', ...values.admin.roles],
      },
      demo: values.demo,
    });
  };

  return (
    <div style={{ minHeight: '100vh', background: '#f0f2f5', padding: '48px 16px' }}>
      <Card style={{ maxWidth: 680, margin: '0 auto' }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          NormDesk 初始设置
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          欢迎使用规范性文件审核备案工作台。完成以下三步即可开始使用，所有数据只保存在本机。
        </Typography.Paragraph>
        <Steps current={step} items={STEPS} style={{ margin: '24px 0 32px' }} />
        <Form form={form} layout="vertical" initialValues={INITIAL_VALUES}>
          {/* Every step stays mounted, so a server-side field error can land on any of them. */}
          <div hidden={step !== 0}>
            <AgencyStep />
          </div>
          <div hidden={step !== 1}>
            <AdminStep />
          </div>
          <div hidden={step !== 2}>
            <ConfirmStep values={values ?? {}} />
          </div>
        </Form>
        <Space style={{ display: 'flex', justifyContent: 'flex-end', marginTop: 16 }}>
          {step > 0 && (
            <Button onClick={() => setStep(step - 1)} disabled={initialize.isPending}>
              上一步
            </Button>
          )}
          {step < STEPS.length - 1 ? (
            <Button type="primary" onClick={() => void next()}>
              下一步
            </Button>
          ) : (
            <Button type="primary" onClick={submit} loading={initialize.isPending}>
              完成设置
            </Button>
          )}
        </Space>
      </Card>
    </div>
  );
}
