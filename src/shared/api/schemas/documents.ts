import { z } from 'zod';
import { LIFECYCLE_STATES } from '../../domain/cleanup/lifecycle';
import { DOCUMENT_KINDS } from '../../domain/documentKinds';
import { DOCUMENT_STATUSES } from '../../domain/documentStatus';
import { DeliberationView, IssuanceView } from './issuance';

export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);
export const DocumentStatusSchema = z.enum(DOCUMENT_STATUSES);

const Text = (label: string, max: number) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}最多 ${max} 个字符`);
const OptionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label}最多 ${max} 个字符`).default('');

/** Registry metadata of a document (not its text: that lives in versions). */
export const DocumentMetadataInput = z.object({
  kind: DocumentKindSchema,
  title: Text('标题', 200),
  draftingUnit: Text('起草单位', 100),
  issuingAuthority: Text('制定机关', 100),
  responsiblePerson: OptionalText('责任人', 40),
  /** 涉及市场主体经济活动? answered on registration (公平竞争审查; see fairCompetition.answer). */
  touchesBusiness: z.boolean().optional(),
});
export type DocumentMetadataInput = z.infer<typeof DocumentMetadataInput>;

export const UpdateDocumentInput = z.object({
  id: z.string().min(1),
  kind: DocumentKindSchema.optional(),
  title: Text('标题', 200).optional(),
  draftingUnit: Text('起草单位', 100).optional(),
  issuingAuthority: Text('制定机关', 100).optional(),
  responsiblePerson: z.string().trim().max(40, '责任人最多 40 个字符').optional(),
});

export const DocumentSummary = z.object({
  id: z.string(),
  kind: DocumentKindSchema,
  title: z.string(),
  draftingUnit: z.string(),
  issuingAuthority: z.string(),
  responsiblePerson: z.string(),
  status: DocumentStatusSchema,
  year: z.number().int(),
  docNumber: z.string().nullable(),
  versionCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** 效力状态 of an issued document, computed for the registry page's rows. */
  lifecycle: z.object({ state: z.enum(LIFECYCLE_STATES), label: z.string() }).optional(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const DOCUMENT_SORT_FIELDS = ['updatedAt', 'createdAt', 'title', 'kind', 'status', 'year'] as const;

export const ListDocumentsInput = z.object({
  kind: DocumentKindSchema.optional(),
  status: DocumentStatusSchema.optional(),
  year: z.number().int().min(1949).max(2200).optional(),
  /** Text contained in the title or the 文号. */
  q: z.string().trim().max(100).optional(),
  /** 效力状态 (computed): only issued documents in this lifecycle state today. */
  lifecycle: z.enum(LIFECYCLE_STATES).optional(),
  sort: z.enum(DOCUMENT_SORT_FIELDS).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});
export type ListDocumentsInput = z.infer<typeof ListDocumentsInput>;

export const DocumentPage = z.object({
  items: z.array(DocumentSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const VersionSummary = z.object({
  id: z.string(),
  seq: z.number().int(),
  label: z.string(),
  note: z.string(),
  contentHash: z.string(),
  charCount: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  createdByName: z.string(),
});
export type VersionSummary = z.infer<typeof VersionSummary>;

export const DocumentEvent = z.object({
  id: z.string(),
  kind: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type DocumentEvent = z.infer<typeof DocumentEvent>;

export const DocumentDetail = z.object({
  document: DocumentSummary,
  versions: z.array(VersionSummary),
  events: z.array(DocumentEvent),
  /** Every 集体审议 recorded, oldest first. */
  deliberations: z.array(DeliberationView),
  /** The numbers, dates and publication once issued (印发/公布). */
  issuance: IssuanceView.nullable(),
});
export type DocumentDetail = z.infer<typeof DocumentDetail>;

export const ById = z.object({ id: z.string().min(1) });

export const DocumentRef = z.object({ documentId: z.string().min(1) });
