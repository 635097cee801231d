import { Card, Form, Input, Radio, Tooltip, Typography } from 'antd';
import type { RuleProfile } from '../../../../../shared/domain/ruleProfileSchema';

type Dimension = RuleProfile['partyReviewDimensions'][number];

/** 党内规范性文件: 政治性、合法合规性、合理性、规范性 — a finding and a note for each. */
export function DimensionFields({ dimensions }: { dimensions: Dimension[] }) {
  return (
    <Card size="small" title="审查四个方面" style={{ marginBottom: 16 }}>
      {dimensions.map((dimension) => (
        <div key={dimension.id} style={{ marginBottom: 12 }}>
          <Form.Item
            label={
              <Tooltip title={dimension.points.join('；')}>
                <span>{dimension.label}</span>
              </Tooltip>
            }
            name={['dimensions', dimension.id, 'hasProblem']}
            rules={[{ required: true, message: `请选择${dimension.label}审查结果` }]}
            style={{ marginBottom: 4 }}
          >
            <Radio.Group
              options={[
                { value: false, label: '未发现问题' },
                { value: true, label: '存在问题' },
              ]}
            />
          </Form.Item>
          {dimension.blocking && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              此方面存在问题的，不能通过前置审核。
            </Typography.Text>
          )}
          <Form.Item name={['dimensions', dimension.id, 'note']} style={{ marginBottom: 0 }}>
            <Input.TextArea
              aria-label={`${dimension.label}说明`}
              placeholder="说明（可选）"
              autoSize={{ minRows: 1, maxRows: 4 }}
              maxLength={2000}
            />
          </Form.Item>
        </div>
      ))}
    </Card>
  );
}
