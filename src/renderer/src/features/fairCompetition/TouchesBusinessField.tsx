import { Form, Radio } from 'antd';
import type { DocumentKind } from '../../../../shared/domain/documentKinds';
import {
  FAIR_COMPETITION_KINDS,
  TOUCHES_BUSINESS_EXPLANATION,
  TOUCHES_BUSINESS_QUESTION,
} from '../../../../shared/domain/fairCompetition';

/**
 * 涉及市场主体经济活动? on registration, for the kinds that have a 公平竞争审查 (行政规范性文件, 重大行政决策);
 * the rule it triggers is explained under the question.
 */
export function TouchesBusinessField() {
  const form = Form.useFormInstance();
  const kind = Form.useWatch<DocumentKind | undefined>('kind', form);
  if (!kind || !FAIR_COMPETITION_KINDS.includes(kind)) return null;
  return (
    <Form.Item
      label={TOUCHES_BUSINESS_QUESTION}
      name="touchesBusiness"
      rules={[{ required: true, message: '请回答是否涉及市场主体经济活动' }]}
      extra={TOUCHES_BUSINESS_EXPLANATION}
    >
      <Radio.Group
        data-testid="touches-business"
        options={[
          { value: true, label: '是' },
          { value: false, label: '否' },
        ]}
      />
    </Form.Item>
  );
}
