import { Form, Radio, Space, Typography } from 'antd';
import type { DocumentKind } from '../../../../../shared/domain/documentKinds';
import type { ReviewConclusion } from '../../../../../shared/domain/ruleCodes';
import { useRuleProfile } from '../useRuleProfile';
import { DimensionFields } from './DimensionFields';

export interface ConclusionOption {
  code: ReviewConclusion;
  label: string;
  allowsDeliberation: boolean;
}

/** What the review case page knows already; the document page looks it up. */
export interface ConcludeContext {
  outcomes: ConclusionOption[];
  suggestedConclusion: ReviewConclusion | null;
}

interface Props {
  documentId: string;
  kind: DocumentKind;
  conclude?: ConcludeContext;
}

/**
 * 作出审核结论: one of the profile's outcomes for the kind; for 党内规范性文件 a finding on each of the
 * four review dimensions. The minimum review period binds the sender (送审), so the reviewer concludes
 * whenever the work is done and is never asked why it is early.
 */
export function ConcludeReviewFields({ kind, conclude }: Props) {
  const { profile } = useRuleProfile();
  const form = Form.useFormInstance();
  const conclusion = Form.useWatch<string | undefined>('conclusion', form);
  const outcomes = conclude?.outcomes ?? profile?.reviewOutcomes[kind] ?? [];
  const chosen = outcomes.find((outcome) => outcome.code === conclusion);
  // The four dimensions carry the conclusions on substance: passing, passing with a reminder, not passing.
  const judgedOnDimensions =
    kind === 'party_normative' &&
    chosen !== undefined &&
    (chosen.allowsDeliberation || chosen.code === 'PARTY_NOT_PASSED');

  return (
    <>
      <Form.Item label="审核结论" name="conclusion" rules={[{ required: true, message: '请选择审核结论' }]}>
        <Radio.Group>
          <Space orientation="vertical">
            {outcomes.map((outcome) => (
              <Radio key={outcome.code} value={outcome.code}>
                {outcome.label}
                {!outcome.allowsDeliberation && (
                  <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                    （不能提交集体审议）
                  </Typography.Text>
                )}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      {judgedOnDimensions && profile && <DimensionFields dimensions={profile.partyReviewDimensions} />}
    </>
  );
}
