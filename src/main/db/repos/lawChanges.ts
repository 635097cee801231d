import type { LawChangeKind } from '../../../shared/domain/cleanup/lawChanges';
import type { Db } from '../connection';

/** A law's change as this workstation learned it: an edit on the law-library page or an imported update. */
export interface LawChangeRecord {
  id: string;
  /** The library entry's id. */
  lawId: string;
  title: string;
  change: LawChangeKind;
  /** The day the change took effect. */
  changedOn: string;
  supersededBy: string | null;
  note: string;
  origin: 'edit' | 'import';
  recordedAt: string;
  recordedBy: string;
}

interface LawChangeRow {
  id: string;
  law_id: string;
  title: string;
  change: LawChangeKind;
  changed_on: string;
  superseded_by: string | null;
  note: string;
  origin: 'edit' | 'import';
  recorded_at: string;
  recorded_by: string;
}

function fromRow(row: LawChangeRow): LawChangeRecord {
  return {
    id: row.id,
    lawId: row.law_id,
    title: row.title,
    change: row.change,
    changedOn: row.changed_on,
    supersededBy: row.superseded_by,
    note: row.note,
    origin: row.origin,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
  };
}

export function insertLawChange(db: Db, record: LawChangeRecord): void {
  db.prepare(
    `INSERT INTO law_changes (id, law_id, title, change, changed_on, superseded_by, note, origin, recorded_at,
       recorded_by)
     VALUES (@id, @lawId, @title, @change, @changedOn, @supersededBy, @note, @origin, @recordedAt, @recordedBy)`,
  ).run(record);
}

export function findLawChange(db: Db, id: string): LawChangeRecord | null {
  const row = db.prepare('SELECT * FROM law_changes WHERE id = ?').get(id) as LawChangeRow | undefined;
  return row ? fromRow(row) : null;
}

/** Every recorded change, the latest recorded first. */
export function listLawChanges(db: Db): LawChangeRecord[] {
  const rows = db
    .prepare('SELECT * FROM law_changes ORDER BY recorded_at DESC, id DESC')
    .all() as LawChangeRow[];
  return rows.map(fromRow);
}
