import { Form, Input } from 'antd';

const TEXTS: Record<string, { name: string; label: string; required: boolean; placeholder?: string }> = {
  RETURN: {
    name: 'reason',
    label: '退回理由',
    required: true,
    placeholder: '如：未附公开征求意见情况及采纳说明',
  },
  REVISE: { name: 'note', label: '修改说明', required: false, placeholder: '可选' },
};

/** The events whose only field is a reason or a note. */
export const REASON_EVENTS = Object.keys(TEXTS);

export function ReasonFields({ type }: { type: string }) {
  const text = TEXTS[type];
  if (!text) return null;
  return (
    <Form.Item
      label={text.label}
      name={text.name}
      rules={
        text.required ? [{ required: true, whitespace: true, message: `请填写${text.label}` }] : undefined
      }
    >
      <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} placeholder={text.placeholder} />
    </Form.Item>
  );
}
