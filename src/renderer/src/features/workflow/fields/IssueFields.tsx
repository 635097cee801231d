import { Alert, Checkbox, DatePicker, Descriptions, Flex, Form, Input, InputNumber, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { PUBLICATION_CHANNELS } from '../../../../../shared/domain/issuance';
import { useApiQuery } from '../../../lib/useApi';
import { isoDate } from '../eventPayload';
import { IssueNumberField } from './IssueNumberField';

const day = (value: Dayjs | null | undefined) => (value && dayjs.isDayjs(value) ? isoDate(value) : undefined);

/**
 * 签发/印发 under 三统一: the 发文字号 and 登记号 main will give (only an administrator may change them),
 * 公布日期, 施行日期 (a reason when it comes sooner than the profile's interval, kept for the filing 说明),
 * 有效期 (the profile's default for the title) and where it is published.
 */
export function IssueFields({ documentId }: { documentId: string }) {
  const form = Form.useFormInstance();
  const publishedOn = day(Form.useWatch<Dayjs | undefined>('publishedOn', form));
  const effectiveOn = day(Form.useWatch<Dayjs | undefined>('effectiveOn', form));
  const validityYears = Form.useWatch<number | null | undefined>('validityYears', form) ?? undefined;
  const preview = useApiQuery(
    'issuance.preview',
    { documentId, publishedOn, effectiveOn, validityYears },
    { keepPrevious: true },
  );
  const plan = preview.data;
  const earliest = plan?.effectiveDate?.earliestEffectiveOn;

  // Until the user picks one, 施行日期 follows the earliest day the profile allows after 公布.
  useEffect(() => {
    if (earliest && !form.isFieldTouched('effectiveOn')) form.setFieldValue('effectiveOn', dayjs(earliest));
  }, [earliest, form]);

  const gap = publishedOn && effectiveOn ? dayjs(effectiveOn).diff(dayjs(publishedOn), 'day') : null;
  const minimum = plan?.effectiveDate;
  const tooSoon = gap !== null && (gap < 0 || (minimum ? gap < minimum.minDaysAfterPublication : false));
  const validity = plan?.validity;
  const tooLong = validity && validityYears !== undefined && validityYears > validity.maxYears;

  return (
    <>
      {preview.isError && (
        <Alert type="error" showIcon title="无法预览编号" description={preview.error.message} />
      )}
      <Flex gap={16}>
        <IssueNumberField
          name="docNumber"
          label="发文字号"
          planned={plan?.docNumber ?? null}
          editable={plan?.canChangeNumbers ?? false}
        />
        {plan?.registrationNumber !== null && (
          <IssueNumberField
            name="registrationNumber"
            label="登记号"
            planned={plan?.registrationNumber ?? null}
            editable={plan?.canChangeNumbers ?? false}
          />
        )}
      </Flex>
      <Flex gap={16}>
        <Form.Item
          label="公布日期"
          name="publishedOn"
          rules={[{ required: true, message: '请选择公布日期' }]}
          style={{ flex: 1 }}
          extra="编号的年份按公布日期。"
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label="施行日期"
          name="effectiveOn"
          rules={[{ required: true, message: '请选择施行日期' }]}
          style={{ flex: 1 }}
          extra={
            minimum
              ? `一般自公布之日起 ${minimum.minDaysAfterPublication} 日后施行。依据：${minimum.source}`
              : undefined
          }
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      {tooSoon && (
        <>
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={
              gap !== null && gap < 0
                ? '施行日期早于公布日期，属于溯及既往，仅限有利于公民、法人和其他组织的情形，应当说明理由。'
                : `施行日期距公布日期仅 ${gap} 日，不足 ${minimum?.minDaysAfterPublication ?? 0} 日，应当说明理由（如因灾情、疫情等紧急情况）。`
            }
          />
          <Form.Item
            label="施行日期较近的理由（写入备案说明）"
            name="shortEffectReason"
            rules={[{ required: true, whitespace: true, message: '请说明理由' }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
          </Form.Item>
        </>
      )}
      {validity && (
        <Form.Item
          label="有效期（年）"
          name="validityYears"
          extra={`${validity.basis}。依据：${validity.source}`}
        >
          <InputNumber
            min={1}
            max={100}
            precision={0}
            placeholder={`默认 ${validity.defaultYears}`}
            style={{ width: 160 }}
          />
        </Form.Item>
      )}
      {tooLong && (
        <Form.Item
          label="有效期超过规定年限的理由"
          name="longValidityReason"
          rules={[{ required: true, whitespace: true, message: '请说明理由' }]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
        </Form.Item>
      )}
      <Form.Item
        label="公布渠道"
        name="publishedIn"
        rules={[{ required: true, type: 'array', min: 1, message: '请选择公布渠道（至少一项）' }]}
        extra="不得以内部文件形式印发执行；未经公布的不得作为行政管理依据。"
      >
        <Checkbox.Group
          options={PUBLICATION_CHANNELS.map((channel) => ({ value: channel, label: channel }))}
        />
      </Form.Item>
      {plan && (validity?.validUntil ?? plan.filingDueOn) && (
        <Descriptions size="small" column={2}>
          {validity?.validUntil && (
            <Descriptions.Item label="有效期至">{validity.validUntil}</Descriptions.Item>
          )}
          {plan.filingDueOn && <Descriptions.Item label="报送备案期限">{plan.filingDueOn}</Descriptions.Item>}
        </Descriptions>
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 0 }}>
        印发即由您签发，编号在印发时正式给出，一经给出不再收回。
      </Typography.Paragraph>
    </>
  );
}
