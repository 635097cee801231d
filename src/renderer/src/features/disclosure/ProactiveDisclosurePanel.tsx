import { Alert, Button, DatePicker, Form, Input, Space, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { call, errorMessage } from '../../api/client';
import { useApiQuery } from '../../lib/useApi';
import { useApiError } from '../../lib/useApiError';
import { ClockTag } from './ClockTag';

const isoDate = (value: Dayjs) => value.format('YYYY-MM-DD');

/** 主动公开 of an issued 行政规范性文件 (政府信息公开条例第二十六条): the due date, an overdue warning, the record. */
export function ProactiveDisclosurePanel({ documentId, canEdit }: { documentId: string; canEdit: boolean }) {
  const view = useApiQuery('disclosure.proactive', { documentId });
  const showError = useApiError();
  const record = useMutation({
    mutationFn: (values: { disclosedOn: Dayjs; channel: string }) =>
      call('disclosure.recordProactive', {
        documentId,
        disclosedOn: isoDate(values.disclosedOn),
        channel: values.channel,
      }),
    onError: (error) => showError(error),
  });
  if (view.isError) return <Alert type="error" showIcon title={errorMessage(view.error)} />;
  const data = view.data;
  if (!data) return null;
  return (
    <section aria-label="主动公开">
      <Space wrap>
        <Typography.Text strong>主动公开期限</Typography.Text>
        <span data-testid="proactive-due">{data.dueOn}</span>
        <ClockTag state={data.state} label={data.stateLabel} />
        {data.disclosedOn && (
          <span>
            已于 {data.disclosedOn} 通过{data.channel}公开
          </span>
        )}
      </Space>
      {data.state === 'overdue' && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          title={`印发公布（${data.formedOn}）后应于 ${data.dueOn} 前主动公开，已逾期，请尽快公开并登记。`}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
        依据：{data.basis}
      </Typography.Paragraph>
      {canEdit && !data.disclosedOn && (
        <Form
          layout="inline"
          onFinish={(values: { disclosedOn: Dayjs; channel: string }) => record.mutate(values)}
        >
          <Form.Item
            label="公开日期"
            name="disclosedOn"
            rules={[{ required: true, message: '请选择公开日期' }]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item
            label="公开渠道"
            name="channel"
            initialValue="政府网站"
            rules={[{ required: true, message: '请填写公开渠道' }]}
          >
            <Input maxLength={40} />
          </Form.Item>
          <Button htmlType="submit" loading={record.isPending}>
            登记主动公开
          </Button>
        </Form>
      )}
    </section>
  );
}
