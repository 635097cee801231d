import type { Account } from '../../shared/api';
import type { Block } from '../../shared/domain/blocks';
import { blocksToPlainText } from '../../shared/domain/blocks';
import { canonicalJson } from '../../shared/domain/canonicalJson';
import { contentHash } from '../../shared/domain/contentHash';
import { insertEvent } from '../db/repos/events';
import { insertVersion } from '../db/repos/versions';
import type { Deps } from '../deps';

export { contentHash };

/** Freezes blocks as the document's next immutable version and notes it on the timeline. */
export function saveVersion(
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
