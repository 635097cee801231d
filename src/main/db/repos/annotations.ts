import type { TextSelector } from '../../../shared/api/schemas/annotations';
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
