import { Form, Input, Typography } from 'antd';
import { AgencySettings } from '../../../../shared/api';
import { zodRule } from '../../lib/formRules';

export function AgencyStep() {
  return (
    <>
      <Typography.Paragraph type="secondary">
        机关名称用于文书抬头和报表；机关代字用于发文字号，例如“某统字〔2025〕1号”中的“某统字”。
      </Typography.Paragraph>
      <Form.Item
        label="机关名称"
        name={['agency', 'agencyName']}
        rules={[zodRule(AgencySettings.shape.agencyName)]}
        validateTrigger="onBlur"
      >
        <Input placeholder="例如：某市某区统计局" maxLength={60} autoFocus />
      </Form.Item>
      <Form.Item
        label="机关代字"
        name={['agency', 'agencyCode']}
        rules={[zodRule(AgencySettings.shape.agencyCode)]}
        validateTrigger="onBlur"
      >
        <Input placeholder="例如：某统字" maxLength={12} />
      </Form.Item>
    </>
  );
}
