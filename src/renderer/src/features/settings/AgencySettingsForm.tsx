import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Skeleton } from 'antd';
import { AgencySettings } from '../../../../shared/api';
import { call, errorMessage } from '../../api/client';
import { useApiQuery } from '../../lib/useApi';
import { useApiError } from '../../lib/useApiError';
import { zodRule } from '../../lib/formRules';
import { submitAgainWhenOverrun } from '../../lib/submitAgain';

type AgencyValues = AgencySettings;

/** 机关信息: everyone can read it; only an administrator can change it. */
export function AgencySettingsForm({ editable }: { editable: boolean }) {
  const agency = useApiQuery('settings.getAgency', {});
  const [form] = Form.useForm<AgencyValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const save = useMutation({
    mutationFn: (values: AgencyValues) => call('settings.updateAgency', values),
    onSuccess: (saved) => {
      queryClient.setQueryData(['settings.getAgency', {}], saved);
      void message.success('机关信息已保存');
    },
    onError: (error) => showError(error, form),
  });

  if (agency.isPending) return <Skeleton active />;
  if (agency.isError) return <Alert type="error" showIcon title={errorMessage(agency.error)} />;
  return (
    <Form
      form={form}
      onFinishFailed={submitAgainWhenOverrun(form)}
      layout="vertical"
      style={{ maxWidth: 480 }}
      initialValues={agency.data}
      disabled={!editable}
      onFinish={(values) => save.mutate(values)}
    >
      {!editable && (
        <Alert type="info" showIcon title="机关信息只能由管理员修改。" style={{ marginBottom: 16 }} />
      )}
      <Form.Item label="机关名称" name="agencyName" rules={[zodRule(AgencySettings.shape.agencyName)]}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item
        label="机关代字"
        name="agencyCode"
        rules={[zodRule(AgencySettings.shape.agencyCode)]}
        extra="用于发文字号，例如“某统字〔2025〕1号”中的“某统字”。"
      >
        <Input maxLength={12} />
      </Form.Item>
      {editable && (
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          保存
        </Button>
      )}
    </Form>
  );
}
