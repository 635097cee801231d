import { AutoComplete, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { MEETING_TYPES } from '../../../../../shared/domain/issuance';
import {
  DELIBERATION_DECISION_LABELS,
  DELIBERATION_DECISIONS,
} from '../../../../../shared/domain/workflow/events';
import { MinutesField } from './MinutesField';

/**
 * 集体审议: the meeting (type and name, the day it was held), who attended, its decision and any dissent,
 * and the minutes (会议纪要 / 审议记录) chosen from the materials or uploaded here.
 */
export function DeliberationFields({ documentId }: { documentId: string }) {
  return (
    <>
      <Flex gap={16}>
        <Form.Item
          label="会议类型"
          name="meetingType"
          rules={[{ required: true, whitespace: true, message: '请选择或填写会议类型' }]}
          style={{ width: 200 }}
        >
          <AutoComplete
            options={MEETING_TYPES.map((type) => ({ value: type }))}
            placeholder="选择或填写"
            maxLength={40}
          />
        </Form.Item>
        <Form.Item
          label="会议名称"
          name="meetingName"
          rules={[{ required: true, whitespace: true, message: '请填写会议名称' }]}
          style={{ flex: 1 }}
        >
          <Input placeholder="如：2026年第12次局务会议" maxLength={100} />
        </Form.Item>
        <Form.Item label="召开日期" name="heldOn" style={{ width: 160 }}>
          <DatePicker
            style={{ width: '100%' }}
            placeholder="今天"
            disabledDate={(day) => day.isAfter(dayjs(), 'day')}
          />
        </Form.Item>
      </Flex>
      <Form.Item
        label="出席人员"
        name="attendees"
        rules={[{ required: true, type: 'array', min: 1, message: '请填写出席人员（至少一人）' }]}
        extra="输入姓名后按回车；多人可用逗号或顿号分隔。"
      >
        <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} placeholder="如：张局长" />
      </Form.Item>
      <Form.Item label="审议结果" name="decision" rules={[{ required: true, message: '请选择审议结果' }]}>
        <Select
          options={DELIBERATION_DECISIONS.map((decision) => ({
            value: decision,
            label: DELIBERATION_DECISION_LABELS[decision],
          }))}
        />
      </Form.Item>
      <Form.Item label="不同意见" name="dissent" extra="会议中的不同意见应当如实记录。">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} placeholder="没有可不填" />
      </Form.Item>
      <MinutesField documentId={documentId} />
    </>
  );
}
