import { Alert, Form, Input, Radio, Space, Typography } from 'antd';
import type { DocumentKind } from '../../../../../shared/domain/documentKinds';
import type { ReviewConclusion } from '../../../../../shared/domain/ruleCodes';
import { useApiQuery } from '../../../lib/useApi';
import { today } from '../eventPayload';
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
  earliestConclusionOn: string;
  suggestedConclusion: ReviewConclusion | null;
}

interface Props {
  documentId: string;
  kind: DocumentKind;
  conclude?: ConcludeContext;
}

/**
 * 作出审核结论: one of the profile's outcomes for the kind; a reason when the review ends before its
 * minimum period; for 党内规范性文件 a finding on each of the four review dimensions.
 */
export function ConcludeReviewFields({ documentId, kind, conclude }: Props) {
  const { profile } = useRuleProfile();
  const openCases = useApiQuery(
    'reviews.list',
    { documentId, state: 'open' },
    { enabled: conclude === undefined },
  );
  const form = Form.useFormInstance();
  const conclusion = Form.useWatch<string | undefined>('conclusion', form);
  const outcomes = conclude?.outcomes ?? profile?.reviewOutcomes[kind] ?? [];
  const chosen = outcomes.find((outcome) => outcome.code === conclusion);
  const earliest = conclude?.earliestConclusionOn ?? openCases.data?.[0]?.earliestConclusionOn ?? null;
  // Sending the file back needs no reason however early (the minimum period protects the judgement).
  const returns = profile?.reviewOutcomes[kind].find(
    (outcome) => outcome.code === conclusion,
  )?.returnsToDrafting;
  const early = earliest !== null && today() < earliest && returns !== true;
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
      {early && (
        <>
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={`审核期限一般不少于规定的工作日数（至 ${earliest}），提前作出结论须说明理由。`}
          />
          <Form.Item
            label="提前作出结论的理由"
            name="shortenedReason"
            rules={[{ required: true, whitespace: true, message: '请填写提前作出结论的理由' }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
          </Form.Item>
        </>
      )}
      {judgedOnDimensions && profile && <DimensionFields dimensions={profile.partyReviewDimensions} />}
    </>
  );
}
