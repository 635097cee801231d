import type { FairCompetitionConclusion } from '../../../shared/domain/fairCompetition';
import type { Db } from '../connection';

/** One recorded 公平竞争审查 conclusion (公平竞争审查条例第十七条). */
export interface FairCompetitionReviewRecord {
  id: string;
  documentId: string;
  conclusion: FairCompetitionConclusion;
  explanation: string;
  reviewedOn: string;
  attachmentId: string | null;
  recordedAt: string;
  recordedBy: string;
  recordedByName: string | null;
}

interface FairCompetitionReviewRow {
  id: string;
  document_id: string;
  conclusion: FairCompetitionConclusion;
  explanation: string;
  reviewed_on: string;
  attachment_id: string | null;
  recorded_at: string;
  recorded_by: string;
  recorded_by_name: string | null;
}

function fromRow(row: FairCompetitionReviewRow): FairCompetitionReviewRecord {
  return {
    id: row.id,
    documentId: row.document_id,
    conclusion: row.conclusion,
    explanation: row.explanation,
    reviewedOn: row.reviewed_on,
    attachmentId: row.attachment_id,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
    recordedByName: row.recorded_by_name,
  };
}

export function insertFairCompetitionReview(
  db: Db,
  record: Omit<FairCompetitionReviewRecord, 'recordedByName'>,
): void {
  db.prepare(
    `INSERT INTO fair_competition_reviews (id, document_id, conclusion, explanation, reviewed_on, attachment_id,
       recorded_at, recorded_by)
     VALUES (@id, @documentId, @conclusion, @explanation, @reviewedOn, @attachmentId, @recordedAt, @recordedBy)`,
  ).run(record);
}

/** The document's conclusions, the latest (the one that counts) first. */
export function listFairCompetitionReviews(db: Db, documentId: string): FairCompetitionReviewRecord[] {
  const rows = db
    .prepare(
      `SELECT r.*, u.display_name AS recorded_by_name FROM fair_competition_reviews r
       LEFT JOIN users u ON u.id = r.recorded_by
       WHERE r.document_id = ? ORDER BY r.recorded_at DESC, r.rowid DESC`,
    )
    .all(documentId) as FairCompetitionReviewRow[];
  return rows.map(fromRow);
}
