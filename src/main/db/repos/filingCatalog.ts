import type {
  CatalogSource,
  CatalogSubmission,
  SubmissionState,
} from '../../../shared/domain/filing/catalog';
import type { Db } from '../connection';

/**
 * The read model behind the 备案目录: each issued document joined with its filing submissions. Read only;
 * the issuance and filing-register services write these tables.
 */
interface CatalogRow {
  document_id: string;
  title: string;
  issuing_authority: string;
  doc_number: string;
  registration_number: string | null;
  published_on: string;
  effective_on: string;
  valid_until: string | null;
  filing_due_on: string | null;
  recipient: string | null;
  round: number | null;
  sent_on: string | null;
  due_on: string | null;
  late: number | null;
  state: string | null;
  outcome_label: string | null;
  outcome_on: string | null;
}

/** One joined row: the document, and one of its submissions when it has any. */
function fromRow(row: CatalogRow): {
  document: Omit<CatalogSource, 'submissions'>;
  submission: CatalogSubmission | null;
} {
  return {
    document: {
      documentId: row.document_id,
      title: row.title,
      issuingAuthority: row.issuing_authority,
      docNumber: row.doc_number,
      registrationNumber: row.registration_number,
      publishedOn: row.published_on,
      effectiveOn: row.effective_on,
      validUntil: row.valid_until,
      filingDueOn: row.filing_due_on,
    },
    submission:
      row.recipient === null
        ? null
        : {
            recipient: row.recipient,
            round: row.round ?? 1,
            sentOn: row.sent_on ?? '',
            dueOn: row.due_on ?? '',
            late: row.late === 1,
            state: row.state as SubmissionState,
            outcomeLabel: row.outcome_label,
            outcomeOn: row.outcome_on,
          },
  };
}

/** Documents published between `from` and `to` (both included), each with all its submissions. */
export function listCatalogSources(db: Db, from: string, to: string): CatalogSource[] {
  const rows = db
    .prepare(
      `SELECT i.document_id, d.title, d.issuing_authority, i.doc_number, i.registration_number, i.published_on,
         i.effective_on, i.valid_until, i.filing_due_on, s.recipient, s.round, s.sent_on, s.due_on, s.late,
         s.state, s.outcome_label, s.outcome_on
       FROM issuances i
       JOIN documents d ON d.id = i.document_id
       LEFT JOIN filing_submissions s ON s.document_id = i.document_id
       WHERE i.published_on BETWEEN ? AND ?
       ORDER BY i.published_on, i.doc_number, s.round, s.sent_on`,
    )
    .all(from, to) as CatalogRow[];
  const byDocument = new Map<string, CatalogSource>();
  for (const row of rows) {
    const { document, submission } = fromRow(row);
    const entry = byDocument.get(document.documentId) ?? { ...document, submissions: [] };
    if (submission) entry.submissions.push(submission);
    byDocument.set(document.documentId, entry);
  }
  return [...byDocument.values()];
}
