import { z } from 'zod';
import { MATERIAL_KINDS } from '../../domain/materials';
import { RULE_CONFIDENCES } from '../../domain/ruleCodes';
import { BlocksSchema } from './content';
import { VersionSummary } from './documents';

export const DraftPart = z.enum(['main', 'explanation']);
export type DraftPart = z.infer<typeof DraftPart>;

/** The working draft of a document (or of its 起草说明): autosaved, never part of the record until frozen. */
export const Draft = z.object({
  documentId: z.string(),
  part: DraftPart,
  blocks: BlocksSchema,
  /** Increases with every save; a save based on an older revision is refused (another window wrote). */
  revision: z.number().int(),
  contentHash: z.string(),
  baseVersionId: z.string().nullable(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
  /** Why the text cannot be changed in the document's current workflow state; null when it can. */
  lockedReason: z.string().nullable(),
});
export type Draft = z.infer<typeof Draft>;

/**
 * A draft replaced by a restore: the text it held, when that was in no version, was first kept as an
 * automatic version (恢复前自动保存).
 */
export const RestoredDraft = Draft.extend({ keptVersion: VersionSummary.nullable() });

export const GetDraftInput = z.object({ documentId: z.string().min(1), part: DraftPart.default('main') });

export const SaveDraftInput = z.object({
  documentId: z.string().min(1),
  part: DraftPart.default('main'),
  blocks: BlocksSchema,
  revision: z.number().int().min(0),
});

export const SavedDraft = z.object({
  revision: z.number().int(),
  contentHash: z.string(),
  updatedAt: z.string(),
});

export const VERSION_LABELS = ['征求意见稿', '送审稿', '修改稿', '审议稿', '正式文本'] as const;

export const SaveVersionInput = z.object({
  documentId: z.string().min(1),
  label: z.string().trim().min(1, '请填写版本标签').max(60, '版本标签最多 60 个字符'),
  note: z.string().trim().max(2000, '说明最多 2000 个字符').default(''),
});

export const VersionDetail = z.object({
  documentId: z.string(),
  summary: VersionSummary,
  blocks: BlocksSchema,
  sourceAttachmentId: z.string().nullable(),
});
export type VersionDetail = z.infer<typeof VersionDetail>;

export const RestoreVersionInput = z.object({
  versionId: z.string().min(1),
  revision: z.number().int().min(0),
});

/** Files travel as base64 inside the JSON payload (both transports carry JSON only). */
const FileData = z
  .string()
  .max(90 * 1024 * 1024, '文件过大')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件内容编码无效');
const FileName = z.string().trim().min(1, '缺少文件名').max(255, '文件名过长');

export const ImportDocxInput = z.object({
  documentId: z.string().min(1),
  fileName: FileName,
  data: FileData,
  label: z.string().trim().max(60).optional(),
});

export const ImportResult = z.object({
  version: VersionSummary,
  attachmentId: z.string(),
  warnings: z.array(z.string()),
  /** The draft's text before the import, kept as an automatic version when it was in no version. */
  keptVersion: VersionSummary.nullable(),
  /** The version holding the text the draft had before the import (restoring it undoes the import). */
  undoVersionId: z.string().nullable(),
});

export const MaterialKindSchema = z.enum(MATERIAL_KINDS);

export const AttachmentSummary = z.object({
  id: z.string(),
  documentId: z.string(),
  materialKind: MaterialKindSchema,
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  note: z.string(),
  createdAt: z.string(),
  createdByName: z.string(),
  withdrawnAt: z.string().nullable(),
});
export type AttachmentSummary = z.infer<typeof AttachmentSummary>;

export const LegalBasis = z.object({
  id: z.string(),
  seq: z.number().int(),
  lawTitle: z.string(),
  article: z.string(),
  note: z.string(),
  createdAt: z.string(),
});
export type LegalBasis = z.infer<typeof LegalBasis>;

export const MaterialCheckSchema = z.object({
  kind: MaterialKindSchema,
  label: z.string(),
  stage: z.enum(['review', 'deliberation']),
  required: z.boolean(),
  condition: z.string().optional(),
  source: z.string(),
  confidence: z.enum(RULE_CONFIDENCES),
  origin: z.string().optional(),
  present: z.boolean(),
});

export const MaterialsOverview = z.object({
  checks: z.array(MaterialCheckSchema),
  files: z.array(AttachmentSummary),
  legalBases: z.array(LegalBasis),
});
export type MaterialsOverview = z.infer<typeof MaterialsOverview>;

export const UploadMaterialInput = z.object({
  documentId: z.string().min(1),
  materialKind: MaterialKindSchema.exclude(['original_import']),
  fileName: FileName,
  mediaType: z.string().max(200).default('application/octet-stream'),
  data: FileData,
  note: z.string().trim().max(500).default(''),
});

export const DownloadedFile = z.object({ fileName: z.string(), mediaType: z.string(), data: z.string() });

export const WithdrawMaterialInput = z.object({
  id: z.string().min(1),
  reason: z.string().trim().min(1, '请说明撤回原因').max(500),
});

export const AddLegalBasisInput = z.object({
  documentId: z.string().min(1),
  lawTitle: z
    .string()
    .trim()
    .min(2, '请填写法律法规名称')
    .max(200)
    .transform((title) => title.replace(/^《|》$/g, '')),
  article: z.string().trim().max(100).default(''),
  note: z.string().trim().max(500).default(''),
});
