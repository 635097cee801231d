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
  sourceAttachmentId?: string | null;
}

/** Appends a version with the next sequence number and keeps the document's version count. */
export function insertVersion(db: Db, version: NewVersion): number {
  const { next } = db
    .prepare('SELECT coalesce(max(seq), 0) + 1 AS next FROM document_versions WHERE document_id = ?')
    .get(version.documentId) as { next: number };
  db.prepare(
    `INSERT INTO document_versions (id, document_id, seq, label, note, content, plain_text, content_hash, created_at,
       created_by, source_attachment_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
    version.sourceAttachmentId ?? null,
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

export interface VersionContent {
  id: string;
  documentId: string;
  seq: number;
  contentJson: string;
  contentHash: string;
  sourceAttachmentId: string | null;
}

export function findVersionContent(db: Db, id: string): VersionContent | null {
  const row = db
    .prepare(
      `SELECT id, document_id, seq, content, content_hash, source_attachment_id FROM document_versions WHERE id = ?`,
    )
    .get(id) as
    | {
        id: string;
        document_id: string;
        seq: number;
        content: string;
        content_hash: string;
        source_attachment_id: string | null;
      }
    | undefined;
  return row
    ? {
        id: row.id,
        documentId: row.document_id,
        seq: row.seq,
        contentJson: row.content,
        contentHash: row.content_hash,
        sourceAttachmentId: row.source_attachment_id,
      }
    : null;
}

/** The newest version of a document, or null before the first one is saved. */
export function latestVersionId(db: Db, documentId: string): string | null {
  const row = db
    .prepare('SELECT id FROM document_versions WHERE document_id = ? ORDER BY seq DESC LIMIT 1')
    .get(documentId) as { id: string } | undefined;
  return row?.id ?? null;
}

export function findVersionSummary(db: Db, documentId: string, id: string): VersionSummary | null {
  return listVersionSummaries(db, documentId).find((version) => version.id === id) ?? null;
}
