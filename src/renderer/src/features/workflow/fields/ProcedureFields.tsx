import { DatePicker, Form, Input, Radio, Select } from 'antd';
import { BUILT_IN_PROCEDURES } from '../../../../../shared/domain/ruleCodes';
import { useRuleProfile } from '../useRuleProfile';

/**
 * 重大行政决策: record one of the statutory procedures as done today (公众参与 with its comment window),
 * or, for a conditional one, as not applicable with the reason; 公众参与 only as a matter not to be
 * disclosed by law (第十四条), the ground the profile lists.
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
  // A conditional procedure may not apply; a mandatory one only on the profile's grounds (依法不予公开).
  const mayBeLeftOut = !!selected && (!selected.mandatory || selected.exemptions.length > 0);

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
      {selected && mayBeLeftOut && (
        <Form.Item label="是否适用" name="_applicable" initialValue={true}>
          <Radio.Group
            options={[
              { value: true, label: '已履行' },
              { value: false, label: selected.mandatory ? '依法不予履行' : '不适用' },
            ]}
          />
        </Form.Item>
      )}
      {selected && mayBeLeftOut && !applicable ? (
        <>
          {selected.mandatory && (
            <Form.Item
              label="不适用的情形"
              name="notApplicableGround"
              initialValue={selected.exemptions[0]?.code}
              rules={[{ required: true, message: '请选择不适用的情形' }]}
              extra={selected.exemptions.map((exemption) => exemption.source.basis).join('；')}
            >
              <Select
                options={selected.exemptions.map((exemption) => ({
                  value: exemption.code,
                  label: exemption.label,
                }))}
              />
            </Form.Item>
          )}
          <Form.Item
            label="不适用的理由"
            name="notApplicableReason"
            rules={[{ required: true, whitespace: true, message: '请填写不适用的理由' }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
          </Form.Item>
        </>
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
