import type { DocumentKind } from '../../../shared/domain/documentKinds';
import type { Db } from '../connection';
import { escapeLike } from './documents';

/**
 * The dates of current issuances, all a lifecycle is computed from: the validity watch reads these for
 * every document it looks at and the full rows (issuedDocuments.ts) only for the page it shows.
 */
export interface IssuanceDatesRecord {
  documentId: string;
  docNumber: string;
  publishedOn: string;
  effectiveOn: string;
  validUntil: string | null;
}

export interface IssuanceDatesFilter {
  kind?: DocumentKind;
  /** Title, 文号 or 登记号 contains. */
  text?: string;
  /** Valid until this day or earlier. */
  validUntilBefore?: string;
}

interface IssuanceDatesRow {
  document_id: string;
  doc_number: string;
  published_on: string;
  effective_on: string;
  valid_until: string | null;
}

function fromRow(row: IssuanceDatesRow): IssuanceDatesRecord {
  return {
    documentId: row.document_id,
    docNumber: row.doc_number,
    publishedOn: row.published_on,
    effectiveOn: row.effective_on,
    validUntil: row.valid_until,
  };
}

export function listIssuanceDates(db: Db, filter: IssuanceDatesFilter = {}): IssuanceDatesRecord[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  // The documents table is joined only when a filter needs it: the dashboard's counts need none.
  const joined = filter.kind !== undefined || Boolean(filter.text);
  if (filter.kind) {
    where.push('d.kind = @kind');
    params.kind = filter.kind;
  }
  if (filter.text) {
    where.push(
      "(d.title LIKE @text ESCAPE '\\' OR i.doc_number LIKE @text ESCAPE '\\' OR i.registration_number LIKE @text ESCAPE '\\')",
    );
    params.text = `%${escapeLike(filter.text)}%`;
  }
  if (filter.validUntilBefore) {
    where.push('i.valid_until <= @validUntilBefore');
    params.validUntilBefore = filter.validUntilBefore;
  }
  const rows = db
    .prepare(
      `SELECT i.document_id, i.doc_number, i.published_on, i.effective_on, i.valid_until
       FROM issuances i${joined ? ' JOIN documents d ON d.id = i.document_id' : ''}
       ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`,
    )
    .all(params) as IssuanceDatesRow[];
  return rows.map(fromRow);
}
