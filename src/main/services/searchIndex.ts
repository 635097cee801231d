import type { Block } from '../../shared/domain/blocks';
import { blockEntries, type SearchSource } from '../../shared/domain/search';
import * as drafts from '../db/repos/drafts';
import {
  deleteEntries,
  documentEntries,
  documentRecordEntries,
  insertEntries,
  type NewSearchEntry,
  sourceEntries,
  unindexedDocumentIds,
  versionIndexed,
} from '../db/repos/searchIndex';
import { listVersions, readVersionContent } from '../db/repos/versions';
import type { Deps } from '../deps';

/**
 * Keeps the search index (issue 17) in step with the texts. Each function is called by the service that
 * writes the text, inside its transaction: when the write fails, the index change is rolled back with
 * it, and when the index write fails, so is the text.
 */

/** The sources kept by indexDocumentRecords (texts are kept per version and per draft). */
const RECORD_SOURCES: readonly SearchSource[] = ['document', 'annotation', 'review', 'filing', 'cleanup'];

/** A new version's blocks: indexed once, since a version never changes. */
export function indexVersionText(
  deps: Deps,
  version: { documentId: string; versionId: string; blocks: readonly Block[] },
): void {
  if (versionIndexed(deps.db, version.versionId)) return;
  insertEntries(
    deps.db,
    blockEntries(version.blocks).map((entry) => ({
      documentId: version.documentId,
      source: 'version',
      sourceId: version.versionId,
      versionId: version.versionId,
      ...entry,
    })),
  );
}

/**
 * The working draft of one part: only its blocks that differ from the version it continues (the
 * version's entries find the rest), and of those only what changed since the last save — so an
 * autosave of a long text costs what was typed, not the whole text.
 */
export function indexDraftText(
  deps: Deps,
  draft: { documentId: string; part: string; blocks: readonly Block[]; baseVersionId: string | null },
): void {
  const key = (entry: { blockId: string; path: string; text: string }) =>
    `${entry.blockId}\u0000${entry.path}\u0000${entry.text}`;
  const inVersion = new Set(
    draft.baseVersionId ? sourceEntries(deps.db, 'version', draft.baseVersionId).map(key) : [],
  );
  const existing = documentEntries(deps.db, draft.documentId, ['draft']).filter(
    (entry) => entry.sourceId === draft.part,
  );
  const kept = new Map(existing.map((entry) => [key(entry), entry]));
  const added: NewSearchEntry[] = [];
  for (const entry of blockEntries(draft.blocks)) {
    const entryKey = key(entry);
    if (inVersion.has(entryKey) || kept.delete(entryKey)) continue;
    added.push({
      documentId: draft.documentId,
      source: 'draft',
      sourceId: draft.part,
      versionId: null,
      ...entry,
    });
  }
  deleteEntries(
    deps.db,
    [...kept.values()].map((entry) => entry.id),
  );
  insertEntries(deps.db, added);
}

/**
 * A document's metadata (标题, 文号, 登记号, 起草单位) and its records (comments, review, filing, cleanup):
 * written again whole after any of them changes — a document has few of them.
 */
export function indexDocumentRecords(deps: Deps, documentId: string): void {
  deleteEntries(
    deps.db,
    documentEntries(deps.db, documentId, RECORD_SOURCES).map((entry) => entry.id),
  );
  insertEntries(deps.db, documentRecordEntries(deps.db, documentId));
}

/** Everything about one document, from scratch. Returns the number of entries written. */
export function reindexDocument(deps: Deps, documentId: string): number {
  deleteEntries(
    deps.db,
    documentEntries(deps.db, documentId).map((entry) => entry.id),
  );
  indexDocumentRecords(deps, documentId);
  const versions = listVersions(deps.db, documentId);
  for (const version of versions) {
    const content = readVersionContent(deps.db, version.id);
    if (content !== null)
      indexVersionText(deps, { documentId, versionId: version.id, blocks: JSON.parse(content) as Block[] });
  }
  for (const part of drafts.draftParts(deps.db, documentId)) {
    indexDraftText(deps, {
      documentId,
      part: part.part,
      blocks: JSON.parse(part.contentJson) as Block[],
      baseVersionId: part.baseVersionId,
    });
  }
  return documentEntries(deps.db, documentId).length;
}

/** Databases whose every document is known to be indexed (checked once per open database). */
const complete = new WeakSet<object>();

/**
 * Indexes the documents not in the index yet — those of a workspace made before the index existed —
 * a batch at a time, each batch in its own transaction. Checked at the first search after the database
 * is opened: from then on every write indexes its own text.
 */
export function ensureSearchIndex(deps: Deps, batchSize = 100): number {
  if (complete.has(deps.db)) return 0;
  const pending = unindexedDocumentIds(deps.db);
  for (let from = 0; from < pending.length; from += batchSize) {
    const batch = pending.slice(from, from + batchSize);
    deps.db
      .transaction(() => {
        for (const id of batch) reindexDocument(deps, id);
      })
      .immediate();
  }
  complete.add(deps.db);
  return pending.length;
}
