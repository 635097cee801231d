import { z } from 'zod';
import { IsoDateSchema } from '../../domain/calendar/isoDate';
import { CAMPAIGN_KINDS, CampaignScope, DISPOSITIONS } from '../../domain/cleanup/campaigns';
import { LIFECYCLE_STATES } from '../../domain/cleanup/lifecycle';
import { DOCUMENT_KINDS } from '../../domain/documentKinds';

/** Cleanup campaigns (清理活动): their scope, one disposition per document, approval and application. */

const CampaignName = z.string().trim().min(1, '请填写清理活动名称').max(100, '名称最多 100 个字');
const DocumentIds = z.array(z.string().min(1)).min(1, '请选择文件').max(10000);

export const CreateCampaignInput = z.object({
  kind: z.enum(CAMPAIGN_KINDS, { error: '请选择清理类型（定期、专项或即时清理）' }),
  name: CampaignName,
  /** Absent for a 即时清理 started from a law's change: its scope is then "cites that law". */
  scope: CampaignScope.optional(),
  dueOn: IsoDateSchema,
  /** A 即时清理 started from a law's change (清理 page, 法规变化). */
  lawChangeId: z.string().min(1).optional(),
  /** Documents added by hand besides those the filters select. */
  documentIds: z.array(z.string().min(1)).max(1000).optional(),
});

export const RescopeCampaignInput = z.object({ campaignId: z.string().min(1), scope: CampaignScope });

/** The scope to preview; for a 即时清理 from a law's change without filters, "cites that law". */
export const PreviewScopeInput = z.object({
  scope: CampaignScope.optional(),
  lawChangeId: z.string().min(1).optional(),
});

export const CampaignRef = z.object({ campaignId: z.string().min(1) });

export const DecideItemsInput = z.object({
  campaignId: z.string().min(1),
  documentIds: DocumentIds,
  disposition: z.enum(DISPOSITIONS, { error: '请选择处理意见（继续有效、修改、废止或宣布失效）' }),
  reason: z.string().trim().min(1, '请填写清理理由').max(1000, '清理理由最多 1000 个字'),
});

export const ApproveItemsInput = z.object({ campaignId: z.string().min(1), documentIds: DocumentIds });

export const ApplyCampaignInput = z.object({
  campaignId: z.string().min(1),
  /** The date of the decision (废止 / 宣布失效 end validity that day); today when absent. */
  decidedOn: IsoDateSchema.optional(),
});

export const CLEANUP_CATALOGS = ['continue', 'amend', 'repeal', 'declare_invalid', 'report'] as const;
export type CleanupCatalog = (typeof CLEANUP_CATALOGS)[number];

export const ExportCampaignInput = z.object({
  campaignId: z.string().min(1),
  /** One result catalog, or the 清理情况报告; the .xlsx always holds every catalog, one sheet each. */
  catalog: z.enum(CLEANUP_CATALOGS, { error: '请选择要导出的目录或报告' }).default('report'),
  format: z.enum(['docx', 'xlsx'], { error: '导出格式应为 Word（docx）或 Excel（xlsx）' }).default('docx'),
});

/** A document in scope, as the create dialog previews it. */
export const ScopeDocument = z.object({
  documentId: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string(),
  issuingAuthority: z.string(),
  docNumber: z.string(),
  registrationNumber: z.string().nullable(),
  publishedOn: z.string(),
  validUntil: z.string().nullable(),
  state: z.enum(LIFECYCLE_STATES),
  stateLabel: z.string(),
});
export type ScopeDocument = z.infer<typeof ScopeDocument>;

export const ScopePreview = z.object({
  /** The scope previewed (for a law's change, the one it defaults to) and the same in words. */
  scope: CampaignScope,
  scopeText: z.string(),
  total: z.number().int(),
  documents: z.array(ScopeDocument),
});
export type ScopePreview = z.infer<typeof ScopePreview>;

export const CampaignItem = ScopeDocument.extend({
  disposition: z.enum(DISPOSITIONS).nullable(),
  dispositionLabel: z.string().nullable(),
  reason: z.string(),
  decidedByName: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  approvedByName: z.string().nullable(),
  approvedAt: z.string().nullable(),
  /** The document is no longer selected by the filters but stays: it was decided before the change. */
  outOfScope: z.boolean(),
});
export type CampaignItem = z.infer<typeof CampaignItem>;

const DispositionCounts = z.object({
  continue: z.number().int(),
  amend: z.number().int(),
  repeal: z.number().int(),
  declare_invalid: z.number().int(),
});

export const CampaignSummary = z.object({
  id: z.string(),
  kind: z.enum(CAMPAIGN_KINDS),
  kindLabel: z.string(),
  name: z.string(),
  scope: CampaignScope,
  /** The scope in words (文件类型、制定机关、年份 …). */
  scopeText: z.string(),
  dueOn: z.string(),
  lawChangeId: z.string().nullable(),
  status: z.enum(['open', 'applied']),
  statusLabel: z.string(),
  decidedOn: z.string().nullable(),
  appliedAt: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string(),
  total: z.number().int(),
  decided: z.number().int(),
  approved: z.number().int(),
  byDisposition: DispositionCounts,
});
export type CampaignSummary = z.infer<typeof CampaignSummary>;

export const CampaignDetail = CampaignSummary.extend({
  items: z.array(CampaignItem),
  /** What the last re-scope did (added, dropped, kept though out of scope), for the message shown. */
  rescope: z
    .object({ added: z.number().int(), dropped: z.number().int(), keptDecided: z.number().int() })
    .nullable(),
});
export type CampaignDetail = z.infer<typeof CampaignDetail>;
