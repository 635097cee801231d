import { Form, Input, Select } from 'antd';
import {
  DELIBERATION_DECISION_LABELS,
  DELIBERATION_DECISIONS,
} from '../../../../../shared/domain/workflow/events';

/** 集体审议: the meeting, its decision and any dissent, as the minutes record them. */
export function DeliberationFields() {
  return (
    <>
      <Form.Item
        label="会议名称"
        name="meeting"
        rules={[{ required: true, whitespace: true, message: '请填写会议名称' }]}
      >
        <Input placeholder="如：局党组会议（2025年第3次）" maxLength={100} />
      </Form.Item>
      <Form.Item label="审议结果" name="decision" rules={[{ required: true, message: '请选择审议结果' }]}>
        <Select
          options={DELIBERATION_DECISIONS.map((decision) => ({
            value: decision,
            label: DELIBERATION_DECISION_LABELS[decision],
          }))}
        />
      </Form.Item>
      <Form.Item label="不同意见" name="dissent">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} placeholder="可选" />
      </Form.Item>
    </>
  );
}
