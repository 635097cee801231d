import { Form, Select } from 'antd';
import type { DocumentKind } from '../../../../../shared/domain/documentKinds';
import { useRuleProfile } from '../useRuleProfile';

/** 报送备案: the recipients the profile names for the kind; others can be typed in. */
export function SubmitFilingFields({ kind }: { kind: DocumentKind }) {
  const { profile } = useRuleProfile();
  const recipients = [...new Set(profile?.filing[kind].recipients.flatMap((rule) => rule.to) ?? [])];
  return (
    <Form.Item label="备案机关" name="recipients" rules={[{ required: true, message: '请选择备案机关' }]}>
      <Select mode="tags" options={recipients.map((to) => ({ value: to, label: to }))} />
    </Form.Item>
  );
}
