import type { Db } from '../connection';

export interface ReviewItemRow {
  element_id: string;
  verdict: 'conforming' | 'nonconforming' | 'not_applicable' | 'pending';
  note: string;
  annotation_ids: string;
  updated_at: string;
  updated_by_name: string | null;
}

export function listReviewItems(db: Db, caseId: string): Map<string, ReviewItemRow> {
  const rows = db
    .prepare(
      `SELECT i.element_id, i.verdict, i.note, i.annotation_ids, i.updated_at, u.display_name AS updated_by_name
       FROM review_items i LEFT JOIN users u ON u.id = i.updated_by WHERE i.case_id = ?`,
    )
    .all(caseId) as ReviewItemRow[];
  return new Map(rows.map((row) => [row.element_id, row]));
}

export function putReviewItem(
  db: Db,
  item: {
    caseId: string;
    elementId: string;
    verdict: string;
    note: string;
    annotationIds: string[];
    at: string;
    by: string;
  },
): void {
  db.prepare(
    `INSERT INTO review_items (case_id, element_id, verdict, note, annotation_ids, updated_at, updated_by)
     VALUES (@caseId, @elementId, @verdict, @note, @annotationIds, @at, @by)
     ON CONFLICT (case_id, element_id) DO UPDATE SET verdict = excluded.verdict, note = excluded.note,
       annotation_ids = excluded.annotation_ids, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run({ ...item, annotationIds: JSON.stringify(item.annotationIds) });
}

export interface FindingRow {
  id: string;
  case_id: string;
  rule_id: string;
  severity: 'error' | 'warning' | 'info';
  element_id: string;
  block_id: string | null;
  label: string;
  excerpt: string;
  message: string;
  basis: string;
  state: 'suggested' | 'accepted' | 'dismissed';
  reason: string;
  decided_at: string | null;
  decided_by_name: string | null;
}

export function listFindings(db: Db, caseId: string): FindingRow[] {
  return db
    .prepare(
      `SELECT f.*, u.display_name AS decided_by_name FROM review_findings f LEFT JOIN users u ON u.id = f.decided_by
       WHERE f.case_id = ? ORDER BY f.rowid`,
    )
    .all(caseId) as FindingRow[];
}

export function findFinding(db: Db, id: string): FindingRow | null {
  return (
    (db
      .prepare(
        `SELECT f.*, u.display_name AS decided_by_name FROM review_findings f LEFT JOIN users u ON u.id = f.decided_by
         WHERE f.id = ?`,
      )
      .get(id) as FindingRow | undefined) ?? null
  );
}

export function insertFinding(
  db: Db,
  finding: Omit<FindingRow, 'decided_at' | 'decided_by_name' | 'reason' | 'state'>,
): void {
  db.prepare(
    `INSERT INTO review_findings (id, case_id, rule_id, severity, element_id, block_id, label, excerpt, message, basis, state)
     VALUES (@id, @case_id, @rule_id, @severity, @element_id, @block_id, @label, @excerpt, @message, @basis, 'suggested')`,
  ).run(finding);
}

/** Findings not yet decided are replaced when the pre-check runs again; decided ones stay on record. */
export function deleteUndecidedFindings(db: Db, caseId: string): void {
  db.prepare("DELETE FROM review_findings WHERE case_id = ? AND state = 'suggested'").run(caseId);
}

export function decideFinding(
  db: Db,
  id: string,
  state: 'accepted' | 'dismissed',
  reason: string,
  at: string,
  by: string,
): void {
  const result = db
    .prepare(
      "UPDATE review_findings SET state = ?, reason = ?, decided_at = ?, decided_by = ? WHERE id = ? AND state = 'suggested'",
    )
    .run(state, reason, at, by, id);
  if (result.changes !== 1) throw new Error(`finding ${id} not decided`);
}

export interface SuggestionRow {
  id: string;
  seq: number;
  block_id: string | null;
  label: string;
  original: string;
  suggestion: string;
  created_at: string;
  created_by_name: string | null;
}

export function listSuggestions(db: Db, caseId: string): SuggestionRow[] {
  return db
    .prepare(
      `SELECT s.id, s.seq, s.block_id, s.label, s.original, s.suggestion, s.created_at, u.display_name AS created_by_name
       FROM review_suggestions s LEFT JOIN users u ON u.id = s.created_by
       WHERE s.case_id = ? AND s.removed_at IS NULL ORDER BY s.seq`,
    )
    .all(caseId) as SuggestionRow[];
}

export function insertSuggestion(
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

export function suggestionCase(db: Db, id: string): string | null {
  const row = db
    .prepare('SELECT case_id FROM review_suggestions WHERE id = ? AND removed_at IS NULL')
    .get(id) as { case_id: string } | undefined;
  return row?.case_id ?? null;
}

export function removeSuggestion(db: Db, id: string, at: string): void {
  db.prepare('UPDATE review_suggestions SET removed_at = ? WHERE id = ?').run(at, id);
}
