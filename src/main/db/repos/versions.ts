import type { VersionSummary } from '../../../shared/api';
import type { Db } from '../connection';

interface VersionSummaryRow {
  id: string;
  seq: number;
  label: string;
  note: string;
  content_hash: string;
  char_count: number;
  created_at: string;
  created_by: string;
  created_by_name: string | null;
}

export interface NewVersion {
  id: string;
  documentId: string;
  label: string;
  note: string;
  contentJson: string;
  plainText: string;
  contentHash: string;
  createdAt: string;
  createdBy: string;
}

/** Appends a version with the next sequence number and keeps the document's version count. */
export function insertVersion(db: Db, version: NewVersion): number {
  const { next } = db
    .prepare('SELECT coalesce(max(seq), 0) + 1 AS next FROM document_versions WHERE document_id = ?')
    .get(version.documentId) as { next: number };
  db.prepare(
    `INSERT INTO document_versions (id, document_id, seq, label, note, content, plain_text, content_hash, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    version.id,
    version.documentId,
    next,
    version.label,
    version.note,
    version.contentJson,
    version.plainText,
    version.contentHash,
    version.createdAt,
    version.createdBy,
  );
  db.prepare('UPDATE documents SET version_count = ?, updated_at = ? WHERE id = ?').run(
    next,
    version.createdAt,
    version.documentId,
  );
  return next;
}

export function listVersionSummaries(db: Db, documentId: string): VersionSummary[] {
  const rows = db
    .prepare(
      `SELECT v.id, v.seq, v.label, v.note, v.content_hash, length(v.plain_text) AS char_count, v.created_at,
              v.created_by, u.display_name AS created_by_name
       FROM document_versions v LEFT JOIN users u ON u.id = v.created_by
       WHERE v.document_id = ? ORDER BY v.seq DESC`,
    )
    .all(documentId) as VersionSummaryRow[];
  return rows.map((row) => ({
    id: row.id,
    seq: row.seq,
    label: row.label,
    note: row.note,
    contentHash: row.content_hash,
    charCount: row.char_count,
    createdAt: row.created_at,
    createdBy: row.created_by,
    createdByName: row.created_by_name ?? '',
  }));
}
