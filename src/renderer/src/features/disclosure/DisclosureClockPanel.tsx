import { Alert, Button, DatePicker, Descriptions, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import type { Channel, ChannelInput } from '../../../../shared/api';
import { call, errorMessage } from '../../api/client';
import { useApiQuery } from '../../lib/useApi';
import { useApiError } from '../../lib/useApiError';
import { ClockTag } from './ClockTag';

const isoDate = (value: Dayjs) => value.format('YYYY-MM-DD');

/** One small form that sends one channel and resets itself after success. */
function useRecord<C extends Channel>(channel: C) {
  const showError = useApiError();
  return useMutation({
    mutationFn: (input: ChannelInput<C>) => call(channel, input),
    onError: (error) => showError(error),
  });
}

const day = (value: Dayjs) => isoDate(value);

/**
 * 政府信息公开答复期限 on a disclosure document's page: the receipt, the clock (政府信息公开条例第三十三条),
 * third-party consultations (not counted), a 负责人's extension and the answer.
 */
export function DisclosureClockPanel({
  documentId,
  canEdit,
  isLeader,
}: {
  documentId: string;
  canEdit: boolean;
  isLeader: boolean;
}) {
  const view = useApiQuery('disclosure.get', { documentId });
  const receive = useRecord('disclosure.recordRequest');
  const consult = useRecord('disclosure.recordConsultation');
  const extend = useRecord('disclosure.recordExtension');
  const answer = useRecord('disclosure.recordAnswer');
  if (view.isError) return <Alert type="error" showIcon title={errorMessage(view.error)} />;
  const data = view.data;
  if (!data) return null;
  const { request, clock } = data;
  const open = request !== null && request.answeredOn === null;

  return (
    <section aria-label="政府信息公开答复期限">
      <Typography.Title level={5}>政府信息公开答复期限</Typography.Title>
      {request && clock ? (
        <Descriptions size="small" bordered column={{ xs: 1, lg: 2 }}>
          <Descriptions.Item label="申请收到日期">
            {request.receivedOn}
            {request.applicant ? `（${request.applicant}）` : ''}
          </Descriptions.Item>
          <Descriptions.Item label="答复期限">
            <Space>
              <span data-testid="disclosure-due">{clock.dueOn}</span>
              <ClockTag state={clock.state} label={clock.stateLabel} />
              {open && clock.workingDaysLeft >= 0 && <span>剩余 {clock.workingDaysLeft} 个工作日</span>}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label="法定期限">{clock.statutoryDueOn}</Descriptions.Item>
          <Descriptions.Item label="不计入期限">
            征求第三方意见 {clock.excludedWorkingDays} 个工作日
          </Descriptions.Item>
          <Descriptions.Item label="延期">
            {data.extension
              ? `${data.extension.workingDays} 个工作日（${data.extension.approvedByName} ${data.extension.approvedOn} 批准，${data.extension.notifiedOn} 告知申请人；${data.extension.reason}）`
              : '未延期'}
          </Descriptions.Item>
          <Descriptions.Item label="答复日期">{request.answeredOn ?? '尚未答复'}</Descriptions.Item>
          {data.consultations.map((consultation) => (
            <Descriptions.Item key={consultation.id} label="征求第三方意见">
              {consultation.thirdParty}：{consultation.fromOn} 至 {consultation.toOn}
            </Descriptions.Item>
          ))}
        </Descriptions>
      ) : (
        <Typography.Paragraph type="secondary">尚未登记申请收到日期。</Typography.Paragraph>
      )}
      {clock?.warnings.map((warning) => (
        <Alert
          key={warning.message}
          type="warning"
          showIcon
          title={warning.message}
          style={{ marginTop: 8 }}
        />
      ))}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
        依据：{data.basis.reply}；{data.basis.consultation}。
      </Typography.Paragraph>

      {canEdit && !request && (
        <Form
          layout="inline"
          onFinish={(values: { receivedOn: Dayjs; applicant?: string }) =>
            receive.mutate({
              documentId,
              receivedOn: day(values.receivedOn),
              applicant: values.applicant ?? '',
            })
          }
        >
          <Form.Item
            label="申请收到日期"
            name="receivedOn"
            rules={[{ required: true, message: '请选择申请收到日期' }]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item label="申请人" name="applicant">
            <Input maxLength={100} />
          </Form.Item>
          <Button htmlType="submit" type="primary" loading={receive.isPending}>
            登记申请
          </Button>
        </Form>
      )}
      {canEdit && open && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Form
            layout="inline"
            onFinish={(values: { thirdParty: string; period: [Dayjs, Dayjs] }) =>
              consult.mutate({
                documentId,
                thirdParty: values.thirdParty,
                fromOn: day(values.period[0]),
                toOn: day(values.period[1]),
              })
            }
          >
            <Form.Item
              label="征求第三方意见"
              name="thirdParty"
              rules={[{ required: true, message: '请填写第三方名称' }]}
            >
              <Input maxLength={100} placeholder="第三方名称" />
            </Form.Item>
            <Form.Item name="period" rules={[{ required: true, message: '请选择起止日期' }]}>
              <DatePicker.RangePicker />
            </Form.Item>
            <Button htmlType="submit" loading={consult.isPending}>
              登记征求意见
            </Button>
          </Form>
          <Form
            layout="inline"
            onFinish={(values: { answeredOn: Dayjs }) =>
              answer.mutate({ documentId, answeredOn: day(values.answeredOn) })
            }
          >
            <Form.Item
              label="答复日期"
              name="answeredOn"
              rules={[{ required: true, message: '请选择答复日期' }]}
            >
              <DatePicker />
            </Form.Item>
            <Button htmlType="submit" loading={answer.isPending}>
              登记答复
            </Button>
          </Form>
        </Space>
      )}
      {isLeader && open && !data.extension && (
        <Form
          layout="inline"
          style={{ marginTop: 8 }}
          onFinish={(values: { workingDays: number; reason: string; notifiedOn: Dayjs }) =>
            extend.mutate({
              documentId,
              workingDays: values.workingDays,
              reason: values.reason,
              notifiedOn: day(values.notifiedOn),
            })
          }
        >
          <Form.Item
            label="批准延期（工作日）"
            name="workingDays"
            rules={[{ required: true, message: '请填写延长天数' }]}
          >
            <InputNumber min={1} max={20} />
          </Form.Item>
          <Form.Item
            label="延期理由"
            name="reason"
            rules={[{ required: true, whitespace: true, message: '请填写延期理由' }]}
          >
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item
            label="告知申请人日期"
            name="notifiedOn"
            rules={[{ required: true, message: '请选择告知日期' }]}
          >
            <DatePicker />
          </Form.Item>
          <Button htmlType="submit" loading={extend.isPending}>
            批准延期
          </Button>
        </Form>
      )}
    </section>
  );
}
