import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { DomainError } from '../../shared/api';
import type {
  AddLegalBasisInput,
  AttachmentSummary,
  MaterialsOverview,
  UploadMaterialInput,
} from '../../shared/api/schemas/drafting';
import { blocksToPlainText } from '../../shared/domain/blocks';
import type { MaterialKind } from '../../shared/domain/materials';
import { checkMaterials } from '../../shared/domain/materials';
import type { HandlerContext } from '../api/context';
import { requireAccount } from '../api/context';
import {
  findAttachment,
  insertAttachment,
  listAttachments,
  readAttachmentContent,
  withdrawAttachment,
} from '../db/repos/attachments';
import {
  findLegalBasisDocument,
  insertLegalBasis,
  listLegalBases,
  removeLegalBasis,
} from '../db/repos/legalBases';
import type { Deps } from '../deps';
import { getDraft, mustFindDocument } from './drafting';

/** Largest material file accepted (the local host's body limit allows a base64 payload of this). */
export const MAX_MATERIAL_BYTES = 50 * 1024 * 1024;

export function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

export function decodeFile(data: string, maxBytes: number): Buffer {
  const content = Buffer.from(data, 'base64');
  if (content.length === 0) throw new DomainError('INVALID_FILE', '文件是空的。');
  if (content.length > maxBytes) {
    throw new DomainError('FILE_TOO_LARGE', `文件超过了允许的 ${Math.round(maxBytes / 1024 / 1024)} MB。`);
  }
  return content;
}

/** Keeps a file with its SHA-256; the stored bytes never change afterwards. */
export function storeAttachment(
  deps: Deps,
  actorId: string,
  input: {
    documentId: string;
    materialKind: MaterialKind;
    fileName: string;
    mediaType: string;
    note: string;
    content: Buffer;
  },
): AttachmentSummary {
  const id = deps.ids.next();
  insertAttachment(deps.db, {
    id,
    documentId: input.documentId,
    materialKind: input.materialKind,
    fileName: input.fileName,
    mediaType: input.mediaType,
    sha256: sha256(input.content),
    content: input.content,
    note: input.note,
    createdAt: deps.clock.now().toISOString(),
    createdBy: actorId,
  });
  const stored = findAttachment(deps.db, id);
  if (!stored) throw new Error('attachment not stored');
  return stored;
}

export function materialsOverview(deps: Deps, documentId: string): MaterialsOverview {
  const document = mustFindDocument(deps, documentId);
  const files = listAttachments(deps.db, documentId);
  const legalBases = listLegalBases(deps.db, documentId);
  const counts: Partial<Record<MaterialKind, number>> = {};
  for (const file of files)
    if (!file.withdrawnAt) counts[file.materialKind] = (counts[file.materialKind] ?? 0) + 1;
  const explanation = getDraft(deps, documentId, 'explanation');
  const checks = checkMaterials(document.kind, {
    files: counts,
    legalBases: legalBases.length,
    explanationWritten: blocksToPlainText(explanation.blocks).trim().length > 0,
  });
  return { checks, files, legalBases };
}

export function uploadMaterial(
  ctx: HandlerContext,
  input: z.output<typeof UploadMaterialInput>,
): AttachmentSummary {
  const actor = requireAccount(ctx);
  mustFindDocument(ctx, input.documentId);
  const content = decodeFile(input.data, MAX_MATERIAL_BYTES);
  const stored = storeAttachment(ctx, actor.id, { ...input, content });
  ctx.audit.targetType = 'attachments';
  ctx.audit.detail = {
    documentId: input.documentId,
    materialKind: input.materialKind,
    fileName: input.fileName,
    size: stored.size,
    sha256: stored.sha256,
  };
  return stored;
}

export function downloadAttachment(deps: Deps, id: string) {
  const attachment = findAttachment(deps.db, id);
  const content = readAttachmentContent(deps.db, id);
  if (!attachment || !content) throw new DomainError('NOT_FOUND', '材料不存在。');
  return { fileName: attachment.fileName, mediaType: attachment.mediaType, data: content.toString('base64') };
}

/** Materials are part of the record: a wrong one is withdrawn with a reason, never deleted. */
export function withdrawMaterial(ctx: HandlerContext, id: string, reason: string): AttachmentSummary {
  const actor = requireAccount(ctx);
  const attachment = findAttachment(ctx.db, id);
  if (!attachment) throw new DomainError('NOT_FOUND', '材料不存在。');
  if (attachment.withdrawnAt) throw new DomainError('INVALID_STATE', '该材料已经撤回。');
  if (attachment.materialKind === 'original_import') {
    throw new DomainError('INVALID_STATE', '导入版本所依据的 Word 原件不能撤回。');
  }
  withdrawAttachment(ctx.db, id, ctx.clock.now().toISOString(), actor.id);
  ctx.audit.targetType = 'attachments';
  ctx.audit.detail = {
    documentId: attachment.documentId,
    fileName: attachment.fileName,
    sha256: attachment.sha256,
    reason,
  };
  const updated = findAttachment(ctx.db, id);
  if (!updated) throw new Error('attachment vanished');
  return updated;
}

export function addLegalBasis(ctx: HandlerContext, input: z.output<typeof AddLegalBasisInput>) {
  const actor = requireAccount(ctx);
  mustFindDocument(ctx, input.documentId);
  ctx.audit.targetType = 'documents';
  ctx.audit.targetId = input.documentId;
  return insertLegalBasis(ctx.db, {
    id: ctx.ids.next(),
    documentId: input.documentId,
    lawTitle: input.lawTitle,
    article: input.article,
    note: input.note,
    createdAt: ctx.clock.now().toISOString(),
    createdBy: actor.id,
  });
}

export function deleteLegalBasis(ctx: HandlerContext, id: string): null {
  requireAccount(ctx);
  const documentId = findLegalBasisDocument(ctx.db, id);
  if (!documentId) throw new DomainError('NOT_FOUND', '制定依据条目不存在。');
  removeLegalBasis(ctx.db, id, ctx.clock.now().toISOString());
  ctx.audit.targetType = 'documents';
  ctx.audit.targetId = documentId;
  ctx.audit.detail = { legalBasisId: id };
  return null;
}
