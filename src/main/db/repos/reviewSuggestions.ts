import type { Db } from '../connection';

/** A clause-level 修改建议 of a case, numbered in the order it was added. */
export interface SuggestionRecord {
  id: string;
  caseId: string;
  seq: number;
  blockId: string | null;
  label: string;
  original: string;
  suggestion: string;
  createdAt: string;
  createdByName: string;
}

interface SuggestionRow {
  id: string;
  case_id: string;
  seq: number;
  block_id: string | null;
  label: string;
  original: string;
  suggestion: string;
  created_at: string;
  created_by_name: string | null;
}

function fromRow(row: SuggestionRow): SuggestionRecord {
  return {
    id: row.id,
    caseId: row.case_id,
    seq: row.seq,
    blockId: row.block_id,
    label: row.label,
    original: row.original,
    suggestion: row.suggestion,
    createdAt: row.created_at,
    createdByName: row.created_by_name ?? '',
  };
}

const SELECT = `SELECT s.id, s.case_id, s.seq, s.block_id, s.label, s.original, s.suggestion, s.created_at,
    u.display_name AS created_by_name
  FROM review_suggestions s LEFT JOIN users u ON u.id = s.created_by`;

/** The suggestions of a case that were not removed, in order. */
export function listSuggestions(db: Db, caseId: string): SuggestionRecord[] {
  return (
    db
      .prepare(`${SELECT} WHERE s.case_id = ? AND s.removed_at IS NULL ORDER BY s.seq`)
      .all(caseId) as SuggestionRow[]
  ).map(fromRow);
}

export function findSuggestion(db: Db, id: string): SuggestionRecord | null {
  const row = db.prepare(`${SELECT} WHERE s.id = ? AND s.removed_at IS NULL`).get(id) as
    SuggestionRow | undefined;
  return row ? fromRow(row) : null;
}

export function addSuggestion(
  db: Db,
  suggestion: {
    id: string;
    caseId: string;
    blockId: string | null;
    label: string;
    original: string;
    suggestion: string;
    at: string;
    by: string;
  },
): void {
  const { next } = db
    .prepare('SELECT coalesce(max(seq), 0) + 1 AS next FROM review_suggestions WHERE case_id = ?')
    .get(suggestion.caseId) as { next: number };
  db.prepare(
    `INSERT INTO review_suggestions (id, case_id, seq, block_id, label, original, suggestion, created_at, created_by)
     VALUES (@id, @caseId, @seq, @blockId, @label, @original, @suggestion, @at, @by)`,
  ).run({ ...suggestion, seq: next });
}

/** A removed suggestion stays in the table with the time it was removed. */
export function removeSuggestion(db: Db, id: string, at: string): void {
  const result = db
    .prepare('UPDATE review_suggestions SET removed_at = ? WHERE id = ? AND removed_at IS NULL')
    .run(at, id);
  if (result.changes !== 1) throw new Error(`suggestion ${id} not removed`);
}
