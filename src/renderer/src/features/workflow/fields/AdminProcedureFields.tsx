import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { describePeriod } from '../../../../../shared/domain/calendar/deadline';
import type { MaterialKind } from '../../../../../shared/domain/materials';
import { useApiQuery } from '../../../lib/useApi';
import { useRuleProfile } from '../useRuleProfile';

/** The material that records each step: 评估论证报告; 征求意见及采纳情况. */
const MATERIAL_OF: Record<string, MaterialKind> = {
  assessment: 'assessment_report',
  public_consultation: 'consultation',
};

/**
 * 行政规范性文件: record 评估论证 (its date and report) or 公开征求意见 (the window, the 征求意见及采纳情况, and
 * why a window shorter than the profile's minimum was enough), or 公开征求意见 as not applicable with the
 * reason (依法需要保密的).
 */
export function AdminProcedureFields({ documentId }: { documentId: string }) {
  const { profile } = useRuleProfile();
  const materials = useApiQuery('materials.list', { documentId });
  const form = Form.useFormInstance();
  const procedureId = Form.useWatch<string | undefined>('procedure', form);
  const applicable = Form.useWatch<boolean | undefined>('_applicable', form) ?? true;
  const rules = profile?.adminNormativeProcedures ?? [];
  const selected = rules.find((rule) => rule.id === procedureId);
  const comment = profile?.commentPeriod.admin_normative;
  const materialKind = procedureId ? MATERIAL_OF[procedureId] : undefined;
  const files = (materials.data?.files ?? []).filter(
    (file) => file.materialKind === materialKind && !file.withdrawnAt,
  );

  return (
    <>
      <Form.Item
        label="起草程序"
        name="procedure"
        rules={[{ required: true, message: '请选择起草程序' }]}
        extra={selected ? `${selected.condition}（${selected.source.basis}）` : undefined}
      >
        <Select
          options={rules.map((rule) => ({
            value: rule.id,
            label: rule.required ? `${rule.label}（送审前应当履行）` : rule.label,
          }))}
        />
      </Form.Item>
      {selected?.notApplicableAllowed && (
        <Form.Item label="是否履行" name="_applicable" initialValue={true}>
          <Radio.Group
            options={[
              { value: true, label: '已履行' },
              { value: false, label: '不适用（依法需要保密等）' },
            ]}
          />
        </Form.Item>
      )}
      {selected?.notApplicableAllowed && !applicable ? (
        <Form.Item
          label="不适用的理由"
          name="notApplicableReason"
          rules={[{ required: true, whitespace: true, message: '请填写不适用的理由' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
      ) : (
        selected && (
          <>
            {selected.id === 'public_consultation' ? (
              <>
                <Form.Item
                  label="征求意见期间"
                  name="commentPeriod"
                  rules={[{ required: true, message: '请选择征求意见的起止日期' }]}
                  extra={
                    comment?.general
                      ? `一般不少于${describePeriod(comment.general)}` +
                        (comment.marketRelated
                          ? `；涉及市场主体经济活动的不少于${describePeriod(comment.marketRelated)}`
                          : '') +
                        `（${comment.source.basis}）`
                      : undefined
                  }
                >
                  <DatePicker.RangePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
                </Form.Item>
                <Form.Item
                  label="期限缩短的理由"
                  name="shortenedReason"
                  extra="征求意见期间短于规定期限的，应当说明理由；理由记入时间线。"
                >
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
                </Form.Item>
              </>
            ) : (
              <Form.Item label="完成日期" name="completedOn" initialValue={dayjs()}>
                <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
              </Form.Item>
            )}
            <Form.Item
              label={selected.id === 'assessment' ? '评估论证报告' : '征求意见稿及意见采纳情况'}
              name="attachmentIds"
              extra="在“材料”页签上传后可在此选择。"
            >
              <Select
                mode="multiple"
                placeholder={files.length === 0 ? '尚未上传' : '请选择'}
                options={files.map((file) => ({ value: file.id, label: file.fileName }))}
              />
            </Form.Item>
          </>
        )
      )}
    </>
  );
}
