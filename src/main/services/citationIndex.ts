import type { ParsedInput } from '../../shared/api';
import { citationRows } from '../../shared/domain/cleanup/citationRows';
import type { LawLibrary } from '../../shared/domain/laws';
import {
  clearCitationIndex,
  replaceVersionCitations,
  unindexedIssuedVersions,
} from '../db/repos/issuedCitations';
import type { Deps } from '../deps';
import type { ServiceContext } from './context';
import { lawLibrary } from './lawLibrary';
import { versionBlocks } from './versions';

/**
 * The citation index of issued texts (citation_index + issued_citations): written with the issuance, in
 * its transaction, so that a law's later change finds every document that relies on it and the exact
 * sentence. Citations resolve as the pre-check resolves them (full title, short title, alias).
 */

/** Indexes the citations of an issued version (again, if it was indexed before). */
export function indexIssuedVersion(
  deps: Deps,
  documentId: string,
  versionId: string,
  library: LawLibrary = lawLibrary(deps.db),
): number {
  const rows = citationRows(versionBlocks(deps, versionId).blocks, library);
  replaceVersionCitations(
    deps.db,
    { versionId, documentId, indexedAt: deps.clock.now().toISOString() },
    rows,
  );
  return rows.length;
}

/**
 * Indexes the issued versions not yet in the index (issued before the index existed), a batch at a
 * time, each batch in its own transaction; `onProgress` hears how far it got.
 */
export function ensureCitationIndex(
  deps: Deps,
  onProgress?: (done: number, total: number) => void,
  batchSize = 200,
): number {
  const pending = unindexedIssuedVersions(deps.db);
  if (pending.length === 0) return 0;
  const library = lawLibrary(deps.db);
  for (let from = 0; from < pending.length; from += batchSize) {
    const batch = pending.slice(from, from + batchSize);
    deps.db
      .transaction(() => {
        for (const { documentId, versionId } of batch)
          indexIssuedVersion(deps, documentId, versionId, library);
      })
      .immediate();
    onProgress?.(Math.min(from + batchSize, pending.length), pending.length);
  }
  return pending.length;
}

/** Forgets the index and builds it again from every issued version. */
export function rebuildCitationIndex(deps: Deps, onProgress?: (done: number, total: number) => void) {
  deps.db.transaction(() => clearCitationIndex(deps.db)).immediate();
  return ensureCitationIndex(deps, onProgress);
}

/** citations.reindex: one batch of a rebuild (the first call forgets the index), in the call's transaction. */
export function reindexCitations(ctx: ServiceContext, input: ParsedInput<'citations.reindex'>) {
  if (input.rebuild) clearCitationIndex(ctx.db);
  const pending = unindexedIssuedVersions(ctx.db);
  const batch = pending.slice(0, input.limit);
  const library = lawLibrary(ctx.db);
  let citations = 0;
  for (const { documentId, versionId } of batch)
    citations += indexIssuedVersion(ctx, documentId, versionId, library);
  ctx.describeChange({
    targetType: 'citation_index',
    detail: { rebuild: input.rebuild, indexed: batch.length, citations },
  });
  return { indexed: batch.length, remaining: pending.length - batch.length, citations };
}
