import type { AttachmentSummary } from '../../../shared/api/schemas/drafting';
import type { MaterialKind } from '../../../shared/domain/materials';
import type { Db } from '../connection';

interface AttachmentRow {
  id: string;
  document_id: string;
  material_kind: string;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  note: string;
  created_at: string;
  created_by_name: string | null;
  withdrawn_at: string | null;
}

function fromRow(row: AttachmentRow): AttachmentSummary {
  return {
    id: row.id,
    documentId: row.document_id,
    materialKind: row.material_kind as MaterialKind,
    fileName: row.file_name,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    note: row.note,
    createdAt: row.created_at,
    createdByName: row.created_by_name ?? '',
    withdrawnAt: row.withdrawn_at,
  };
}

const SUMMARY_COLUMNS = `a.id, a.document_id, a.material_kind, a.file_name, a.media_type, a.size, a.sha256, a.note,
  a.created_at, u.display_name AS created_by_name, a.withdrawn_at`;

export function insertAttachment(
  db: Db,
  attachment: {
    id: string;
    documentId: string;
    materialKind: MaterialKind;
    fileName: string;
    mediaType: string;
    sha256: string;
    content: Buffer;
    note: string;
    createdAt: string;
    createdBy: string;
  },
): void {
  db.prepare(
    `INSERT INTO attachments (id, document_id, material_kind, file_name, media_type, size, sha256, content, note,
       created_at, created_by)
     VALUES (@id, @documentId, @materialKind, @fileName, @mediaType, @size, @sha256, @content, @note, @createdAt, @createdBy)`,
  ).run({ ...attachment, size: attachment.content.length });
}

export function listAttachments(db: Db, documentId: string): AttachmentSummary[] {
  const rows = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM attachments a LEFT JOIN users u ON u.id = a.created_by
       WHERE a.document_id = ? ORDER BY a.created_at, a.rowid`,
    )
    .all(documentId) as AttachmentRow[];
  return rows.map(fromRow);
}

export function findAttachment(db: Db, id: string): AttachmentSummary | null {
  const row = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM attachments a LEFT JOIN users u ON u.id = a.created_by WHERE a.id = ?`,
    )
    .get(id) as AttachmentRow | undefined;
  return row ? fromRow(row) : null;
}

export function readAttachmentContent(db: Db, id: string): Buffer | null {
  const row = db.prepare('SELECT content FROM attachments WHERE id = ?').get(id) as
    { content: Buffer } | undefined;
  return row?.content ?? null;
}

/** Materials are part of the record: a wrong one is withdrawn, never deleted. */
export function withdrawMaterial(db: Db, id: string, at: string, by: string): void {
  const result = db
    .prepare(
      'UPDATE attachments SET withdrawn_at = ?, withdrawn_by = ? WHERE id = ? AND withdrawn_at IS NULL',
    )
    .run(at, by, id);
  if (result.changes !== 1) throw new Error(`attachment ${id} not withdrawn`);
}
