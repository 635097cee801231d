import { Alert, Button, DatePicker, Form, InputNumber, Radio, Space, Typography } from 'antd';
import type { FormRule } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ChannelInput } from '../../../../shared/api';
import { weekday } from '../../../../shared/domain/calendar/isoDate';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../lib/useApi';
import { countingRule } from './periodText';
import { submitAgainWhenOverrun } from '../../lib/submitAgain';

type DeadlineRequest = ChannelInput<'calendar.deadline'>;
type Unit = DeadlineRequest['unit'];

interface CalculatorValues {
  from: Dayjs;
  count: number;
  unit: Unit;
}

/** "N日" counts from the day after the start, so it needs at least one day (RULES.md §10). */
const calendarCountRule: FormRule = ({ getFieldValue }) => ({
  validator: (_rule, value: number | null) =>
    getFieldValue('unit') === 'calendar' && value !== null && value < 1
      ? Promise.reject(new Error('按自然日计算时至少为 1 日'))
      : Promise.resolve(),
});

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/**
 * 期限计算: the due date the workstation would give for a period, and a warning for every year it has
 * no holiday data for. The answer is a query, so importing a year refreshes it.
 */
export function DeadlineCalculator() {
  const [form] = Form.useForm<CalculatorValues>();
  const unit = Form.useWatch('unit', form) ?? 'working';
  const [request, setRequest] = useState<DeadlineRequest | null>(null);
  const result = useApiQuery(
    'calendar.deadline',
    request ?? { from: '2000-01-01', count: 0, unit: 'working' },
    {
      enabled: request !== null,
    },
  );

  return (
    <>
      <Form
        form={form}
        onFinishFailed={submitAgainWhenOverrun(form)}
        layout="inline"
        initialValues={{ from: dayjs(), count: 15, unit: 'working' }}
        onFinish={(values) =>
          setRequest({ from: values.from.format('YYYY-MM-DD'), count: values.count, unit: values.unit })
        }
      >
        <Form.Item label="起算日" name="from" rules={[{ required: true, message: '请选择起算日' }]}>
          <DatePicker allowClear={false} />
        </Form.Item>
        <Form.Item
          label="期限"
          name="count"
          dependencies={['unit']}
          rules={[{ required: true, message: '请填写天数' }, calendarCountRule]}
        >
          <InputNumber min={0} max={3650} precision={0} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="unit">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'working', label: '工作日' },
              { value: 'calendar', label: '自然日' },
            ]}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={result.isFetching}>
          计算截止日
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {countingRule(unit)}。
      </Typography.Paragraph>
      {result.isError && <Alert type="error" showIcon title={errorMessage(result.error)} />}
      {result.data && request && (
        <Space orientation="vertical" style={{ width: '100%' }} aria-live="polite">
          <Typography.Text>
            截止日：
            <Typography.Text strong data-testid="deadline-due">
              {result.data.due}
            </Typography.Text>
            （{WEEKDAYS[weekday(result.data.due)]}）
          </Typography.Text>
          {result.data.warnings.map((warning) => (
            <Alert
              key={`${warning.code}-${warning.year ?? ''}`}
              type="warning"
              showIcon
              title={warning.message}
            />
          ))}
        </Space>
      )}
    </>
  );
}
