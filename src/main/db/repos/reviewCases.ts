import type { ReviewCaseSummary } from '../../../shared/api/schemas/review';
import type { IsoDate } from '../../../shared/domain/calendar/isoDate';
import type { DocumentKind } from '../../../shared/domain/documentKinds';
import type { ReviewConclusion } from '../../../shared/domain/ruleCodes';
import type { Db } from '../connection';

/** A review case with what the case lists show of its document, version and reviewer. */
export interface ReviewCaseRecord {
  id: string;
  documentId: string;
  versionId: string;
  round: number;
  state: 'open' | 'concluded';
  receivedOn: IsoDate;
  materialsCompleteOn: IsoDate;
  earliestConclusionOn: IsoDate;
  /** 期望答复日期 given at 送审, the earliest day the minimum period allows, and the warning given. */
  requestedAnswerOn: IsoDate | null;
  earliestAnswerOn: IsoDate | null;
  submissionWarning: string | null;
  dueOn: IsoDate;
  dueWarnings: ReviewCaseSummary['dueWarnings'];
  reviewerId: string;
  profileId: string;
  conclusion: ReviewConclusion | null;
  conclusionLabel: string | null;
  opinion: string;
  concludedOn: IsoDate | null;
  concludedBy: string | null;
  createdAt: string;
  createdBy: string;
  documentTitle: string;
  kind: DocumentKind;
  draftingUnit: string;
  versionLabel: string;
  reviewerName: string;
}

export type NewReviewCase = Omit<
  ReviewCaseRecord,
  | 'round'
  | 'state'
  | 'conclusion'
  | 'conclusionLabel'
  | 'opinion'
  | 'concludedOn'
  | 'concludedBy'
  | 'documentTitle'
  | 'kind'
  | 'draftingUnit'
  | 'versionLabel'
  | 'reviewerName'
>;

interface ReviewCaseRow {
  id: string;
  document_id: string;
  version_id: string;
  round: number;
  state: 'open' | 'concluded';
  received_on: string;
  materials_complete_on: string;
  earliest_conclusion_on: string;
  requested_answer_on: string | null;
  earliest_answer_on: string | null;
  submission_warning: string | null;
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

function fromRow(row: ReviewCaseRow): ReviewCaseRecord {
  return {
    id: row.id,
    documentId: row.document_id,
    versionId: row.version_id,
    round: row.round,
    state: row.state,
    receivedOn: row.received_on,
    materialsCompleteOn: row.materials_complete_on,
    earliestConclusionOn: row.earliest_conclusion_on,
    requestedAnswerOn: row.requested_answer_on,
    earliestAnswerOn: row.earliest_answer_on,
    submissionWarning: row.submission_warning,
    dueOn: row.due_on,
    dueWarnings: JSON.parse(row.due_warnings) as ReviewCaseRecord['dueWarnings'],
    reviewerId: row.reviewer_id,
    profileId: row.profile_id,
    conclusion: row.conclusion as ReviewConclusion | null,
    conclusionLabel: row.conclusion_label,
    opinion: row.opinion,
    concludedOn: row.concluded_on,
    concludedBy: row.concluded_by,
    createdAt: row.created_at,
    createdBy: row.created_by,
    documentTitle: row.document_title,
    kind: row.kind as DocumentKind,
    draftingUnit: row.drafting_unit,
    versionLabel: row.version_label,
    reviewerName: row.reviewer_name ?? '',
  };
}

const SELECT = `SELECT c.*, d.title AS document_title, d.kind, d.drafting_unit, v.label AS version_label,
    u.display_name AS reviewer_name
  FROM review_cases c JOIN documents d ON d.id = c.document_id JOIN document_versions v ON v.id = c.version_id
  LEFT JOIN users u ON u.id = c.reviewer_id`;

/** Opens a case as the document's next review round. */
export function insertReviewCase(db: Db, reviewCase: NewReviewCase): void {
  const { next } = db
    .prepare('SELECT coalesce(max(round), 0) + 1 AS next FROM review_cases WHERE document_id = ?')
    .get(reviewCase.documentId) as { next: number };
  db.prepare(
    `INSERT INTO review_cases (id, document_id, version_id, round, state, received_on, materials_complete_on,
       earliest_conclusion_on, requested_answer_on, earliest_answer_on, submission_warning, due_on, due_warnings,
       reviewer_id, profile_id, opinion, created_at, created_by)
     VALUES (@id, @documentId, @versionId, @round, 'open', @receivedOn, @materialsCompleteOn,
       @earliestConclusionOn, @requestedAnswerOn, @earliestAnswerOn, @submissionWarning, @dueOn, @dueWarnings,
       @reviewerId, @profileId, '', @createdAt, @createdBy)`,
  ).run({ ...reviewCase, round: next, dueWarnings: JSON.stringify(reviewCase.dueWarnings) });
}

export function findReviewCase(db: Db, id: string): ReviewCaseRecord | null {
  const row = db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as ReviewCaseRow | undefined;
  return row ? fromRow(row) : null;
}

export function findOpenReviewCase(db: Db, documentId: string): ReviewCaseRecord | null {
  const row = db
    .prepare(`${SELECT} WHERE c.document_id = ? AND c.state = 'open' ORDER BY c.round DESC LIMIT 1`)
    .get(documentId) as ReviewCaseRow | undefined;
  return row ? fromRow(row) : null;
}

export function listReviews(
  db: Db,
  filter: { reviewerId?: string | undefined; state?: string | undefined; documentId?: string | undefined },
): ReviewCaseRecord[] {
  const where: string[] = [];
  if (filter.reviewerId) where.push('c.reviewer_id = @reviewerId');
  if (filter.state) where.push('c.state = @state');
  if (filter.documentId) where.push('c.document_id = @documentId');
  const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY c.state, c.due_on, c.created_at`;
  return (db.prepare(sql).all(filter) as ReviewCaseRow[]).map(fromRow);
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

export function setOpinion(db: Db, id: string, opinion: string): void {
  const result = db
    .prepare("UPDATE review_cases SET opinion = ? WHERE id = ? AND state = 'open'")
    .run(opinion, id);
  if (result.changes !== 1) throw new Error(`opinion of review case ${id} not set`);
}
