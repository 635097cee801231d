import type { Db } from '../connection';

/** The working draft of one part of a document (the text itself, or its 起草说明). */
export interface DraftRecord {
  documentId: string;
  part: string;
  contentJson: string;
  contentHash: string;
  baseVersionId: string | null;
  revision: number;
  updatedAt: string;
  updatedBy: string;
  updatedByName: string | null;
}

interface DraftRow {
  document_id: string;
  part: string;
  content: string;
  content_hash: string;
  base_version_id: string | null;
  revision: number;
  updated_at: string;
  updated_by: string;
  updated_by_name: string | null;
}

function fromRow(row: DraftRow): DraftRecord {
  return {
    documentId: row.document_id,
    part: row.part,
    contentJson: row.content,
    contentHash: row.content_hash,
    baseVersionId: row.base_version_id,
    revision: row.revision,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    updatedByName: row.updated_by_name,
  };
}

export function findDraft(db: Db, documentId: string, part: string): DraftRecord | null {
  const row = db
    .prepare(
      `SELECT d.*, u.display_name AS updated_by_name FROM drafts d LEFT JOIN users u ON u.id = d.updated_by
       WHERE d.document_id = ? AND d.part = ?`,
    )
    .get(documentId, part) as DraftRow | undefined;
  return row ? fromRow(row) : null;
}

/** Writes the draft as a whole; the caller has checked the revision it builds on. */
export function saveDraft(db: Db, draft: Omit<DraftRecord, 'updatedByName'>): void {
  db.prepare(
    `INSERT INTO drafts (document_id, part, content, content_hash, base_version_id, revision, updated_at, updated_by)
     VALUES (@documentId, @part, @contentJson, @contentHash, @baseVersionId, @revision, @updatedAt, @updatedBy)
     ON CONFLICT (document_id, part) DO UPDATE SET content = excluded.content, content_hash = excluded.content_hash,
       base_version_id = excluded.base_version_id, revision = excluded.revision, updated_at = excluded.updated_at,
       updated_by = excluded.updated_by`,
  ).run(draft);
}

/** Every saved draft part of a document (the text, its 起草说明 …). */
export function draftParts(db: Db, documentId: string): DraftRecord[] {
  const rows = db
    .prepare(
      `SELECT d.*, u.display_name AS updated_by_name FROM drafts d LEFT JOIN users u ON u.id = d.updated_by
       WHERE d.document_id = ? ORDER BY d.part`,
    )
    .all(documentId) as DraftRow[];
  return rows.map(fromRow);
}
