import type { AnchorStatus, TextSelector } from '../../../shared/api/schemas/annotations';
import type { Db } from '../connection';

export interface AnnotationRecord {
  id: string;
  documentId: string;
  originVersionId: string | null;
  originSelector: TextSelector;
  body: string;
  state: 'open' | 'resolved';
  createdAt: string;
  createdBy: string;
  createdByName: string;
  resolvedAt: string | null;
  resolvedByName: string | null;
}

interface AnnotationRow {
  id: string;
  document_id: string;
  origin_version_id: string | null;
  origin_selector: string;
  body: string;
  state: 'open' | 'resolved';
  created_at: string;
  created_by: string;
  created_by_name: string | null;
  resolved_at: string | null;
  resolved_by_name: string | null;
}

function fromRow(row: AnnotationRow): AnnotationRecord {
  return {
    id: row.id,
    documentId: row.document_id,
    originVersionId: row.origin_version_id,
    originSelector: JSON.parse(row.origin_selector) as TextSelector,
    body: row.body,
    state: row.state,
    createdAt: row.created_at,
    createdBy: row.created_by,
    createdByName: row.created_by_name ?? '',
    resolvedAt: row.resolved_at,
    resolvedByName: row.resolved_by_name,
  };
}

const SELECT = `SELECT a.*, c.display_name AS created_by_name, r.display_name AS resolved_by_name
  FROM annotations a LEFT JOIN users c ON c.id = a.created_by LEFT JOIN users r ON r.id = a.resolved_by`;

export function insertAnnotation(
  db: Db,
  annotation: {
    id: string;
    documentId: string;
    originVersionId: string | null;
    originSelector: TextSelector;
    body: string;
    createdAt: string;
    createdBy: string;
  },
): void {
  db.prepare(
    `INSERT INTO annotations (id, document_id, origin_version_id, origin_selector, body, state, created_at, created_by)
     VALUES (@id, @documentId, @originVersionId, @originSelector, @body, 'open', @createdAt, @createdBy)`,
  ).run({ ...annotation, originSelector: JSON.stringify(annotation.originSelector) });
}

export function findAnnotation(db: Db, id: string): AnnotationRecord | null {
  const row = db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as AnnotationRow | undefined;
  return row ? fromRow(row) : null;
}

export function listAnnotations(db: Db, documentId: string): AnnotationRecord[] {
  return (
    db
      .prepare(`${SELECT} WHERE a.document_id = ? ORDER BY a.created_at, a.rowid`)
      .all(documentId) as AnnotationRow[]
  ).map(fromRow);
}

export function setAnnotationState(
  db: Db,
  id: string,
  state: 'open' | 'resolved',
  at: string | null,
  by: string | null,
): void {
  const result = db
    .prepare('UPDATE annotations SET state = ?, resolved_at = ?, resolved_by = ? WHERE id = ?')
    .run(state, at, by, id);
  if (result.changes !== 1) throw new Error(`annotation ${id} not updated`);
}

export interface AnchorRecord {
  annotationId: string;
  versionId: string;
  selector: TextSelector | null;
  status: AnchorStatus;
}

export function insertAnchor(db: Db, anchor: AnchorRecord): void {
  db.prepare(
    `INSERT INTO annotation_anchors (annotation_id, version_id, selector, status) VALUES (?, ?, ?, ?)`,
  ).run(
    anchor.annotationId,
    anchor.versionId,
    anchor.selector ? JSON.stringify(anchor.selector) : null,
    anchor.status,
  );
}

/** Every anchor of a document's threads, keyed by annotation id, in version order. */
export function listAnchors(db: Db, documentId: string): Map<string, (AnchorRecord & { seq: number })[]> {
  const rows = db
    .prepare(
      `SELECT aa.annotation_id, aa.version_id, aa.selector, aa.status, v.seq
       FROM annotation_anchors aa JOIN annotations a ON a.id = aa.annotation_id
       JOIN document_versions v ON v.id = aa.version_id
       WHERE a.document_id = ? ORDER BY v.seq`,
    )
    .all(documentId) as {
    annotation_id: string;
    version_id: string;
    selector: string | null;
    status: AnchorStatus;
    seq: number;
  }[];
  const anchors = new Map<string, (AnchorRecord & { seq: number })[]>();
  for (const row of rows) {
    const list = anchors.get(row.annotation_id) ?? [];
    list.push({
      annotationId: row.annotation_id,
      versionId: row.version_id,
      selector: row.selector ? (JSON.parse(row.selector) as TextSelector) : null,
      status: row.status,
      seq: row.seq,
    });
    anchors.set(row.annotation_id, list);
  }
  return anchors;
}

export function insertReply(
  db: Db,
  reply: { id: string; annotationId: string; body: string; createdAt: string; createdBy: string },
): void {
  db.prepare(
    'INSERT INTO annotation_replies (id, annotation_id, body, created_at, created_by) VALUES (@id, @annotationId, @body, @createdAt, @createdBy)',
  ).run(reply);
}

export function listReplies(
  db: Db,
  documentId: string,
): Map<string, { id: string; body: string; createdAt: string; createdBy: string; createdByName: string }[]> {
  const rows = db
    .prepare(
      `SELECT r.id, r.annotation_id, r.body, r.created_at, r.created_by, u.display_name AS created_by_name
       FROM annotation_replies r JOIN annotations a ON a.id = r.annotation_id LEFT JOIN users u ON u.id = r.created_by
       WHERE a.document_id = ? ORDER BY r.created_at, r.rowid`,
    )
    .all(documentId) as {
    id: string;
    annotation_id: string;
    body: string;
    created_at: string;
    created_by: string;
    created_by_name: string | null;
  }[];
  const replies = new Map<
    string,
    { id: string; body: string; createdAt: string; createdBy: string; createdByName: string }[]
  >();
  for (const row of rows) {
    const list = replies.get(row.annotation_id) ?? [];
    list.push({
      id: row.id,
      body: row.body,
      createdAt: row.created_at,
      createdBy: row.created_by,
      createdByName: row.created_by_name ?? '',
    });
    replies.set(row.annotation_id, list);
  }
  return replies;
}
