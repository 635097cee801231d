import { DatePicker, Form, Input, Radio, Select } from 'antd';
import { BUILT_IN_PROCEDURES } from '../../../../../shared/domain/ruleCodes';
import { useRuleProfile } from '../useRuleProfile';

/**
 * 重大行政决策: record one of the statutory procedures as done today (公众参与 with its comment window),
 * or, for a conditional one, as not applicable with the reason.
 */
export function ProcedureFields() {
  const { profile } = useRuleProfile();
  const form = Form.useFormInstance();
  const procedureId = Form.useWatch<string | undefined>('procedure', form);
  const applicable = Form.useWatch<boolean | undefined>('_applicable', form) ?? true;
  const procedures = (profile?.majorDecisionProcedures ?? []).filter(
    (procedure) => !BUILT_IN_PROCEDURES.includes(procedure.id),
  );
  const selected = procedures.find((procedure) => procedure.id === procedureId);

  return (
    <>
      <Form.Item
        label="决策程序"
        name="procedure"
        rules={[{ required: true, message: '请选择决策程序' }]}
        extra={selected?.condition || selected?.source.basis}
      >
        <Select
          options={procedures.map((procedure) => ({
            value: procedure.id,
            label: procedure.mandatory ? `${procedure.label}（必经）` : procedure.label,
          }))}
        />
      </Form.Item>
      {selected && !selected.mandatory && (
        <Form.Item label="是否适用" name="_applicable" initialValue={true}>
          <Radio.Group
            options={[
              { value: true, label: '已履行' },
              { value: false, label: '不适用' },
            ]}
          />
        </Form.Item>
      )}
      {selected && !selected.mandatory && !applicable ? (
        <Form.Item
          label="不适用的理由"
          name="notApplicableReason"
          rules={[{ required: true, whitespace: true, message: '请填写不适用的理由' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
      ) : (
        procedureId === 'public_participation' && (
          <>
            <Form.Item
              label="征求意见期间"
              name="commentPeriod"
              rules={[{ required: true, message: '请选择征求意见的起止日期' }]}
            >
              <DatePicker.RangePicker />
            </Form.Item>
            <Form.Item
              label="期间缩短的理由"
              name="shortenedReason"
              extra="征求意见期间短于规定天数的须说明理由。"
            >
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
            </Form.Item>
          </>
        )
      )}
    </>
  );
}
