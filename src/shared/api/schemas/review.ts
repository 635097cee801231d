import { z } from 'zod';
import { IsoDateSchema } from '../../domain/calendar/isoDate';
import { ChecklistElement, Verdict } from '../../domain/checklist';
import { DOCUMENT_STATUSES } from '../../domain/documentStatus';
import { REVIEW_CONCLUSIONS } from '../../domain/ruleCodes';
import { WorkflowEventSchema } from '../../domain/workflow/events';
import { DocumentKindSchema, VersionSummary } from './documents';

const Status = z.enum(DOCUMENT_STATUSES);
const Warning = z.object({ code: z.string(), year: z.number().int().optional(), message: z.string() });

/**
 * A workflow event as the user sends it (WorkflowEventSchema without `on`): the date it happened is the
 * server's today, never the client's. The machine validates the full event with its Chinese messages.
 */
export const WorkflowCommand = z.object({
  documentId: z.string().min(1),
  event: z.looseObject({
    type: z.enum(WorkflowEventSchema.options.map((option) => option.shape.type.value)),
  }),
});

export const WorkflowView = z.object({
  documentId: z.string(),
  kind: DocumentKindSchema,
  state: Status,
  stateLabel: z.string(),
  /** 合法性审核 / 合法性审查 / 前置审核, as the kind's rules call it. */
  reviewName: z.string(),
  states: z.array(z.object({ id: Status, label: z.string(), final: z.boolean() })),
  /** The buttons of the current state; blockedReason says why one cannot be used yet. */
  events: z.array(
    z.object({
      type: z.string(),
      label: z.string(),
      blockedReason: z.string().nullable(),
      roles: z.array(z.string()),
    }),
  ),
  submittedVersionId: z.string().nullable(),
  context: z.record(z.string(), z.unknown()),
});
export type WorkflowView = z.infer<typeof WorkflowView>;

export const ReviewItem = z.object({
  element: ChecklistElement,
  verdict: Verdict,
  note: z.string(),
  annotationIds: z.array(z.string()),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
});

export const ReviewFinding = z.object({
  id: z.string(),
  ruleId: z.string(),
  ruleTitle: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  elementId: z.string(),
  blockId: z.string().nullable(),
  label: z.string(),
  excerpt: z.string(),
  message: z.string(),
  basis: z.string(),
  state: z.enum(['suggested', 'accepted', 'dismissed']),
  reason: z.string(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
});

export const ReviewSuggestion = z.object({
  id: z.string(),
  seq: z.number().int(),
  blockId: z.string().nullable(),
  label: z.string(),
  original: z.string(),
  suggestion: z.string(),
  createdAt: z.string(),
  createdByName: z.string(),
});

export const ReviewCaseSummary = z.object({
  id: z.string(),
  documentId: z.string(),
  documentTitle: z.string(),
  kind: DocumentKindSchema,
  draftingUnit: z.string(),
  versionId: z.string(),
  versionLabel: z.string(),
  round: z.number().int(),
  state: z.enum(['open', 'concluded']),
  receivedOn: IsoDateSchema,
  materialsCompleteOn: IsoDateSchema,
  earliestConclusionOn: IsoDateSchema,
  /** 期望答复日期 given at 送审 and, when it was too soon, the warning naming the earliest day allowed. */
  requestedAnswerOn: IsoDateSchema.nullable(),
  earliestAnswerOn: IsoDateSchema.nullable(),
  submissionWarning: z.string().nullable(),
  dueOn: IsoDateSchema,
  dueWarnings: z.array(Warning),
  /** Working days from today to the due date (negative when overdue). */
  workingDaysLeft: z.number().int(),
  reviewerId: z.string(),
  reviewerName: z.string(),
  conclusion: z.enum(REVIEW_CONCLUSIONS).nullable(),
  conclusionLabel: z.string().nullable(),
  concludedOn: IsoDateSchema.nullable(),
});
export type ReviewCaseSummary = z.infer<typeof ReviewCaseSummary>;

export const ReviewOutcomeOption = z.object({
  code: z.enum(REVIEW_CONCLUSIONS),
  label: z.string(),
  allowsDeliberation: z.boolean(),
});

export const ReviewCaseDetail = z.object({
  case: ReviewCaseSummary,
  version: VersionSummary,
  checklistTitle: z.string(),
  groups: z.array(z.object({ id: z.string(), title: z.string() })),
  items: z.array(ReviewItem),
  findings: z.array(ReviewFinding),
  suggestions: z.array(ReviewSuggestion),
  /** 审核意见书文号, once given (某统法审〔2026〕12号); null before. */
  letterNumber: z.string().nullable(),
  opinion: z.string(),
  outcomes: z.array(ReviewOutcomeOption),
  /** From the checklist verdicts: a suggestion the reviewer may override. */
  suggestedConclusion: z.enum(REVIEW_CONCLUSIONS).nullable(),
  summary: z.object({
    conforming: z.number().int(),
    nonconforming: z.number().int(),
    notApplicable: z.number().int(),
    pending: z.number().int(),
  }),
});
export type ReviewCaseDetail = z.infer<typeof ReviewCaseDetail>;

export const ListReviewsInput = z.object({
  /** Only cases assigned to the signed-in reviewer. */
  mine: z.boolean().default(false),
  state: z.enum(['open', 'concluded']).optional(),
  documentId: z.string().optional(),
});

export const CaseRef = z.object({ caseId: z.string().min(1) });

export const SetReviewItemInput = z.object({
  caseId: z.string().min(1),
  elementId: z.string().min(1),
  verdict: Verdict,
  note: z.string().trim().max(4000, '说明最多 4000 个字').default(''),
  annotationIds: z.array(z.string()).max(100).default([]),
});

export const DecideFindingInput = z.object({
  findingId: z.string().min(1),
  accept: z.boolean(),
  /** Required when dismissing: why the finding does not hold. */
  reason: z.string().trim().max(1000).default(''),
});

export const AddSuggestionInput = z.object({
  caseId: z.string().min(1),
  blockId: z.string().nullable().default(null),
  label: z.string().trim().max(60).default(''),
  original: z.string().max(4000).default(''),
  suggestion: z.string().trim().min(1, '请填写修改建议').max(4000, '修改建议最多 4000 个字'),
});

export const SetOpinionInput = z.object({ caseId: z.string().min(1), opinion: z.string().trim().max(20000) });

export const SIGNOFF_OPINIONS = ['agree', 'agree_with_changes', 'disagree'] as const;
export const SIGNOFF_OPINION_LABELS: Record<(typeof SIGNOFF_OPINIONS)[number], string> = {
  agree: '同意',
  agree_with_changes: '修改后同意',
  disagree: '不同意',
};

export const SignInput = z.object({
  documentId: z.string().min(1),
  versionId: z.string().min(1),
  opinion: z.enum(SIGNOFF_OPINIONS),
  text: z.string().trim().min(1, '请填写法律意见').max(20000),
  /** The account password again: it unlocks the signing key. */
  password: z.string().min(1, '请输入密码以签署').max(128),
  /** The account the client signs as; it must be the signed-in account. */
  signerId: z.string().min(1).optional(),
});

export const Signoff = z.object({
  id: z.string(),
  documentId: z.string(),
  versionId: z.string(),
  versionSeq: z.number().int(),
  versionLabel: z.string(),
  contentHash: z.string(),
  signerId: z.string(),
  signerName: z.string(),
  signerRole: z.string(),
  opinion: z.enum(SIGNOFF_OPINIONS),
  text: z.string(),
  signedAt: z.string(),
  /** SHA-256 of the raw public key that made the signature, hex. */
  keyFingerprint: z.string(),
  /** The signature holds for its payload and the version's stored content still has the signed hash. */
  valid: z.boolean(),
  /** A newer version exists: the opinion speaks of an earlier text. */
  stale: z.boolean(),
});
export type Signoff = z.infer<typeof Signoff>;

/** What verifies offline: the payload exactly as signed, the signature and the signer's public key. */
export const SignatureExport = z.object({
  format: z.literal('normdesk-signoff/1'),
  payload: z.string(),
  signature: z.string(),
  publicKey: z.string(),
  signerFingerprint: z.string().optional(),
  /** The key roster the administrator signed, to place the key (SignedRoster). */
  roster: z.unknown().optional(),
});
