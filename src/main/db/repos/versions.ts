import type { VersionSummary } from '../../../shared/api';
import type { Db } from '../connection';

/** An immutable version without its text (read that with readVersionContent). */
export interface VersionRecord extends VersionSummary {
  documentId: string;
  /** The imported Word original this version was made from, if any. */
  sourceAttachmentId: string | null;
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
  sourceAttachmentId: string | null;
}

interface VersionRow {
  id: string;
  document_id: string;
  seq: number;
  label: string;
  note: string;
  content_hash: string;
  char_count: number;
  created_at: string;
  created_by: string;
  created_by_name: string | null;
  source_attachment_id: string | null;
}

function fromRow(row: VersionRow): VersionRecord {
  return {
    id: row.id,
    documentId: row.document_id,
    seq: row.seq,
    label: row.label,
    note: row.note,
    contentHash: row.content_hash,
    charCount: row.char_count,
    createdAt: row.created_at,
    createdBy: row.created_by,
    createdByName: row.created_by_name ?? '',
    sourceAttachmentId: row.source_attachment_id,
  };
}

const SELECT = `SELECT v.id, v.document_id, v.seq, v.label, v.note, v.content_hash, length(v.plain_text) AS char_count,
    v.created_at, v.created_by, u.display_name AS created_by_name, v.source_attachment_id
  FROM document_versions v LEFT JOIN users u ON u.id = v.created_by`;

/** Appends a version with the next sequence number and keeps the document's version count. */
export function insertVersion(db: Db, version: NewVersion): number {
  const { next } = db
    .prepare('SELECT coalesce(max(seq), 0) + 1 AS next FROM document_versions WHERE document_id = ?')
    .get(version.documentId) as { next: number };
  db.prepare(
    `INSERT INTO document_versions (id, document_id, seq, label, note, content, plain_text, content_hash, created_at,
       created_by, source_attachment_id)
     VALUES (@id, @documentId, @seq, @label, @note, @contentJson, @plainText, @contentHash, @createdAt,
       @createdBy, @sourceAttachmentId)`,
  ).run({ ...version, seq: next });
  const counted = db
    .prepare('UPDATE documents SET version_count = ?, updated_at = ? WHERE id = ?')
    .run(next, version.createdAt, version.documentId);
  if (counted.changes !== 1) throw new Error(`document ${version.documentId} not updated`);
  return next;
}

/** A document's versions, newest first. */
export function listVersions(db: Db, documentId: string): VersionRecord[] {
  return (
    db.prepare(`${SELECT} WHERE v.document_id = ? ORDER BY v.seq DESC`).all(documentId) as VersionRow[]
  ).map(fromRow);
}

export function findVersion(db: Db, id: string): VersionRecord | null {
  const row = db.prepare(`${SELECT} WHERE v.id = ?`).get(id) as VersionRow | undefined;
  return row ? fromRow(row) : null;
}

/** The version's blocks as stored (canonical JSON), or null when there is no such version. */
export function readVersionContent(db: Db, id: string): string | null {
  const row = db.prepare('SELECT content FROM document_versions WHERE id = ?').get(id) as
    { content: string } | undefined;
  return row?.content ?? null;
}

/** The newest version of a document, or null before the first one is saved. */
export function latestVersionId(db: Db, documentId: string): string | null {
  const row = db
    .prepare('SELECT id FROM document_versions WHERE document_id = ? ORDER BY seq DESC LIMIT 1')
    .get(documentId) as { id: string } | undefined;
  return row?.id ?? null;
}
