import type { DocumentKind } from './documentKinds';

/**
 * Codes of the outcomes, dimensions and procedures a rule profile labels and configures. The codes are
 * fixed because the workflow reacts to them; their Chinese wording and which of them a kind uses live in
 * the profile.
 */

/** Conclusions of a legality review (RULES.md §1.6, §3.2, §4) and of the lighter contract/disclosure reviews. */
export const REVIEW_CONCLUSIONS = [
  'LAWFUL',
  'LAWFUL_WITH_CHANGES',
  'SUBMIT_WITH_LEGAL_RISK',
  'UNLAWFUL',
  'RETURN_FOR_PROCEDURE',
  'RETURN_INCOMPLETE_MATERIALS',
  'NOT_A_NORMATIVE_DOC',
  'PARTY_PASSED',
  'PARTY_PASSED_WITH_REMINDER',
  'PARTY_NOT_PASSED',
] as const;
export type ReviewConclusion = (typeof REVIEW_CONCLUSIONS)[number];

/**
 * Conclusions that pass the text only once it is changed as the review says (修改后提交): before
 * deliberation the drafter makes a new version and the reviewer confirms it, or it is reviewed again.
 */
export const CONCLUSIONS_REQUIRING_CHANGES: readonly ReviewConclusion[] = ['LAWFUL_WITH_CHANGES'];

/** Registration results of a filing (RULES.md §2.1 第九条, §2.2, §3.1). */
export const FILING_OUTCOMES = [
  'REGISTERED',
  'DEFERRED',
  'NOT_REGISTERED',
  'PARTY_PASSED',
  'PARTY_REMINDER',
  'PARTY_NOT_PASSED',
] as const;
export type FilingOutcomeCode = (typeof FILING_OUTCOMES)[number];

/** What a filing outcome does to the document: filed, back for correction, or refused for good. */
export const FILING_RESULTS = ['filed', 'correction', 'refused'] as const;
export type FilingResult = (typeof FILING_RESULTS)[number];

/** Which correction period of the profile a filing outcome starts. */
export const CORRECTION_KINDS = ['deferredRegistration', 'rectification'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** The four review dimensions of 党内法规和规范性文件备案审查规定 第十一条 (RULES.md §3.1). */
export const PARTY_REVIEW_DIMENSIONS = [
  'political',
  'compliance',
  'reasonableness',
  'standardization',
] as const;
export type PartyReviewDimension = (typeof PARTY_REVIEW_DIMENSIONS)[number];

/** The five statutory procedures of 重大行政决策程序暂行条例 (RULES.md §4). */
export const MAJOR_DECISION_PROCEDURES = [
  'public_participation',
  'expert_argument',
  'risk_assessment',
  'legality_review',
  'collective_decision',
] as const;
export type MajorDecisionProcedure = (typeof MAJOR_DECISION_PROCEDURES)[number];

/**
 * The procedures the workflow itself records (the review and the deliberation are states of the
 * machine), so a profile cannot make them optional.
 */
export const BUILT_IN_PROCEDURES: readonly MajorDecisionProcedure[] = [
  'legality_review',
  'collective_decision',
];

/** Who issues the document, which decides where it is filed (RULES.md §2.2 recipients). */
export const ISSUER_LEVELS = ['government', 'department', 'party_organ', 'any'] as const;
export type IssuerLevel = (typeof ISSUER_LEVELS)[number];

export const ISSUER_LEVEL_LABELS: Record<IssuerLevel, string> = {
  government: '人民政府（含办公厅、室）制定的',
  department: '政府工作部门制定的',
  party_organ: '党组织制定的',
  any: '所有制定机关',
};

/** Kinds that go through collective deliberation, issuance and (per profile) filing. */
export const DELIBERATED_KINDS: readonly DocumentKind[] = [
  'admin_normative',
  'party_normative',
  'major_decision',
];

export function hasDeliberation(kind: DocumentKind): boolean {
  return DELIBERATED_KINDS.includes(kind);
}

/** How sure a rule value is (the tags of RULES.md), plus `local` for the agency's own choice. */
export const RULE_CONFIDENCES = ['P', 'W', 'L', 'S', 'M', 'local'] as const;
export type RuleConfidence = (typeof RULE_CONFIDENCES)[number];

export const RULE_CONFIDENCE_LABELS: Record<RuleConfidence, string> = {
  P: '已核对原文',
  W: '据网络转载的正式文本',
  L: '地方规定或做法',
  S: '二手资料',
  M: '未核实（凭经验）',
  local: '本机关自定',
};

/**
 * 行政规范性文件: the drafting procedures recorded before 送审 besides the review and the meeting
 * (评估论证, 公开征求意见; 地方组织法第七十五条, 国办发〔2018〕37号（三）). RECORD_PROCEDURE takes either
 * list; each machine accepts only its own kind's procedures.
 */
export const ADMIN_NORMATIVE_PROCEDURES = ['assessment', 'public_consultation'] as const;
export type AdminNormativeProcedure = (typeof ADMIN_NORMATIVE_PROCEDURES)[number];
export const WORKFLOW_PROCEDURES = [...MAJOR_DECISION_PROCEDURES, ...ADMIN_NORMATIVE_PROCEDURES] as const;
export type WorkflowProcedure = (typeof WORKFLOW_PROCEDURES)[number];
