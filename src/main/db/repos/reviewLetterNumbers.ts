import type { Db } from '../connection';

/** 审核意见书文号: one per review case, kept for good (the table refuses updates and deletes). */
export interface ReviewLetterNumberRecord {
  caseId: string;
  number: string;
  /** The template with its text fields filled: 某统法审〔{year}〕{seq}号. */
  scope: string;
  year: number;
  seq: number;
  assignedAt: string;
  assignedBy: string;
}

interface ReviewLetterNumberRow {
  case_id: string;
  number: string;
  scope: string;
  year: number;
  seq: number;
  assigned_at: string;
  assigned_by: string;
}

function fromRow(row: ReviewLetterNumberRow): ReviewLetterNumberRecord {
  return {
    caseId: row.case_id,
    number: row.number,
    scope: row.scope,
    year: row.year,
    seq: row.seq,
    assignedAt: row.assigned_at,
    assignedBy: row.assigned_by,
  };
}

export function findReviewLetterNumber(db: Db, caseId: string): ReviewLetterNumberRecord | null {
  const row = db.prepare('SELECT * FROM review_letter_numbers WHERE case_id = ?').get(caseId) as
    ReviewLetterNumberRow | undefined;
  return row ? fromRow(row) : null;
}

/** The highest 顺序号 given in the series and year (0 before the first). */
export function lastReviewLetterSeq(db: Db, scope: string, year: number): number {
  const row = db
    .prepare('SELECT max(seq) AS last FROM review_letter_numbers WHERE scope = ? AND year = ?')
    .get(scope, year) as { last: number | null };
  return row.last ?? 0;
}

/** Keeps the number; the primary key and UNIQUE (scope, year, seq) refuse a second one. */
export function assignReviewLetterNumber(db: Db, record: ReviewLetterNumberRecord): void {
  db.prepare(
    `INSERT INTO review_letter_numbers (case_id, number, scope, year, seq, assigned_at, assigned_by)
     VALUES (@caseId, @number, @scope, @year, @seq, @assignedAt, @assignedBy)`,
  ).run(record);
}
