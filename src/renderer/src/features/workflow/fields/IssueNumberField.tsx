import { Form, Input } from 'antd';
import { useEffect } from 'react';
import type { IssuancePreview } from '../../../../../shared/api';

type Planned = IssuancePreview['docNumber'];

/**
 * One number the issuance will give, as main previews it. It follows the preview (another year, another
 * issuance meanwhile) until an administrator edits it; everyone else sees it read-only. `_<name>` holds
 * what is shown and `_<name>Planned` the preview, so the dialog sends a number only when it was changed.
 */
export function IssueNumberField(props: {
  name: 'docNumber' | 'registrationNumber';
  label: string;
  planned: Planned | null;
  editable: boolean;
}) {
  const { name, label, planned, editable } = props;
  const form = Form.useFormInstance();
  const number = planned?.number;
  useEffect(() => {
    if (number === undefined) return;
    form.setFieldValue(`_${name}Planned`, number);
    if (!form.isFieldTouched(`_${name}`)) form.setFieldValue(`_${name}`, number);
  }, [form, name, number]);
  const extra = [planned?.format, planned?.note].filter(Boolean).join('。');
  return (
    <>
      <Form.Item
        label={editable ? `${label}（管理员可修改）` : label}
        name={`_${name}`}
        style={{ flex: 1 }}
        extra={extra || undefined}
        rules={[{ required: true, whitespace: true, message: `请填写${label}` }]}
      >
        <Input readOnly={!editable} disabled={!editable} maxLength={60} aria-label={label} />
      </Form.Item>
      <Form.Item name={`_${name}Planned`} hidden>
        <Input />
      </Form.Item>
    </>
  );
}
