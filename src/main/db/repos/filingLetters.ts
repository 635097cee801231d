import type { FilingLetterKind } from '../../../shared/domain/filingRegister';
import type { Db } from '../connection';

/** A 说明函 or 审查建议书 received about a submission, or the agency's reply to one. */
export interface FilingLetterRecord {
  id: string;
  submissionId: string;
  kind: FilingLetterKind;
  /** The letter's own number. */
  reference: string;
  datedOn: string;
  /** Requests: the day the agency must answer by. */
  dueOn: string | null;
  repliesTo: string | null;
  text: string;
  createdAt: string;
  createdBy: string;
}

interface FilingLetterRow {
  id: string;
  submission_id: string;
  kind: FilingLetterKind;
  reference: string;
  dated_on: string;
  due_on: string | null;
  replies_to: string | null;
  text: string;
  created_at: string;
  created_by: string;
}

function fromRow(row: FilingLetterRow): FilingLetterRecord {
  return {
    id: row.id,
    submissionId: row.submission_id,
    kind: row.kind,
    reference: row.reference,
    datedOn: row.dated_on,
    dueOn: row.due_on,
    repliesTo: row.replies_to,
    text: row.text,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export function insertFilingLetter(db: Db, record: FilingLetterRecord): void {
  db.prepare(
    `INSERT INTO filing_letters (id, submission_id, kind, reference, dated_on, due_on, replies_to, text, created_at,
       created_by)
     VALUES (@id, @submissionId, @kind, @reference, @datedOn, @dueOn, @repliesTo, @text, @createdAt, @createdBy)`,
  ).run(record);
}

export function findFilingLetter(db: Db, id: string): FilingLetterRecord | null {
  const row = db.prepare('SELECT * FROM filing_letters WHERE id = ?').get(id) as FilingLetterRow | undefined;
  return row ? fromRow(row) : null;
}

/** Every letter about the document's submissions, in date order. */
export function listFilingLetters(db: Db, documentId: string): FilingLetterRecord[] {
  return (
    db
      .prepare(
        `SELECT l.* FROM filing_letters l JOIN filing_submissions s ON s.id = l.submission_id
         WHERE s.document_id = ? ORDER BY l.dated_on, l.rowid`,
      )
      .all(documentId) as FilingLetterRow[]
  ).map(fromRow);
}

/** A request the agency has not yet answered, with the document it concerns. */
export interface OpenLetter extends FilingLetterRecord {
  documentId: string;
  title: string;
  recipient: string;
}

/** Requests without a reply, the earliest due first. */
export function listOpenLetters(db: Db, limit: number): OpenLetter[] {
  const rows = db
    .prepare(
      `SELECT l.*, s.document_id, s.recipient, d.title FROM filing_letters l
         JOIN filing_submissions s ON s.id = l.submission_id JOIN documents d ON d.id = s.document_id
       WHERE l.kind <> 'reply' AND NOT EXISTS (SELECT 1 FROM filing_letters r WHERE r.replies_to = l.id)
       ORDER BY l.due_on, l.dated_on LIMIT ?`,
    )
    .all(limit) as (FilingLetterRow & { document_id: string; recipient: string; title: string })[];
  return rows.map((row) => ({
    ...fromRow(row),
    documentId: row.document_id,
    recipient: row.recipient,
    title: row.title,
  }));
}
