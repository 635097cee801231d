import { DatePicker, Form, Typography } from 'antd';
import dayjs from 'dayjs';

/** 受理: the review clock starts on the day the materials are complete (today when left empty). */
export function StartReviewFields() {
  return (
    <>
      <Typography.Paragraph type="secondary">
        受理后开始计算审核期限（工作日，按节假日安排顺延）；审核期限自送审材料齐备之日起算。
      </Typography.Paragraph>
      <Form.Item label="材料齐备日期" name="materialsCompleteOn" extra="不填则为今天。">
        <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
      </Form.Item>
    </>
  );
}
