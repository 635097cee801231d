import type { Account, ParsedInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import type { VersionDetail } from '../../shared/api/schemas/drafting';
import type { Block } from '../../shared/domain/blocks';
import { blocksToPlainText } from '../../shared/domain/blocks';
import { canonicalJson } from '../../shared/domain/canonicalJson';
import { contentHash } from '../../shared/domain/contentHash';
import { insertEvent } from '../db/repos/events';
import { findVersion, insertVersion, readVersionContent, type VersionRecord } from '../db/repos/versions';
import type { Deps } from '../deps';
import type { ServiceContext } from './context';
import { indexVersionText } from './searchIndex';

export function mustFindVersion(deps: Deps, id: string): VersionRecord {
  const version = findVersion(deps.db, id);
  if (!version) throw new DomainError('NOT_FOUND', '版本不存在。');
  return version;
}

/** A version's blocks, with the document and number it belongs to. */
export function versionBlocks(deps: Deps, versionId: string): VersionRecord & { blocks: Block[] } {
  const version = mustFindVersion(deps, versionId);
  const content = readVersionContent(deps.db, versionId);
  if (content === null) throw new DomainError('NOT_FOUND', '版本不存在。');
  return { ...version, blocks: JSON.parse(content) as Block[] };
}

export function getVersion(ctx: ServiceContext, input: ParsedInput<'versions.get'>): VersionDetail {
  const { blocks, ...version } = versionBlocks(ctx, input.id);
  return {
    documentId: version.documentId,
    summary: version,
    blocks,
    sourceAttachmentId: version.sourceAttachmentId,
  };
}

/** Stores blocks as the document's next immutable version and notes it on the timeline. */
export function appendVersion(
  deps: Deps,
  actor: Account,
  input: {
    documentId: string;
    label: string;
    note: string;
    blocks: Block[];
    sourceAttachmentId?: string | undefined;
  },
): { id: string; seq: number; contentHash: string } {
  const id = deps.ids.next();
  const at = deps.clock.now().toISOString();
  const hash = contentHash(input.blocks);
  const seq = insertVersion(deps.db, {
    id,
    documentId: input.documentId,
    label: input.label,
    note: input.note,
    contentJson: canonicalJson(input.blocks),
    plainText: blocksToPlainText(input.blocks),
    contentHash: hash,
    createdAt: at,
    createdBy: actor.id,
    sourceAttachmentId: input.sourceAttachmentId ?? null,
  });
  indexVersionText(deps, { documentId: input.documentId, versionId: id, blocks: input.blocks });
  insertEvent(deps.db, {
    id: deps.ids.next(),
    documentId: input.documentId,
    kind: 'version_saved',
    at,
    actorId: actor.id,
    detail: { versionId: id, seq, label: input.label, contentHash: hash },
  });
  return { id, seq, contentHash: hash };
}
