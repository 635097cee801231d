/**
 * The `workflow step` flags of a 重大行政决策's own steps: its procedures (RECORD_PROCEDURE), the
 * 法律顾问/公职律师 opinion (RECORD_LEGAL_OPINION) and going forward with the legal risk stated
 * (ACCEPT_LEGAL_RISK). The API checks the fields against the step's schema.
 */

type Flags = Record<string, string | boolean | undefined>;

export const MAJOR_DECISION_STEP_OPTIONS = {
  procedure: { type: 'string' },
  'not-applicable': { type: 'string' },
  ground: { type: 'string' },
  'comment-from': { type: 'string' },
  'comment-to': { type: 'string' },
  'shortened-reason': { type: 'string' },
  'adviser-role': { type: 'string' },
  adviser: { type: 'string' },
  counsel: { type: 'string' },
  'given-on': { type: 'string' },
  attachment: { type: 'string' },
  'legal-risk': { type: 'string' },
} as const;

export const MAJOR_DECISION_STEP_USAGE = `      决策程序：RECORD_PROCEDURE --procedure public_participation|expert_argument|risk_assessment [--comment-from YYYY-MM-DD --comment-to YYYY-MM-DD] [--shortened-reason 理由] [--not-applicable 理由 [--ground undisclosable]]
      法律顾问意见：RECORD_LEGAL_OPINION --adviser-role legal_adviser|public_lawyer (--adviser 姓名 | --counsel 账号ID) --given-on YYYY-MM-DD --opinion agree|disagree|agree_with_changes --text 意见 [--attachment 材料ID]
      明示法律风险：ACCEPT_LEGAL_RISK --reason 提交讨论的理由 --legal-risk 法律风险`;

export function majorDecisionStepFields(flags: Flags): Record<string, unknown> {
  const text = (name: string) => (typeof flags[name] === 'string' ? flags[name] : undefined);
  const from = text('comment-from');
  const to = text('comment-to');
  const fields: Record<string, unknown> = {
    procedure: text('procedure'),
    notApplicableReason: text('not-applicable') ?? text('not-applicable-reason'),
    notApplicableGround: text('ground'),
    commentPeriod: from !== undefined || to !== undefined ? { from, to } : undefined,
    shortenedReason: text('shortened-reason'),
    adviserRole: text('adviser-role'),
    adviserName: text('adviser'),
    counselId: text('counsel'),
    givenOn: text('given-on'),
    opinion: text('opinion'),
    text: text('text'),
    attachmentId: text('attachment'),
    legalRisk: text('legal-risk'),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}
