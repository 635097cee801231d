import type { Db } from '../connection';

interface ComparisonNoteRow {
  unit_key: string;
  note: string;
}

function fromRow(row: ComparisonNoteRow): [unitKey: string, note: string] {
  return [row.unit_key, row.note];
}

/** 修改说明 of two versions, by the key of the unit each explains. */
export function listComparisonNotes(db: Db, oldVersionId: string, newVersionId: string): Map<string, string> {
  const rows = db
    .prepare('SELECT unit_key, note FROM comparison_notes WHERE old_version_id = ? AND new_version_id = ?')
    .all(oldVersionId, newVersionId) as ComparisonNoteRow[];
  return new Map(rows.map(fromRow));
}

export function saveCompareNote(
  db: Db,
  note: {
    documentId: string;
    oldVersionId: string;
    newVersionId: string;
    unitKey: string;
    note: string;
    at: string;
    by: string;
  },
): void {
  db.prepare(
    `INSERT INTO comparison_notes (document_id, old_version_id, new_version_id, unit_key, note, updated_at, updated_by)
     VALUES (@documentId, @oldVersionId, @newVersionId, @unitKey, @note, @at, @by)
     ON CONFLICT (old_version_id, new_version_id, unit_key)
     DO UPDATE SET note = excluded.note, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(note);
}
