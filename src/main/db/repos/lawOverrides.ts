import type { LawEntry } from '../../../shared/domain/laws/types';
import type { Db } from '../connection';

/** This workstation's edit of one law's status in the shipped library (修改、废止), keyed by title. */
export interface LawOverrideRecord {
  title: string;
  status: LawEntry['status'];
  supersededBy: string | null;
  note: string;
}

interface LawOverrideRow {
  title: string;
  status: LawEntry['status'];
  superseded_by: string | null;
  note: string;
}

function fromRow(row: LawOverrideRow): LawOverrideRecord {
  return { title: row.title, status: row.status, supersededBy: row.superseded_by, note: row.note };
}

/** Every edited law, by title. */
export function listLawOverrides(db: Db): Map<string, LawOverrideRecord> {
  const rows = db
    .prepare('SELECT title, status, superseded_by, note FROM law_overrides')
    .all() as LawOverrideRow[];
  return new Map(rows.map((row) => [row.title, fromRow(row)]));
}

export function setLawStatus(db: Db, override: LawOverrideRecord & { at: string; by: string }): void {
  db.prepare(
    `INSERT INTO law_overrides (title, status, superseded_by, note, updated_at, updated_by)
     VALUES (@title, @status, @supersededBy, @note, @at, @by)
     ON CONFLICT (title) DO UPDATE SET status = excluded.status, superseded_by = excluded.superseded_by,
       note = excluded.note, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(override);
}
