import { z } from 'zod';
import { LIFECYCLE_EVENTS, LIFECYCLE_STATES } from '../../domain/cleanup/lifecycle';
import { VALIDITY_VIEWS } from '../../domain/cleanup/validityWatch';
import { DocumentKindSchema } from './documents';

/** The validity watch (有效期监测): what expires soon, what expired without a decision, what has ended. */

export const ListValidityInput = z.object({
  view: z.enum(VALIDITY_VIEWS).default('expiring'),
  /** 即将到期: valid until within this many months; the profile's reminder months when absent. */
  expiringMonths: z.number().int().min(1, '月数至少为 1').max(60, '月数最多为 60').optional(),
  kind: DocumentKindSchema.optional(),
  /** Title, 文号 or 登记号 contains. */
  q: z.string().trim().max(100).optional(),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});
export type ListValidityInput = z.infer<typeof ListValidityInput>;

export const LifecycleStateSchema = z.enum(LIFECYCLE_STATES);

/** A lifecycle state as the registry shows it. */
export const LifecycleTagView = z.object({ state: LifecycleStateSchema, label: z.string() });
export type LifecycleTagView = z.infer<typeof LifecycleTagView>;

/** A decision about an issuance (a lifecycle event), as the screens name it. */
export const LifecycleDecisionView = z.object({
  id: z.string(),
  docNumber: z.string(),
  event: z.enum(LIFECYCLE_EVENTS),
  label: z.string(),
  decidedOn: z.string(),
  reason: z.string(),
  campaignId: z.string().nullable(),
  recordedAt: z.string(),
  recordedByName: z.string(),
});
export type LifecycleDecisionView = z.infer<typeof LifecycleDecisionView>;

export const LifecycleView = z.object({
  state: LifecycleStateSchema,
  label: z.string(),
  since: z.string().nullable(),
  reminderFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  /** Calendar days from today to the last day in force (0 on that day, negative after); null without 有效期. */
  daysLeft: z.number().int().nullable(),
  /** The latest decision about the current issuance: its label and date. */
  lastDecision: z.object({ label: z.string(), decidedOn: z.string() }).nullable(),
});
export type LifecycleView = z.infer<typeof LifecycleView>;

export const ValidityRow = z.object({
  documentId: z.string(),
  title: z.string(),
  kind: DocumentKindSchema,
  kindLabel: z.string(),
  docNumber: z.string(),
  registrationNumber: z.string().nullable(),
  publishedOn: z.string(),
  effectiveOn: z.string(),
  lifecycle: LifecycleView,
});
export type ValidityRow = z.infer<typeof ValidityRow>;

/** The profile's rule on reminders, in words, and where it comes from. */
export const ValidityRuleText = z.object({
  reminderMonths: z.number().int(),
  /** 有效期届满前6个月开始评估 */
  reminder: z.string(),
  /** 一般规范性文件5年；名称冠以“暂行”“试行”的2年；名称为“通告”的1年 */
  terms: z.string(),
  /** The source as the profile notes it (法规名称 + 条款). */
  basis: z.string(),
});
export type ValidityRuleText = z.infer<typeof ValidityRuleText>;

export const ValidityPage = z.object({
  view: z.enum(VALIDITY_VIEWS),
  today: z.string(),
  /** The window of the 即将到期 view, in months. */
  expiringMonths: z.number().int(),
  items: z.array(ValidityRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  rule: ValidityRuleText,
});
export type ValidityPage = z.infer<typeof ValidityPage>;

export const ValiditySummary = z.object({
  today: z.string(),
  /** Valid until within the reminder window and still in force. */
  expiring: z.number().int(),
  /** 有效期届满而未作清理决定. */
  expiredUndecided: z.number().int(),
  rule: ValidityRuleText,
});
export type ValiditySummary = z.infer<typeof ValiditySummary>;

/** A replaced issuance (修改后重新印发), as it was. */
export const ReplacedIssuanceView = z.object({
  docNumber: z.string(),
  registrationNumber: z.string().nullable(),
  publishedOn: z.string(),
  effectiveOn: z.string(),
  validUntil: z.string().nullable(),
  replacedAt: z.string(),
});
export type ReplacedIssuanceView = z.infer<typeof ReplacedIssuanceView>;

export const DocumentValidityView = z.object({
  documentId: z.string(),
  /** Null while the document has not been issued. */
  lifecycle: LifecycleView.nullable(),
  docNumber: z.string().nullable(),
  /** The profile rule that gives a document of this kind and title its term; null when none applies. */
  term: z
    .object({ basis: z.string(), defaultYears: z.number().int(), maxYears: z.number().int() })
    .nullable(),
  rule: ValidityRuleText,
  /** Every decision about the document, oldest first (about earlier issuances too). */
  decisions: z.array(LifecycleDecisionView),
  history: z.array(ReplacedIssuanceView),
});
export type DocumentValidityView = z.infer<typeof DocumentValidityView>;
