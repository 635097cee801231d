import { z } from 'zod';
import { IsoDateSchema } from '../calendar/isoDate';
import { PUBLICATION_CHANNELS } from '../issuance';
import { LEGAL_OPINION_EVENTS } from './legalOpinionEvents';
import {
  FILING_OUTCOMES,
  PARTY_REVIEW_DIMENSIONS,
  REVIEW_CONCLUSIONS,
  WORKFLOW_PROCEDURES,
} from '../ruleCodes';

/**
 * What a user does to move a document along, as plain JSON. Every event carries `on`, the date it
 * happened (from the service's clock), so that deadlines and the timeline never read the system time.
 */

const Reason = (what: string) => z.string().trim().min(1, `请填写${what}`).max(1000, `${what}最多 1000 个字`);
const OptionalReason = z.string().trim().max(1000).optional();
const base = { on: IsoDateSchema };

export const DimensionFinding = z.object({
  hasProblem: z.boolean(),
  note: z.string().trim().max(2000).optional(),
});

export const DELIBERATION_DECISIONS = ['approved', 'approved_with_changes', 'rejected', 'deferred'] as const;
export type DeliberationDecision = (typeof DELIBERATION_DECISIONS)[number];
export const DELIBERATION_DECISION_LABELS: Record<DeliberationDecision, string> = {
  approved: '审议通过',
  approved_with_changes: '原则通过（按审议意见修改后印发）',
  rejected: '未通过',
  deferred: '暂缓审议',
};

export const WorkflowEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('SUBMIT'),
    ...base,
    versionId: z.string().min(1, '请选择要送审的版本'),
    versionLabel: z.string().optional(),
    /** 期望答复日期: the drafter's requested answer date (warned when it leaves less than the minimum period). */
    requestedAnswerOn: IsoDateSchema.optional(),
  }),
  z.object({ type: z.literal('RETURN'), ...base, reason: Reason('退回理由') }),
  z.object({ type: z.literal('START_REVIEW'), ...base, materialsCompleteOn: IsoDateSchema.optional() }),
  z.object({
    type: z.literal('CONCLUDE_REVIEW'),
    ...base,
    conclusion: z.enum(REVIEW_CONCLUSIONS),
    /** 党内规范性文件: a finding for each review dimension. */
    dimensions: z.partialRecord(z.enum(PARTY_REVIEW_DIMENSIONS), DimensionFinding).optional(),
  }),
  z.object({ type: z.literal('REVISE'), ...base, note: OptionalReason }),
  z.object({
    type: z.literal('CONFIRM_REVISION'),
    ...base,
    /** The new version made after a 修改后提交 conclusion, checked by the reviewer against it. */
    versionId: z.string().min(1, '请选择修改后的版本'),
    versionLabel: z.string().optional(),
    note: OptionalReason,
  }),
  z.object({
    type: z.literal('RECORD_PROCEDURE'),
    ...base,
    procedure: z.enum(WORKFLOW_PROCEDURES),
    /** For a conditional procedure that does not apply to this decision. */
    notApplicableReason: OptionalReason,
    /** For a mandatory one: the profile's ground for leaving it out (公众参与: undisclosable, 第十四条). */
    notApplicableGround: z.string().trim().max(40).optional(),
    /** 公众参与: the public comment window (first and last day). */
    commentPeriod: z.object({ from: IsoDateSchema, to: IsoDateSchema }).optional(),
    /** Why the comment window is shorter than the profile's minimum (第十五条: 缩短的应当说明理由). */
    shortenedReason: OptionalReason,
    /** 行政规范性文件: the day the procedure was completed (today when absent) and its materials. */
    completedOn: IsoDateSchema.optional(),
    attachmentIds: z.array(z.string().min(1)).max(20).optional(),
  }),
  ...LEGAL_OPINION_EVENTS,
  z.object({
    type: z.literal('RECORD_DELIBERATION'),
    ...base,
    /** 局务会议 / 党组会议 / 常务会议 … (a list to choose from, or another name). */
    meetingType: z.string().trim().min(1, '请选择或填写会议类型').max(40, '会议类型最多 40 个字'),
    /** e.g. 2026年第12次局务会议. */
    meetingName: z.string().trim().min(1, '请填写会议名称').max(100, '会议名称最多 100 个字'),
    /** The day the meeting was held; the day it is recorded when absent. */
    heldOn: IsoDateSchema.optional(),
    attendees: z
      .array(z.string().trim().min(1, '出席人员姓名不能为空').max(40, '出席人员姓名最多 40 个字'))
      .min(1, '请填写出席人员（至少一人）')
      .max(200)
      .refine((names) => new Set(names).size === names.length, '出席人员有重复'),
    decision: z.enum(DELIBERATION_DECISIONS),
    /** 不同意见, as the minutes record it (重大行政决策程序暂行条例第三十条). */
    dissent: OptionalReason,
    /** The 会议纪要 / 审议记录: a material of kind deliberation_record of this document. */
    minutesAttachmentId: z.string().min(1).optional(),
  }),
  z.object({
    type: z.literal('ISSUE'),
    ...base,
    /** Given by main from the profile's template and the counters (or an administrator's correction). */
    docNumber: z.string().trim().min(1, '请填写发文字号'),
    registrationNumber: z.string().trim().optional(),
    publishedOn: IsoDateSchema,
    effectiveOn: IsoDateSchema,
    /** Validity in years; the profile's default for the title when absent. */
    validityYears: z.number().int().min(1).max(100).optional(),
    /** Why 施行日 is less than the profile's interval after publication, or before it (溯及既往). */
    shortEffectReason: OptionalReason,
    longValidityReason: OptionalReason,
    /** Where it is published (不得以内部文件形式印发执行). */
    publishedIn: z
      .array(z.enum(PUBLICATION_CHANNELS))
      .min(1, '请选择公布渠道（至少一项）')
      .refine((channels) => new Set(channels).size === channels.length, '公布渠道有重复'),
  }),
  z.object({
    type: z.literal('SUBMIT_FILING'),
    ...base,
    recipients: z.array(z.string().trim().min(1)).min(1, '请选择备案机关'),
  }),
  z.object({
    type: z.literal('RECORD_FILING_RESULT'),
    ...base,
    outcome: z.enum(FILING_OUTCOMES),
    note: OptionalReason,
  }),
  z.object({ type: z.literal('ENTER_INTO_FORCE'), ...base }),
  /** 启动修改: a cleanup campaign decided to amend the issued text; it goes back to drafting. */
  z.object({
    type: z.literal('OPEN_REVISION'),
    ...base,
    reason: Reason('修改理由'),
    /** The campaign whose decision opens the revision. */
    campaignId: z.string().min(1).optional(),
  }),
]);
export type WorkflowEvent = z.infer<typeof WorkflowEventSchema>;
export type WorkflowEventType = WorkflowEvent['type'];
export type EventOf<T extends WorkflowEventType> = Extract<WorkflowEvent, { type: T }>;

/** Default button labels; a machine may word them for its kind (报送前置审核, 公布决策 …). */
export const WORKFLOW_EVENT_LABELS: Record<WorkflowEventType, string> = {
  SUBMIT: '送审',
  RETURN: '退回补正',
  START_REVIEW: '受理并开始审核',
  CONCLUDE_REVIEW: '作出审核结论',
  REVISE: '回到起草修改',
  CONFIRM_REVISION: '确认已按审核意见修改',
  RECORD_PROCEDURE: '记录决策程序',
  RECORD_LEGAL_OPINION: '登记法律顾问意见',
  ACCEPT_LEGAL_RISK: '明示法律风险后提交讨论',
  RECORD_DELIBERATION: '记录集体审议',
  ISSUE: '印发',
  SUBMIT_FILING: '报送备案',
  RECORD_FILING_RESULT: '登记备案结果',
  ENTER_INTO_FORCE: '施行',
  OPEN_REVISION: '启动修改',
};
