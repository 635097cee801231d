import { Typography } from 'antd';
import type { ValidityRuleText } from '../../../../shared/api';

/** The profile's validity rule in words, with its source as a user cites it. */
export function RuleNote({ rule }: { rule: ValidityRuleText }) {
  return (
    <Typography.Paragraph type="secondary" style={{ margin: 0 }} data-validity-rule>
      有效期：{rule.terms}。{rule.reminder}（依据：{rule.basis}）。
    </Typography.Paragraph>
  );
}
