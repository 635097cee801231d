import { Button, Form, Input, InputNumber } from 'antd';
import type { FormRule } from 'antd';
import { useApiError } from '../../lib/useApiError';
import { parseDateList } from './holidayText';
import { invalidInputIssues } from './invalidInput';
import { IssueList } from './IssueList';
import { useImportHolidays } from './useImportHolidays';
import { submitAgainWhenOverrun } from '../../lib/submitAgain';

interface YearValues {
  year: number;
  holidays: string;
  workdays: string;
}

const dateListRule = (required: boolean): FormRule => ({
  validator: (_rule, value: string | undefined) => {
    const { dates, problems } = parseDateList(value ?? '');
    if (problems.length > 0) return Promise.reject(new Error(problems.join('；')));
    if (required && dates.length === 0) return Promise.reject(new Error('请至少填写一个放假日期'));
    return Promise.resolve();
  },
});

/** 逐日填写: a year's days off and make-up working days typed or pasted from the State Council notice. */
export function HolidayYearForm({ defaultYear }: { defaultYear: number }) {
  const [form] = Form.useForm<YearValues>();
  const showError = useApiError();
  const importing = useImportHolidays(() => form.resetFields(['holidays', 'workdays']));

  const submit = (values: YearValues) =>
    importing.mutate(
      {
        year: values.year,
        holidays: parseDateList(values.holidays).dates,
        workdays: parseDateList(values.workdays ?? '').dates,
      },
      {
        onError: (error) => {
          if (!invalidInputIssues(error)) showError(error);
        },
      },
    );

  return (
    <Form
      form={form}
      onFinishFailed={submitAgainWhenOverrun(form)}
      layout="vertical"
      initialValues={{ year: defaultYear }}
      onFinish={submit}
    >
      <IssueList issues={invalidInputIssues(importing.error)} inputField="file" title="节假日安排未保存" />
      <Form.Item label="年份" name="year" rules={[{ required: true, message: '请填写年份' }]}>
        <InputNumber min={2000} max={2100} precision={0} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item
        label="放假日期"
        name="holidays"
        rules={[dateListRule(true)]}
        extra="每行一个日期或一段日期，例如 2027-01-01 或 2027-02-06 至 2027-02-12；也可用逗号分隔。"
      >
        <Input.TextArea
          autoSize={{ minRows: 4, maxRows: 10 }}
          placeholder={'2027-01-01\n2027-02-06 至 2027-02-12'}
        />
      </Form.Item>
      <Form.Item
        label="调休上班日期"
        name="workdays"
        rules={[dateListRule(false)]}
        extra="需要上班的周六、周日；没有的留空。"
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder="2027-02-14" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={importing.isPending}>
        保存该年节假日安排
      </Button>
    </Form>
  );
}
