import { createHash } from 'node:crypto';
import type { ParsedInput } from '../../shared/api';
import { DOCUMENT_EDITORS, DomainError } from '../../shared/api';
import type { AttachmentSummary, MaterialsOverview } from '../../shared/api/schemas/drafting';
import { blocksToPlainText } from '../../shared/domain/blocks';
import type { MaterialKind } from '../../shared/domain/materials';
import { checkMaterials } from '../../shared/domain/materials';
import { hasAnyRole } from '../../shared/domain/roles';
import * as attachments from '../db/repos/attachments';
import { listLegalBases } from '../db/repos/legalBases';
import type { Deps } from '../deps';
import { requireAccount, type ServiceContext } from './context';
import { mustFindDocument } from './documents';
import { readDraft } from './drafting';

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
  attachments.insertAttachment(deps.db, {
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
  return mustFindAttachment(deps, id);
}

/** The materials checklist of the document's kind with what is on file for it. */
export function listMaterials(deps: Deps, input: ParsedInput<'materials.list'>): MaterialsOverview {
  const document = mustFindDocument(deps, input.documentId);
  const files = attachments.listAttachments(deps.db, document.id);
  const legalBases = listLegalBases(deps.db, document.id);
  const counts: Partial<Record<MaterialKind, number>> = {};
  for (const file of files)
    if (!file.withdrawnAt) counts[file.materialKind] = (counts[file.materialKind] ?? 0) + 1;
  const explanation = readDraft(deps, { documentId: document.id, part: 'explanation' });
  const checks = checkMaterials(document.kind, {
    files: counts,
    legalBases: legalBases.length,
    explanationWritten: blocksToPlainText(explanation.blocks).trim().length > 0,
  });
  return { checks, files, legalBases };
}

export function uploadMaterial(
  ctx: ServiceContext,
  input: ParsedInput<'materials.upload'>,
): AttachmentSummary {
  const actor = requireAccount(ctx);
  mustFindDocument(ctx, input.documentId);
  if (!hasAnyRole(actor.roles, DOCUMENT_EDITORS) && input.materialKind !== 'deliberation_record') {
    throw new DomainError(
      'FORBIDDEN',
      '负责人只能上传集体审议（讨论）记录；其他材料由起草人员或审核人员上传。',
    );
  }
  const content = decodeFile(input.data, MAX_MATERIAL_BYTES);
  const stored = storeAttachment(ctx, actor.id, { ...input, content });
  ctx.describeChange({
    targetType: 'attachments',
    detail: {
      documentId: input.documentId,
      materialKind: input.materialKind,
      fileName: input.fileName,
      size: stored.size,
      sha256: stored.sha256,
    },
  });
  return stored;
}

export function downloadMaterial(ctx: ServiceContext, input: ParsedInput<'materials.download'>) {
  const attachment = mustFindAttachment(ctx, input.id);
  const content = attachments.readAttachmentContent(ctx.db, attachment.id);
  if (!content) throw new DomainError('NOT_FOUND', '材料不存在。');
  return { fileName: attachment.fileName, mediaType: attachment.mediaType, data: content.toString('base64') };
}

/** Materials are part of the record: a wrong one is withdrawn with a reason, never deleted. */
export function withdrawMaterial(
  ctx: ServiceContext,
  input: ParsedInput<'materials.withdraw'>,
): AttachmentSummary {
  const actor = requireAccount(ctx);
  const attachment = mustFindAttachment(ctx, input.id);
  if (attachment.withdrawnAt) throw new DomainError('INVALID_STATE', '该材料已经撤回。');
  if (attachment.materialKind === 'original_import') {
    throw new DomainError('INVALID_STATE', '导入版本所依据的 Word 原件不能撤回。');
  }
  attachments.withdrawMaterial(ctx.db, attachment.id, ctx.clock.now().toISOString(), actor.id);
  ctx.describeChange({
    targetType: 'attachments',
    detail: {
      documentId: attachment.documentId,
      fileName: attachment.fileName,
      sha256: attachment.sha256,
      reason: input.reason,
    },
  });
  return mustFindAttachment(ctx, attachment.id);
}

function mustFindAttachment(deps: Deps, id: string): AttachmentSummary {
  const attachment = attachments.findAttachment(deps.db, id);
  if (!attachment) throw new DomainError('NOT_FOUND', '材料不存在。');
  return attachment;
}
