import type { DocumentEvent } from '../../../shared/api';
import type { IsoDate } from '../../../shared/domain/calendar/isoDate';
import type { Db } from '../connection';

interface EventRow {
  id: string;
  kind: string;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  detail: string;
}

function fromRow(row: EventRow): DocumentEvent {
  return {
    id: row.id,
    kind: row.kind,
    at: row.at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
  };
}

export function insertEvent(
  db: Db,
  event: { id: string; documentId: string; kind: string; at: string; actorId: string | null; detail: object },
): void {
  db.prepare(
    'INSERT INTO events (id, document_id, kind, at, actor_id, detail) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(event.id, event.documentId, event.kind, event.at, event.actorId, JSON.stringify(event.detail));
}

/** The document's timeline, oldest first. */
export function listEvents(db: Db, documentId: string): DocumentEvent[] {
  const rows = db
    .prepare(
      `SELECT e.id, e.kind, e.at, e.actor_id, u.display_name AS actor_name, e.detail
       FROM events e LEFT JOIN users u ON u.id = e.actor_id
       WHERE e.document_id = ? ORDER BY e.at, e.rowid`,
    )
    .all(documentId) as EventRow[];
  return rows.map(fromRow);
}

/** The day the document was last submitted for review (the SUBMIT step of its workflow), if ever. */
export function lastSubmittedOn(db: Db, documentId: string): IsoDate | null {
  const row = db
    .prepare(
      `SELECT json_extract(detail, '$.on') AS on_date FROM events
       WHERE document_id = ? AND json_extract(detail, '$.event') = 'SUBMIT' ORDER BY at DESC, rowid DESC LIMIT 1`,
    )
    .get(documentId) as { on_date: string | null } | undefined;
  return row?.on_date ?? null;
}
