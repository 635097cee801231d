import type { Account, ChannelOutput, ParsedInput, VersionSummary } from '../../shared/api';
import { DomainError } from '../../shared/api';
import type { Draft, DraftPart } from '../../shared/api/schemas/drafting';
import type { Block } from '../../shared/domain/blocks';
import { blocksToPlainText } from '../../shared/domain/blocks';
import { canonicalJson } from '../../shared/domain/canonicalJson';
import { contentHash } from '../../shared/domain/contentHash';
import { versionName } from '../../shared/domain/versionName';
import * as drafts from '../db/repos/drafts';
import { latestVersionId } from '../db/repos/versions';
import type { Deps } from '../deps';
import { requireAccount, type ServiceContext } from './context';
import { mustFindDocument } from './documents';
import { mustBeEditable, textLockOf } from './textLock';
import { reanchorOpenThreads } from './threadAnchors';
import { appendVersion, mustFindVersion, versionBlocks } from './versions';
import { indexDraftText } from './searchIndex';

/** The working draft as services use it; `drafts.get` adds whether the workflow locks it. */
export type WorkingDraft = Omit<Draft, 'lockedReason'>;

/** `drafts.get`: the working draft, and why the text cannot be changed now (null when it can). */
export function getDraft(deps: Deps, input: { documentId: string; part: DraftPart }): Draft {
  const document = mustFindDocument(deps, input.documentId);
  return { ...readDraft(deps, input), lockedReason: textLockOf(deps, document) };
}

/**
 * The working draft: the saved one, or — before the first keystroke — the newest version's text
 * (revision 0), or an empty text for a new document.
 */
export function readDraft(deps: Deps, input: { documentId: string; part: DraftPart }): WorkingDraft {
  const { documentId, part } = input;
  mustFindDocument(deps, documentId);
  const draft = drafts.findDraft(deps.db, documentId, part);
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
export function saveDraft(
  ctx: ServiceContext,
  input: ParsedInput<'drafts.save'>,
): ChannelOutput<'drafts.save'> {
  const actor = requireAccount(ctx);
  mustBeEditable(ctx, input.documentId);
  const current = readDraft(ctx, input);
  if (input.revision !== current.revision) {
    throw new DomainError('CONFLICT', '草稿已在其他窗口中被修改。为避免覆盖，请重新打开文件后再编辑。');
  }
  const at = ctx.clock.now().toISOString();
  const hash = contentHash(input.blocks);
  const revision = current.revision + 1;
  drafts.saveDraft(ctx.db, {
    documentId: input.documentId,
    part: input.part,
    contentJson: canonicalJson(input.blocks),
    contentHash: hash,
    baseVersionId: current.baseVersionId,
    revision,
    updatedAt: at,
    updatedBy: actor.id,
  });
  indexDraftText(ctx, { ...input, baseVersionId: current.baseVersionId });
  ctx.describeChange({
    targetType: 'documents',
    targetId: input.documentId,
    detail: {
      part: input.part,
      revision,
      contentHash: hash,
      characters: blocksToPlainText(input.blocks).length,
    },
  });
  return { revision, contentHash: hash, updatedAt: at };
}

/** The main draft continues from a version: its text, based on that version, at the given revision. */
function draftFromVersion(
  deps: Deps,
  actor: Account,
  version: { documentId: string; id: string; blocks: Block[] },
  revision: number,
): void {
  drafts.saveDraft(deps.db, {
    documentId: version.documentId,
    part: 'main',
    contentJson: canonicalJson(version.blocks),
    contentHash: contentHash(version.blocks),
    baseVersionId: version.id,
    revision,
    updatedAt: deps.clock.now().toISOString(),
    updatedBy: actor.id,
  });
  indexDraftText(deps, {
    documentId: version.documentId,
    part: 'main',
    blocks: version.blocks,
    baseVersionId: version.id,
  });
}

/**
 * 启动修改: the working draft starts again from the issued text (the 正式文本), whatever it held, so that
 * the revision a cleanup campaign decided is made on the text in force.
 */
export function draftFromIssuedVersion(deps: Deps, actor: Account, versionId: string): void {
  const version = versionBlocks(deps, versionId);
  const { revision } = readDraft(deps, { documentId: version.documentId, part: 'main' });
  draftFromVersion(deps, actor, version, revision + 1);
}

/** "保存版本": freezes the working draft as the next immutable version and re-anchors open threads. */
export function saveVersion(ctx: ServiceContext, input: ParsedInput<'versions.save'>): VersionSummary {
  const actor = requireAccount(ctx);
  mustBeEditable(ctx, input.documentId);
  const draft = readDraft(ctx, { documentId: input.documentId, part: 'main' });
  if (blocksToPlainText(draft.blocks).trim() === '') {
    throw new DomainError('INVALID_STATE', '草稿为空，无法保存版本。');
  }
  const latest = latestVersionId(ctx.db, input.documentId);
  if (latest && mustFindVersion(ctx, latest).contentHash === draft.contentHash) {
    throw new DomainError('INVALID_STATE', '草稿与最新版本内容相同，无需保存新版本。');
  }
  return freezeVersion(ctx, actor, { ...input, blocks: draft.blocks });
}

/** Saves blocks as a version, re-anchors threads and makes the draft continue from the new version. */
export function freezeVersion(
  deps: Deps,
  actor: Account,
  input: { documentId: string; label: string; note: string; blocks: Block[]; sourceAttachmentId?: string },
): VersionSummary {
  const draft = readDraft(deps, { documentId: input.documentId, part: 'main' });
  const saved = appendVersion(deps, actor, input);
  reanchorOpenThreads(deps, input.documentId, saved.id, input.blocks);
  draftFromVersion(deps, actor, { ...input, id: saved.id }, draft.revision + 1);
  return mustFindVersion(deps, saved.id);
}

/**
 * Before the draft is replaced by other text (an import, a restore): when its text is in no version,
 * it is kept as an automatic version first, so that nothing typed is lost. Returns that version.
 */
export function keepDraft(
  deps: Deps,
  actor: Account,
  documentId: string,
  keep: { label: string; note: string },
): VersionSummary | null {
  const draft = readDraft(deps, { documentId, part: 'main' });
  if (blocksToPlainText(draft.blocks).trim() === '') return null;
  const latest = latestVersionId(deps.db, documentId);
  const saved = [draft.baseVersionId, latest].filter((id): id is string => id !== null);
  if (saved.some((id) => mustFindVersion(deps, id).contentHash === draft.contentHash)) return null;
  return freezeVersion(deps, actor, { documentId, ...keep, blocks: draft.blocks });
}

/** The version that holds the draft's text as it stands (its base when unchanged), or null. */
export function versionHoldingDraft(deps: Deps, documentId: string): string | null {
  const draft = readDraft(deps, { documentId, part: 'main' });
  const base = draft.baseVersionId;
  return base && mustFindVersion(deps, base).contentHash === draft.contentHash ? base : null;
}

/**
 * Makes an earlier version the working draft again; the versions themselves stay as they are. Text
 * typed since the last version is kept first as a version of its own (恢复前自动保存).
 */
export function restoreVersion(
  ctx: ServiceContext,
  input: ParsedInput<'versions.restore'>,
): ChannelOutput<'versions.restore'> {
  const actor = requireAccount(ctx);
  const version = versionBlocks(ctx, input.versionId);
  mustBeEditable(ctx, version.documentId);
  const current = readDraft(ctx, { documentId: version.documentId, part: 'main' });
  if (input.revision !== current.revision) {
    throw new DomainError('CONFLICT', '草稿已在其他窗口中被修改。请重新打开文件后再恢复。');
  }
  const keptVersion = keepDraft(ctx, actor, version.documentId, {
    label: '恢复前自动保存',
    note: `恢复${versionName(version.seq)}为草稿前，草稿中尚未保存为版本的内容`,
  });
  const revision = readDraft(ctx, { documentId: version.documentId, part: 'main' }).revision + 1;
  draftFromVersion(ctx, actor, version, revision);
  ctx.describeChange({
    targetType: 'documents',
    targetId: version.documentId,
    detail: { versionId: version.id, seq: version.seq, revision, keptVersionId: keptVersion?.id ?? null },
  });
  return { ...getDraft(ctx, { documentId: version.documentId, part: 'main' }), keptVersion };
}
