import { Button, Form, InputNumber, Select, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS } from '../../../../shared/domain/documentKinds';
import type { RuleProfile } from '../../../../shared/domain/ruleProfileSchema';
import { applyNumbers, numbersOf, type ProfileNumbers } from './profileNumbers';
import { submitAgainWhenOverrun } from '../../lib/submitAgain';

interface Props {
  profile: RuleProfile;
  saving: boolean;
  onSave: (profile: RuleProfile) => void;
}

const UNIT_OPTIONS = [
  { value: 'working', label: '个工作日' },
  { value: 'calendar', label: '日（自然日）' },
];

/** A whole non-negative number with its own accessible name (the grid has no per-field labels). */
function NumberField({
  name,
  label,
  suffix,
  min = 0,
}: {
  name: (string | number)[];
  label: string;
  suffix: string;
  min?: number;
}) {
  return (
    <Form.Item
      name={name}
      rules={[{ required: true, message: `请填写${label}` }]}
      style={{ marginBottom: 8 }}
    >
      <InputNumber
        aria-label={label}
        min={min}
        max={3650}
        precision={0}
        suffix={suffix}
        style={{ width: 150 }}
      />
    </Form.Item>
  );
}

function PeriodField({ name, label }: { name: string[]; label: string }) {
  return (
    <Space.Compact>
      <NumberField name={[...name, 'count']} label={label} suffix="" min={1} />
      <Form.Item name={[...name, 'unit']} style={{ marginBottom: 8 }}>
        <Select aria-label={`${label}计算方式`} options={UNIT_OPTIONS} style={{ width: 130 }} />
      </Form.Item>
    </Space.Compact>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Space align="start" size={12} style={{ display: 'flex' }}>
      <Typography.Text style={{ display: 'inline-block', width: 150, lineHeight: '32px' }}>
        {label}
      </Typography.Text>
      {children}
    </Space>
  );
}

/**
 * The numbers most often adjusted to local rules. Saving makes an edited copy of the profile in which the
 * changed rules are marked 本地设置; everything else stays as it was.
 */
export function ProfileNumbersForm({ profile, saving, onSave }: Props) {
  const [form] = Form.useForm<ProfileNumbers>();
  const initial = numbersOf(profile);
  const commentKinds = DOCUMENT_KINDS.filter((kind) => initial.commentPeriod[kind]);
  const filingKinds = DOCUMENT_KINDS.filter((kind) => initial.filing[kind]);
  return (
    <Form
      form={form}
      onFinishFailed={submitAgainWhenOverrun(form)}
      initialValues={initial}
      onFinish={(numbers) => onSave(applyNumbers(profile, numbers))}
    >
      <Typography.Title level={5}>审核期限（自材料齐备之日起，工作日）</Typography.Title>
      {DOCUMENT_KINDS.map((kind) => (
        <Row key={kind} label={DOCUMENT_KIND_LABELS[kind]}>
          <NumberField
            name={['reviewPeriod', kind, 'minWorkingDays']}
            label={`${DOCUMENT_KIND_LABELS[kind]}最短审核期限`}
            suffix="最短"
          />
          <NumberField
            name={['reviewPeriod', kind, 'maxWorkingDays']}
            label={`${DOCUMENT_KIND_LABELS[kind]}最长审核期限`}
            suffix="最长"
            min={1}
          />
        </Row>
      ))}

      <Typography.Title level={5}>征求意见期限（一般）</Typography.Title>
      {commentKinds.map((kind) => (
        <Row key={kind} label={DOCUMENT_KIND_LABELS[kind]}>
          <PeriodField
            name={['commentPeriod', kind, 'general']}
            label={`${DOCUMENT_KIND_LABELS[kind]}征求意见期限`}
          />
        </Row>
      ))}

      <Typography.Title level={5}>有效期（年）</Typography.Title>
      {(
        [
          [['validity', 'general'], '一般文件'],
          [['validity', 'provisional', 'term'], '暂行、试行'],
          [['validity', 'notice', 'term'], '通告'],
        ] as const
      ).map(([path, label]) => (
        <Row key={label} label={label}>
          <NumberField
            name={[...path, 'defaultYears']}
            label={`${label}默认有效期`}
            suffix="年（默认）"
            min={1}
          />
          <NumberField
            name={[...path, 'maxYears']}
            label={`${label}最长有效期`}
            suffix="年（最长）"
            min={1}
          />
        </Row>
      ))}
      <Row label="到期提醒">
        <NumberField name={['validity', 'expiryReminderMonths']} label="到期提醒月数" suffix="个月前" />
      </Row>

      <Typography.Title level={5}>施行日间隔</Typography.Title>
      <Row label="公布后至少">
        <NumberField name={['effectiveDate', 'minDaysAfterPublication']} label="施行日间隔天数" suffix="日" />
      </Row>

      <Typography.Title level={5}>备案期限（自公布之日起）</Typography.Title>
      {filingKinds.map((kind) => (
        <Row key={kind} label={DOCUMENT_KIND_LABELS[kind]}>
          <PeriodField name={['filing', kind, 'period']} label={`${DOCUMENT_KIND_LABELS[kind]}备案期限`} />
        </Row>
      ))}

      <Button type="primary" htmlType="submit" loading={saving} style={{ marginTop: 8 }}>
        保存修改
      </Button>
    </Form>
  );
}
