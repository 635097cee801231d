import { Form, Input, Select } from 'antd';
import type { DocumentKind } from '../../../../../shared/domain/documentKinds';
import { useRuleProfile } from '../useRuleProfile';

/** 登记备案结果: one of the profile's filing outcomes for the kind, with a note. */
export function FilingResultFields({ kind }: { kind: DocumentKind }) {
  const { profile } = useRuleProfile();
  return (
    <>
      <Form.Item label="备案结果" name="outcome" rules={[{ required: true, message: '请选择备案结果' }]}>
        <Select
          options={(profile?.filingOutcomes[kind] ?? []).map((outcome) => ({
            value: outcome.code,
            label: outcome.label,
          }))}
        />
      </Form.Item>
      <Form.Item label="说明" name="note">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} placeholder="可选" />
      </Form.Item>
    </>
  );
}
