import { z } from 'zod';
import { IsoDateSchema } from '../../domain/calendar/isoDate';
import { LawChangeKindSchema } from '../../domain/cleanup/lawChanges';
import { LIFECYCLE_STATES } from '../../domain/cleanup/lifecycle';
import { DOCUMENT_KINDS } from '../../domain/documentKinds';

/** 记录法规变化: the law by library id or by a title as cited (《…》, short form, alias). */
export const MarkLawInput = z
  .object({
    lawId: z.string().min(1).optional(),
    title: z.string().trim().min(1).max(200).optional(),
    change: LawChangeKindSchema,
    changedOn: IsoDateSchema,
    supersededBy: z.string().trim().max(200).nullable().default(null),
    note: z.string().trim().max(1000).default(''),
  })
  .refine((input) => input.lawId !== undefined || input.title !== undefined, '请指定法律法规');

/** An update file as read from disk: the service reads it strictly and names the first bad entry. */
export const ImportLawChangesInput = z.object({
  fileName: z.string().max(260).default(''),
  content: z.string().min(1, '文件为空').max(5_000_000),
});

export const LawChangeView = z.object({
  id: z.string(),
  lawId: z.string(),
  title: z.string(),
  change: LawChangeKindSchema,
  changeLabel: z.string(),
  changedOn: IsoDateSchema,
  supersededBy: z.string().nullable(),
  note: z.string(),
  origin: z.enum(['edit', 'import']),
  recordedAt: z.string(),
  recordedByName: z.string(),
  /** Issued documents published on or before the change whose current text cites the law. */
  documentCount: z.number().int(),
  /** Of those, the ones still in force (现行有效 / 即将到期). */
  inForceCount: z.number().int(),
});
export type LawChangeView = z.infer<typeof LawChangeView>;

/** A cited article of a renumbered law and where it went (统计法 2009 → 2024). */
export const RenumberedCitation = z.object({
  /** As written: 第四十一条. */
  cited: z.string(),
  oldArticle: z.number().int(),
  newArticle: z.number().int().nullable(),
  note: z.string().nullable(),
  oldVersion: IsoDateSchema,
  newVersion: IsoDateSchema,
});
export type RenumberedCitation = z.infer<typeof RenumberedCitation>;

export const CitingSentence = z.object({
  citedAs: z.string(),
  articles: z.string(),
  blockId: z.string(),
  path: z.string(),
  sentence: z.string(),
  renumbered: z.array(RenumberedCitation),
});
export type CitingSentence = z.infer<typeof CitingSentence>;

export const ImpactedDocument = z.object({
  documentId: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string(),
  docNumber: z.string(),
  issuingAuthority: z.string(),
  publishedOn: IsoDateSchema,
  validUntil: IsoDateSchema.nullable(),
  lifecycleState: z.enum(LIFECYCLE_STATES),
  lifecycleLabel: z.string(),
  inForce: z.boolean(),
  citations: z.array(CitingSentence),
});
export type ImpactedDocument = z.infer<typeof ImpactedDocument>;

export const LawChangeImpact = z.object({
  change: LawChangeView,
  documents: z.array(ImpactedDocument),
});
export type LawChangeImpact = z.infer<typeof LawChangeImpact>;

export const ImportedLawChanges = z.object({ changes: z.array(LawChangeView) });

export const CitationReindexInput = z.object({
  /** Forget the index first (the first call of a rebuild). */
  rebuild: z.boolean().default(false),
  /** At most this many versions in this call; the CLI calls again until none remain. */
  limit: z.number().int().min(1).max(5000).default(200),
});
export const CitationReindexResult = z.object({
  indexed: z.number().int(),
  remaining: z.number().int(),
  citations: z.number().int(),
});

export const LawChangeAlerts = z.object({
  /** Issued documents in force citing a law changed after their publication date. */
  documents: z.number().int(),
  changes: z.number().int(),
});
