import type { DeliberationDecision } from '../../../shared/domain/workflow/events';
import type { DeliberationMaterialCheck } from '../../../shared/domain/workflow/types';
import type { Db } from '../connection';

/** A collective deliberation (集体审议) on the exact version put to the meeting. */
export interface DeliberationRecord {
  id: string;
  documentId: string;
  versionId: string;
  meetingType: string;
  meetingName: string;
  heldOn: string;
  attendees: string[];
  decision: DeliberationDecision;
  dissent: string;
  minutesAttachmentId: string | null;
  /** The materials before the meeting as checked (重大行政决策 第二十九条): label and whether present. */
  materials: DeliberationMaterialCheck[];
  recordedAt: string;
  recordedBy: string;
}

interface DeliberationRow {
  id: string;
  document_id: string;
  version_id: string;
  meeting_type: string;
  meeting_name: string;
  held_on: string;
  attendees: string;
  decision: DeliberationDecision;
  dissent: string;
  minutes_attachment_id: string | null;
  materials: string;
  recorded_at: string;
  recorded_by: string;
}

function fromRow(row: DeliberationRow): DeliberationRecord {
  return {
    id: row.id,
    documentId: row.document_id,
    versionId: row.version_id,
    meetingType: row.meeting_type,
    meetingName: row.meeting_name,
    heldOn: row.held_on,
    attendees: JSON.parse(row.attendees) as string[],
    decision: row.decision,
    dissent: row.dissent,
    minutesAttachmentId: row.minutes_attachment_id,
    materials: JSON.parse(row.materials) as DeliberationRecord['materials'],
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
  };
}

export function insertDeliberation(db: Db, record: DeliberationRecord): void {
  db.prepare(
    `INSERT INTO deliberations (id, document_id, version_id, meeting_type, meeting_name, held_on, attendees, decision,
       dissent, minutes_attachment_id, materials, recorded_at, recorded_by)
     VALUES (@id, @documentId, @versionId, @meetingType, @meetingName, @heldOn, @attendees, @decision,
       @dissent, @minutesAttachmentId, @materials, @recordedAt, @recordedBy)`,
  ).run({
    ...record,
    attendees: JSON.stringify(record.attendees),
    materials: JSON.stringify(record.materials),
  });
}

/** Every deliberation of the document, oldest first (a 暂缓 meeting may be followed by another). */
export function listDeliberations(db: Db, documentId: string): DeliberationRecord[] {
  return (
    db
      .prepare('SELECT * FROM deliberations WHERE document_id = ? ORDER BY held_on, recorded_at, rowid')
      .all(documentId) as DeliberationRow[]
  ).map(fromRow);
}

export function latestDeliberation(db: Db, documentId: string): DeliberationRecord | null {
  const row = db
    .prepare(
      'SELECT * FROM deliberations WHERE document_id = ? ORDER BY held_on DESC, recorded_at DESC, rowid DESC LIMIT 1',
    )
    .get(documentId) as DeliberationRow | undefined;
  return row ? fromRow(row) : null;
}
