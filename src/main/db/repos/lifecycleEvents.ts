import type { LifecycleEventType } from '../../../shared/domain/cleanup/lifecycle';
import type { Db } from '../connection';

/** A decision about an issued document (继续有效 / 修改 / 废止 / 宣布失效), written when a campaign is applied. */
export interface LifecycleEventRecord {
  id: string;
  documentId: string;
  /** The issuance the decision concerns. */
  docNumber: string;
  event: LifecycleEventType;
  decidedOn: string;
  reason: string;
  campaignId: string | null;
  recordedAt: string;
  recordedBy: string;
}

interface LifecycleEventRow {
  id: string;
  document_id: string;
  doc_number: string;
  event: LifecycleEventType;
  decided_on: string;
  reason: string;
  campaign_id: string | null;
  recorded_at: string;
  recorded_by: string;
}

function fromRow(row: LifecycleEventRow): LifecycleEventRecord {
  return {
    id: row.id,
    documentId: row.document_id,
    docNumber: row.doc_number,
    event: row.event,
    decidedOn: row.decided_on,
    reason: row.reason,
    campaignId: row.campaign_id,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
  };
}

export function insertLifecycleEvent(db: Db, record: LifecycleEventRecord): void {
  db.prepare(
    `INSERT INTO lifecycle_events (id, document_id, doc_number, event, decided_on, reason, campaign_id,
       recorded_at, recorded_by)
     VALUES (@id, @documentId, @docNumber, @event, @decidedOn, @reason, @campaignId, @recordedAt, @recordedBy)`,
  ).run(record);
}

/** A document's decisions, oldest first. */
export function listLifecycleEvents(db: Db, documentId: string): LifecycleEventRecord[] {
  const rows = db
    .prepare('SELECT * FROM lifecycle_events WHERE document_id = ? ORDER BY decided_on, recorded_at, id')
    .all(documentId) as LifecycleEventRow[];
  return rows.map(fromRow);
}

/** Every decision, grouped by document (few rows: one per document per applied campaign). */
export function lifecycleEventsByDocument(db: Db): Map<string, LifecycleEventRecord[]> {
  const rows = db
    .prepare('SELECT * FROM lifecycle_events ORDER BY decided_on, recorded_at, id')
    .all() as LifecycleEventRow[];
  const byDocument = new Map<string, LifecycleEventRecord[]>();
  for (const row of rows) {
    const record = fromRow(row);
    const list = byDocument.get(record.documentId);
    if (list) list.push(record);
    else byDocument.set(record.documentId, [record]);
  }
  return byDocument;
}
