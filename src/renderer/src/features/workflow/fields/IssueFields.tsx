import { DatePicker, Flex, Form, Input, InputNumber } from 'antd';
import type { Dayjs } from 'dayjs';
import type { DocumentKind } from '../../../../../shared/domain/documentKinds';
import { useApiQuery } from '../../../lib/useApi';
import { useRuleProfile } from '../useRuleProfile';

/**
 * 印发 (三统一): 发文字号, 登记号 where the profile requires it, publication date, 施行日 and 有效期. A
 * 施行日 closer to publication than the profile allows (or before it) needs a reason.
 */
export function IssueFields({ kind }: { kind: DocumentKind }) {
  const { profile } = useRuleProfile();
  const agency = useApiQuery('settings.getAgency', {});
  const form = Form.useFormInstance();
  const publishedOn = Form.useWatch<Dayjs | undefined>('publishedOn', form);
  const effectiveOn = Form.useWatch<Dayjs | undefined>('effectiveOn', form);
  const minDays = profile?.effectiveDate.appliesTo.includes(kind)
    ? profile.effectiveDate.minDaysAfterPublication
    : 0;
  const registrationRequired = profile?.numbering.registration.requiredFor.includes(kind) ?? false;
  const validity = profile?.validity.appliesTo.includes(kind) ? profile.validity.general : null;
  const tooSoon =
    publishedOn !== undefined && effectiveOn !== undefined && effectiveOn.diff(publishedOn, 'day') < minDays;
  const year = publishedOn?.year() ?? new Date().getFullYear();

  return (
    <>
      <Flex gap={16}>
        <Form.Item
          label="发文字号"
          name="docNumber"
          rules={[{ required: true, whitespace: true, message: '请填写发文字号' }]}
          style={{ flex: 1 }}
        >
          <Input placeholder={`如：${agency.data?.agencyCode ?? '×字'}〔${year}〕1号`} maxLength={60} />
        </Form.Item>
        <Form.Item
          label="登记号"
          name="registrationNumber"
          rules={registrationRequired ? [{ required: true, whitespace: true, message: '请填写登记号' }] : []}
          style={{ flex: 1 }}
        >
          <Input placeholder={registrationRequired ? '统一登记编号' : '可选'} maxLength={60} />
        </Form.Item>
      </Flex>
      <Flex gap={16}>
        <Form.Item
          label="公布日期"
          name="publishedOn"
          rules={[{ required: true, message: '请选择公布日期' }]}
          style={{ flex: 1 }}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label="施行日期"
          name="effectiveOn"
          rules={[{ required: true, message: '请选择施行日期' }]}
          style={{ flex: 1 }}
          extra={minDays > 0 ? `一般自公布之日起 ${minDays} 日后施行。` : undefined}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label="有效期（年）"
          name="validityYears"
          style={{ width: 140 }}
          extra={validity ? `默认 ${validity.defaultYears} 年` : undefined}
        >
          <InputNumber min={1} max={100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      {tooSoon && (
        <Form.Item
          label="施行日期较近（或早于公布日期）的理由"
          name="shortEffectReason"
          rules={[{ required: true, whitespace: true, message: '请说明理由' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
      )}
      {validity && (
        <Form.Item
          label="有效期超过规定年限的理由"
          name="longValidityReason"
          extra={`最长 ${validity.maxYears} 年；可选`}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
        </Form.Item>
      )}
    </>
  );
}
