import type { Db } from '../connection';

export interface ReplyRecord {
  id: string;
  body: string;
  createdAt: string;
  createdBy: string;
  createdByName: string;
}

interface ReplyRow {
  id: string;
  annotation_id: string;
  body: string;
  created_at: string;
  created_by: string;
  created_by_name: string | null;
}

function fromRow(row: ReplyRow): ReplyRecord {
  return {
    id: row.id,
    body: row.body,
    createdAt: row.created_at,
    createdBy: row.created_by,
    createdByName: row.created_by_name ?? '',
  };
}

export function insertReply(
  db: Db,
  reply: { id: string; annotationId: string; body: string; createdAt: string; createdBy: string },
): void {
  db.prepare(
    'INSERT INTO annotation_replies (id, annotation_id, body, created_at, created_by) VALUES (@id, @annotationId, @body, @createdAt, @createdBy)',
  ).run(reply);
}

/** Every reply of a document's threads, keyed by annotation id, oldest first. */
export function listReplies(db: Db, documentId: string): Map<string, ReplyRecord[]> {
  const rows = db
    .prepare(
      `SELECT r.id, r.annotation_id, r.body, r.created_at, r.created_by, u.display_name AS created_by_name
       FROM annotation_replies r JOIN annotations a ON a.id = r.annotation_id LEFT JOIN users u ON u.id = r.created_by
       WHERE a.document_id = ? ORDER BY r.created_at, r.rowid`,
    )
    .all(documentId) as ReplyRow[];
  const replies = new Map<string, ReplyRecord[]>();
  for (const row of rows) {
    const list = replies.get(row.annotation_id) ?? [];
    list.push(fromRow(row));
    replies.set(row.annotation_id, list);
  }
  return replies;
}
