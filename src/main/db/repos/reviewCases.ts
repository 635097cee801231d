import type { Db } from '../connection';

export interface ReviewCaseRow {
  id: string;
  document_id: string;
  version_id: string;
  round: number;
  state: 'open' | 'concluded';
  received_on: string;
  materials_complete_on: string;
  earliest_conclusion_on: string;
  due_on: string;
  due_warnings: string;
  reviewer_id: string;
  profile_id: string;
  conclusion: string | null;
  conclusion_label: string | null;
  opinion: string;
  concluded_on: string | null;
  concluded_by: string | null;
  created_at: string;
  created_by: string;
  document_title: string;
  kind: string;
  drafting_unit: string;
  version_label: string;
  reviewer_name: string | null;
}

const SELECT = `SELECT c.*, d.title AS document_title, d.kind, d.drafting_unit, v.label AS version_label,
    u.display_name AS reviewer_name
  FROM review_cases c JOIN documents d ON d.id = c.document_id JOIN document_versions v ON v.id = c.version_id
  LEFT JOIN users u ON u.id = c.reviewer_id`;

export function insertReviewCase(
  db: Db,
  row: Omit<
    ReviewCaseRow,
    'document_title' | 'kind' | 'drafting_unit' | 'version_label' | 'reviewer_name' | 'round'
  >,
): void {
  const { next } = db
    .prepare('SELECT coalesce(max(round), 0) + 1 AS next FROM review_cases WHERE document_id = ?')
    .get(row.document_id) as { next: number };
  db.prepare(
    `INSERT INTO review_cases (id, document_id, version_id, round, state, received_on, materials_complete_on,
       earliest_conclusion_on, due_on, due_warnings, reviewer_id, profile_id, conclusion, conclusion_label, opinion,
       concluded_on, concluded_by, created_at, created_by)
     VALUES (@id, @document_id, @version_id, @round, @state, @received_on, @materials_complete_on,
       @earliest_conclusion_on, @due_on, @due_warnings, @reviewer_id, @profile_id, @conclusion, @conclusion_label,
       @opinion, @concluded_on, @concluded_by, @created_at, @created_by)`,
  ).run({ ...row, round: next });
}

export function findReviewCase(db: Db, id: string): ReviewCaseRow | null {
  return (db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as ReviewCaseRow | undefined) ?? null;
}

export function openCaseOf(db: Db, documentId: string): ReviewCaseRow | null {
  return (
    (db
      .prepare(`${SELECT} WHERE c.document_id = ? AND c.state = 'open' ORDER BY c.round DESC LIMIT 1`)
      .get(documentId) as ReviewCaseRow | undefined) ?? null
  );
}

export function listReviewCases(
  db: Db,
  filter: { reviewerId?: string | undefined; state?: string | undefined; documentId?: string | undefined },
): ReviewCaseRow[] {
  const where: string[] = [];
  if (filter.reviewerId) where.push('c.reviewer_id = @reviewerId');
  if (filter.state) where.push('c.state = @state');
  if (filter.documentId) where.push('c.document_id = @documentId');
  const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.state, c.due_on, c.created_at`;
  return db.prepare(sql).all(filter) as ReviewCaseRow[];
}

export function concludeReviewCase(
  db: Db,
  id: string,
  conclusion: { code: string; label: string; on: string; by: string },
): void {
  const result = db
    .prepare(
      `UPDATE review_cases SET state = 'concluded', conclusion = ?, conclusion_label = ?, concluded_on = ?, concluded_by = ?
       WHERE id = ? AND state = 'open'`,
    )
    .run(conclusion.code, conclusion.label, conclusion.on, conclusion.by, id);
  if (result.changes !== 1) throw new Error(`review case ${id} not concluded`);
}

export function setCaseOpinion(db: Db, id: string, opinion: string): void {
  db.prepare('UPDATE review_cases SET opinion = ? WHERE id = ?').run(opinion, id);
}
