import type { Db } from '../connection';

/** citation_index + issued_citations: where each issued version cites which law, sentence by sentence. */
export interface IssuedCitationRecord {
  versionId: string;
  seq: number;
  documentId: string;
  lawId: string;
  citedAs: string;
  articles: string;
  blockId: string;
  path: string;
  sentence: string;
}

interface IssuedCitationRow {
  version_id: string;
  seq: number;
  document_id: string;
  law_id: string;
  cited_as: string;
  articles: string;
  block_id: string;
  path: string;
  sentence: string;
}

function fromRow(row: IssuedCitationRow): IssuedCitationRecord {
  return {
    versionId: row.version_id,
    seq: row.seq,
    documentId: row.document_id,
    lawId: row.law_id,
    citedAs: row.cited_as,
    articles: row.articles,
    blockId: row.block_id,
    path: row.path,
    sentence: row.sentence,
  };
}

/** Records a version as indexed with its citations (none is a valid answer), replacing an earlier pass. */
export function replaceVersionCitations(
  db: Db,
  index: { versionId: string; documentId: string; indexedAt: string },
  citations: readonly Omit<IssuedCitationRecord, 'versionId' | 'documentId'>[],
): void {
  db.prepare('DELETE FROM issued_citations WHERE version_id = ?').run(index.versionId);
  db.prepare(
    `INSERT INTO citation_index (version_id, document_id, indexed_at) VALUES (@versionId, @documentId, @indexedAt)
     ON CONFLICT (version_id) DO UPDATE SET indexed_at = excluded.indexed_at`,
  ).run(index);
  const insert = db.prepare(
    `INSERT INTO issued_citations (version_id, seq, document_id, law_id, cited_as, articles, block_id, path, sentence)
     VALUES (@versionId, @seq, @documentId, @lawId, @citedAs, @articles, @blockId, @path, @sentence)`,
  );
  for (const citation of citations)
    insert.run({ ...citation, versionId: index.versionId, documentId: index.documentId });
}

/** Issued versions (current issuances and replaced ones) not yet in the index. */
export function unindexedIssuedVersions(db: Db): { documentId: string; versionId: string }[] {
  return db
    .prepare(
      `SELECT document_id AS documentId, version_id AS versionId FROM (
         SELECT document_id, version_id FROM issuances
         UNION SELECT document_id, version_id FROM issuance_history)
       WHERE version_id NOT IN (SELECT version_id FROM citation_index)
       ORDER BY document_id, version_id`,
    )
    .all() as { documentId: string; versionId: string }[];
}

/** Forgets the whole index (a rebuild indexes every issued version again). */
export function clearCitationIndex(db: Db): void {
  db.prepare('DELETE FROM issued_citations').run();
  db.prepare('DELETE FROM citation_index').run();
}

/** The citations of a law in the current issued text of each document, in document and reading order. */
export function currentCitationsOfLaw(db: Db, lawId: string): IssuedCitationRecord[] {
  const rows = db
    .prepare(
      `SELECT c.* FROM issued_citations c
       JOIN issuances i ON i.document_id = c.document_id AND i.version_id = c.version_id
       WHERE c.law_id = ? ORDER BY c.document_id, c.seq`,
    )
    .all(lawId) as IssuedCitationRow[];
  return rows.map(fromRow);
}

/**
 * How many documents in force-relevant terms cite each changed law after their publication: the
 * documents whose current issued text cites a law with a change that took effect after it was published.
 */
export function documentsCitingLawChangedSince(db: Db): { documentId: string; lawChangeId: string }[] {
  return db
    .prepare(
      `SELECT DISTINCT c.document_id AS documentId, lc.id AS lawChangeId
       FROM law_changes lc
       JOIN issued_citations c ON c.law_id = lc.law_id
       JOIN issuances i ON i.document_id = c.document_id AND i.version_id = c.version_id
       WHERE lc.changed_on > i.published_on`,
    )
    .all() as { documentId: string; lawChangeId: string }[];
}
