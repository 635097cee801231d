import type { Verdict } from '../../../shared/domain/checklist';
import type { Db } from '../connection';

/** The reviewer's verdict on one checklist element of a case. */
export interface ReviewItemRecord {
  elementId: string;
  verdict: Verdict;
  note: string;
  annotationIds: string[];
  updatedAt: string;
  updatedByName: string | null;
}

interface ReviewItemRow {
  element_id: string;
  verdict: Verdict;
  note: string;
  annotation_ids: string;
  updated_at: string;
  updated_by_name: string | null;
}

function fromRow(row: ReviewItemRow): ReviewItemRecord {
  return {
    elementId: row.element_id,
    verdict: row.verdict,
    note: row.note,
    annotationIds: JSON.parse(row.annotation_ids) as string[],
    updatedAt: row.updated_at,
    updatedByName: row.updated_by_name,
  };
}

/** A case's filled-in elements, by element id (elements never touched are absent). */
export function listReviewItems(db: Db, caseId: string): Map<string, ReviewItemRecord> {
  const rows = db
    .prepare(
      `SELECT i.element_id, i.verdict, i.note, i.annotation_ids, i.updated_at, u.display_name AS updated_by_name
       FROM review_items i LEFT JOIN users u ON u.id = i.updated_by WHERE i.case_id = ?`,
    )
    .all(caseId) as ReviewItemRow[];
  return new Map(rows.map((row) => [row.element_id, fromRow(row)]));
}

export function setReviewItem(
  db: Db,
  item: {
    caseId: string;
    elementId: string;
    verdict: Verdict;
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
