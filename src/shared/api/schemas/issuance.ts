import { z } from 'zod';
import { IsoDateSchema } from '../../domain/calendar/isoDate';
import { DELIBERATION_DECISIONS } from '../../domain/workflow/events';

/** 集体审议 as recorded: the meeting, who attended, the decision, dissent and the minutes. */
export const DeliberationView = z.object({
  id: z.string(),
  /** The version put to the meeting. */
  versionId: z.string(),
  versionSeq: z.number().int().nullable(),
  versionLabel: z.string(),
  meetingType: z.string(),
  meetingName: z.string(),
  heldOn: z.string(),
  attendees: z.array(z.string()),
  decision: z.enum(DELIBERATION_DECISIONS),
  decisionLabel: z.string(),
  dissent: z.string(),
  /** 会议纪要 / 审议记录. */
  minutes: z.object({ id: z.string(), fileName: z.string(), withdrawn: z.boolean() }).nullable(),
  /** What was checked before the meeting (重大行政决策程序暂行条例第二十九条). */
  materials: z.array(
    z.object({ item: z.string(), label: z.string(), present: z.boolean(), note: z.string().optional() }),
  ),
  recordedAt: z.string(),
  recordedByName: z.string(),
});
export type DeliberationView = z.infer<typeof DeliberationView>;

/** 印发/公布 under 三统一: the numbers given, the dates and where it was published, and who signed it. */
export const IssuanceView = z.object({
  /** The 正式文本. */
  versionId: z.string(),
  versionSeq: z.number().int().nullable(),
  docNumber: z.string(),
  registrationNumber: z.string().nullable(),
  publishedOn: z.string(),
  effectiveOn: z.string(),
  validUntil: z.string().nullable(),
  publishedIn: z.array(z.string()),
  /** Why 施行日 is less than the profile's interval after publication (for the filing 说明). */
  shortEffectReason: z.string(),
  filingDueOn: z.string().nullable(),
  /** The 负责人 who signed the issuance (签发). */
  approvedByName: z.string(),
  approvedAt: z.string(),
});
export type IssuanceView = z.infer<typeof IssuanceView>;

export const IssuancePreviewInput = z.object({
  documentId: z.string().min(1),
  /** The publication day (its year numbers the document); today when absent. */
  publishedOn: IsoDateSchema.optional(),
  effectiveOn: IsoDateSchema.optional(),
  validityYears: z.number().int().min(1).max(100).optional(),
});

const PlannedNumberView = z.object({
  number: z.string(),
  /** The format in words, e.g. 机关代字“区统”＋六角括号年份＋顺序号＋“号”，顺序号不编虚位. */
  format: z.string(),
  /** A remark on the format, e.g. that the 区域简称 is not set and the 机关代字 stands in for it. */
  note: z.string().nullable(),
});

/** What an issuance on a day would give and require, for the 印发 dialog and `cli issuance preview`. */
export const IssuancePreview = z.object({
  documentId: z.string(),
  publishedOn: z.string(),
  year: z.number().int(),
  docNumber: PlannedNumberView,
  /** Null when the kind is not registered (三统一 applies to the profile's `requiredFor` kinds). */
  registrationNumber: PlannedNumberView.nullable(),
  /** Administrators may give other numbers (checked in main); others see these read-only. */
  canChangeNumbers: z.boolean(),
  /** The default 有效期 for the title, and the rule it comes from in plain words. */
  validity: z
    .object({
      defaultYears: z.number().int(),
      maxYears: z.number().int(),
      basis: z.string(),
      source: z.string(),
      /** With the given 施行日 and years (or the default). */
      validUntil: z.string().nullable(),
    })
    .nullable(),
  /** The profile's interval between 公布 and 施行. */
  effectiveDate: z
    .object({
      minDaysAfterPublication: z.number().int(),
      earliestEffectiveOn: z.string(),
      reasonRequired: z.boolean(),
      source: z.string(),
    })
    .nullable(),
  filingDueOn: z.string().nullable(),
});
export type IssuancePreview = z.infer<typeof IssuancePreview>;
