import type { Db } from '../connection';

export function listComparisonNotes(
  db: Db,
  oldVersionId: string,
  newVersionId: string,
): Record<string, string> {
  const rows = db
    .prepare('SELECT unit_index, note FROM comparison_notes WHERE old_version_id = ? AND new_version_id = ?')
    .all(oldVersionId, newVersionId) as { unit_index: number; note: string }[];
  return Object.fromEntries(rows.map((row) => [String(row.unit_index), row.note]));
}

export function putComparisonNote(
  db: Db,
  note: {
    documentId: string;
    oldVersionId: string;
    newVersionId: string;
    unit: number;
    note: string;
    at: string;
    by: string;
  },
): void {
  db.prepare(
    `INSERT INTO comparison_notes (document_id, old_version_id, new_version_id, unit_index, note, updated_at, updated_by)
     VALUES (@documentId, @oldVersionId, @newVersionId, @unit, @note, @at, @by)
     ON CONFLICT (old_version_id, new_version_id, unit_index)
     DO UPDATE SET note = excluded.note, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(note);
}
