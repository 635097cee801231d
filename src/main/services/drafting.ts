import type { z } from 'zod';
import type { Account, VersionSummary } from '../../shared/api';
import { DomainError } from '../../shared/api';
import type {
  Draft,
  DraftPart,
  SaveDraftInput,
  SaveVersionInput,
  VersionDetail,
} from '../../shared/api/schemas/drafting';
import type { Block } from '../../shared/domain/blocks';
import { blocksToPlainText } from '../../shared/domain/blocks';
import { canonicalJson } from '../../shared/domain/canonicalJson';
import type { HandlerContext } from '../api/context';
import { requireAccount } from '../api/context';
import { findDocument } from '../db/repos/documents';
import { findDraft, upsertDraft } from '../db/repos/drafts';
import { findVersionContent, findVersionSummary, latestVersionId } from '../db/repos/versions';
import type { Deps } from '../deps';
import { reanchorOpenThreads } from './annotations';
import { contentHash, saveVersion } from './versions';

export function mustFindDocument(deps: Deps, id: string) {
  const document = findDocument(deps.db, id);
  if (!document) throw new DomainError('NOT_FOUND', '文件不存在。');
  return document;
}

export function versionBlocks(
  deps: Deps,
  versionId: string,
): { documentId: string; seq: number; blocks: Block[] } {
  const version = findVersionContent(deps.db, versionId);
  if (!version) throw new DomainError('NOT_FOUND', '版本不存在。');
  return {
    documentId: version.documentId,
    seq: version.seq,
    blocks: JSON.parse(version.contentJson) as Block[],
  };
}

/**
 * The working draft: the saved one, or — before the first keystroke — the newest version's text
 * (revision 0), or an empty text for a new document.
 */
export function getDraft(deps: Deps, documentId: string, part: DraftPart): Draft {
  mustFindDocument(deps, documentId);
  const draft = findDraft(deps.db, documentId, part);
  if (draft) {
    return {
      documentId,
      part,
      blocks: JSON.parse(draft.contentJson) as Block[],
      revision: draft.revision,
      contentHash: draft.contentHash,
      baseVersionId: draft.baseVersionId,
      updatedAt: draft.updatedAt,
      updatedByName: draft.updatedByName,
    };
  }
  const latest = part === 'main' ? latestVersionId(deps.db, documentId) : null;
  const blocks = latest ? versionBlocks(deps, latest).blocks : [];
  return {
    documentId,
    part,
    blocks,
    revision: 0,
    contentHash: contentHash(blocks),
    baseVersionId: latest,
    updatedAt: null,
    updatedByName: null,
  };
}

/** Autosave. A save built on an older revision is refused, so two windows never overwrite each other. */
export function saveDraft(ctx: HandlerContext, input: z.output<typeof SaveDraftInput>) {
  const actor = requireAccount(ctx);
  const current = getDraft(ctx, input.documentId, input.part);
  if (input.revision !== current.revision) {
    throw new DomainError('CONFLICT', '草稿已在其他窗口中被修改。为避免覆盖，请重新打开文件后再编辑。');
  }
  const at = ctx.clock.now().toISOString();
  const hash = contentHash(input.blocks);
  const revision = current.revision + 1;
  upsertDraft(ctx.db, {
    documentId: input.documentId,
    part: input.part,
    contentJson: canonicalJson(input.blocks),
    contentHash: hash,
    baseVersionId: current.baseVersionId,
    revision,
    updatedAt: at,
    updatedBy: actor.id,
  });
  ctx.audit.targetType = 'documents';
  ctx.audit.targetId = input.documentId;
  ctx.audit.detail = {
    part: input.part,
    revision,
    contentHash: hash,
    characters: blocksToPlainText(input.blocks).length,
  };
  return { revision, contentHash: hash, updatedAt: at };
}

function writeDraftFromVersion(
  deps: Deps,
  actor: Account,
  documentId: string,
  versionId: string,
  blocks: Block[],
  revision: number,
) {
  upsertDraft(deps.db, {
    documentId,
    part: 'main',
    contentJson: canonicalJson(blocks),
    contentHash: contentHash(blocks),
    baseVersionId: versionId,
    revision,
    updatedAt: deps.clock.now().toISOString(),
    updatedBy: actor.id,
  });
}

/** "保存版本": freezes the working draft as the next immutable version and re-anchors open threads. */
export function saveVersionFromDraft(
  ctx: HandlerContext,
  input: z.output<typeof SaveVersionInput>,
): VersionSummary {
  const actor = requireAccount(ctx);
  const draft = getDraft(ctx, input.documentId, 'main');
  if (blocksToPlainText(draft.blocks).trim() === '') {
    throw new DomainError('INVALID_STATE', '草稿为空，无法保存版本。');
  }
  const latest = latestVersionId(ctx.db, input.documentId);
  if (latest && findVersionContent(ctx.db, latest)?.contentHash === draft.contentHash) {
    throw new DomainError('INVALID_STATE', '草稿与最新版本内容相同，无需保存新版本。');
  }
  return freezeVersion(ctx, actor, {
    documentId: input.documentId,
    label: input.label,
    note: input.note,
    blocks: draft.blocks,
  });
}

/** Saves blocks as a version, re-anchors threads and makes the draft continue from the new version. */
export function freezeVersion(
  deps: Deps,
  actor: Account,
  input: { documentId: string; label: string; note: string; blocks: Block[]; sourceAttachmentId?: string },
): VersionSummary {
  const draft = getDraft(deps, input.documentId, 'main');
  const saved = saveVersion(deps, actor, input);
  reanchorOpenThreads(deps, input.documentId, saved.id, input.blocks);
  writeDraftFromVersion(deps, actor, input.documentId, saved.id, input.blocks, draft.revision + 1);
  const summary = findVersionSummary(deps.db, input.documentId, saved.id);
  if (!summary) throw new Error('saved version not found');
  return summary;
}

export function getVersion(deps: Deps, versionId: string): VersionDetail {
  const version = findVersionContent(deps.db, versionId);
  if (!version) throw new DomainError('NOT_FOUND', '版本不存在。');
  const summary = findVersionSummary(deps.db, version.documentId, versionId);
  if (!summary) throw new DomainError('NOT_FOUND', '版本不存在。');
  return {
    documentId: version.documentId,
    summary,
    blocks: JSON.parse(version.contentJson) as Block[],
    sourceAttachmentId: version.sourceAttachmentId,
  };
}

/** Makes an earlier version the working draft again; the versions themselves stay as they are. */
export function restoreVersionAsDraft(ctx: HandlerContext, versionId: string, revision: number): Draft {
  const actor = requireAccount(ctx);
  const { documentId, seq, blocks } = versionBlocks(ctx, versionId);
  const current = getDraft(ctx, documentId, 'main');
  if (revision !== current.revision) {
    throw new DomainError('CONFLICT', '草稿已在其他窗口中被修改。请重新打开文件后再恢复。');
  }
  writeDraftFromVersion(ctx, actor, documentId, versionId, blocks, current.revision + 1);
  ctx.audit.targetType = 'documents';
  ctx.audit.targetId = documentId;
  ctx.audit.detail = { versionId, seq, revision: current.revision + 1 };
  return getDraft(ctx, documentId, 'main');
}
