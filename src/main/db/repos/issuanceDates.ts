import type { LifecycleEventFact, LifecycleEventType } from '../../../shared/domain/cleanup/lifecycle';
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
  /** Valid until this day or later. */
  validUntilFrom?: string;
}

/** A row as an array (document_id, doc_number, published_on, effective_on, valid_until): fewer objects. */
type IssuanceDatesRow = [string, string, string, string, string | null];

function fromRow([documentId, docNumber, publishedOn, effectiveOn, validUntil]: IssuanceDatesRow) {
  return { documentId, docNumber, publishedOn, effectiveOn, validUntil };
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
  if (filter.validUntilFrom) {
    where.push('i.valid_until >= @validUntilFrom');
    params.validUntilFrom = filter.validUntilFrom;
  }
  const rows = db
    .prepare(
      `SELECT i.document_id, i.doc_number, i.published_on, i.effective_on, i.valid_until
       FROM issuances i${joined ? ' JOIN documents d ON d.id = i.document_id' : ''}
       ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`,
    )
    .raw(true)
    .all(params) as IssuanceDatesRow[];
  return rows.map((row) => fromRow(row));
}

/**
 * The decisions taken by `on`, only what a lifecycle is computed from, by document (one statement,
 * rows as arrays: the dashboard reads them on every call).
 */
export function decisionFactsByDocument(db: Db, on: string): Map<string, LifecycleEventFact[]> {
  const rows = db
    .prepare(
      `SELECT document_id, doc_number, event, decided_on FROM lifecycle_events WHERE decided_on <= ?
       ORDER BY decided_on, recorded_at, id`,
    )
    .raw(true)
    .all(on) as [string, string, LifecycleEventType, string][];
  const byDocument = new Map<string, LifecycleEventFact[]>();
  for (const [documentId, docNumber, event, decidedOn] of rows) {
    const fact = { docNumber, event, decidedOn };
    const list = byDocument.get(documentId);
    if (list) list.push(fact);
    else byDocument.set(documentId, [fact]);
  }
  return byDocument;
}
