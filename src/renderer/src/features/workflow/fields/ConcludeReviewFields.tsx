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
  const outcomes = conclude?.outcomes ?? profile?.reviewOutcomes[kind] ?? [];
  const earliest = conclude?.earliestConclusionOn ?? openCases.data?.[0]?.earliestConclusionOn ?? null;
  const early = earliest !== null && today() < earliest;

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
      {kind === 'party_normative' && profile && (
        <DimensionFields dimensions={profile.partyReviewDimensions} />
      )}
    </>
  );
}
