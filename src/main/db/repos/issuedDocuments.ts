import type { DocumentKind } from '../../../shared/domain/documentKinds';
import type { DocumentStatus } from '../../../shared/domain/documentStatus';
import type { Db } from '../connection';
import { escapeLike } from './documents';

/**
 * The read model of issued documents: each document with its current issuance (the 正式文本 in force or
 * last in force). Read only; issuance writes these tables. The filters are those a cleanup campaign is
 * scoped by, except the lifecycle state, which is computed from these rows by the caller.
 */
export interface IssuedDocumentRecord {
  documentId: string;
  kind: DocumentKind;
  title: string;
  issuingAuthority: string;
  draftingUnit: string;
  status: DocumentStatus;
  versionId: string;
  docNumber: string;
  registrationNumber: string | null;
  publishedOn: string;
  effectiveOn: string;
  validUntil: string | null;
}

export interface IssuedDocumentFilter {
  kinds?: readonly DocumentKind[];
  issuingAuthority?: string;
  /** The issuing authority names a 人民政府 (documents issued in the government's name). */
  inGovernmentName?: boolean;
  /** Published in these years (公布日期). */
  yearFrom?: number;
  yearTo?: number;
  /** The issued text cites this library entry. */
  citesLaw?: string;
  /** Title, 文号 or 登记号 contains. */
  text?: string;
  /** Valid until this day or earlier (the documents the validity watch looks at). */
  validUntilBefore?: string;
  /** Documents taken whatever the other filters say. */
  documentIds?: readonly string[];
}

interface IssuedDocumentRow {
  document_id: string;
  kind: DocumentKind;
  title: string;
  issuing_authority: string;
  drafting_unit: string;
  status: DocumentStatus;
  version_id: string;
  doc_number: string;
  registration_number: string | null;
  published_on: string;
  effective_on: string;
  valid_until: string | null;
}

function fromRow(row: IssuedDocumentRow): IssuedDocumentRecord {
  return {
    documentId: row.document_id,
    kind: row.kind,
    title: row.title,
    issuingAuthority: row.issuing_authority,
    draftingUnit: row.drafting_unit,
    status: row.status,
    versionId: row.version_id,
    docNumber: row.doc_number,
    registrationNumber: row.registration_number,
    publishedOn: row.published_on,
    effectiveOn: row.effective_on,
    validUntil: row.valid_until,
  };
}

const SELECT = `SELECT d.id AS document_id, d.kind, d.title, d.issuing_authority, d.drafting_unit, d.status,
    i.version_id, i.doc_number, i.registration_number, i.published_on, i.effective_on, i.valid_until
  FROM issuances i JOIN documents d ON d.id = i.document_id`;

/** Issued documents matching every filter given (or named in `documentIds`), newest publication first. */
export function listIssuedDocuments(db: Db, filter: IssuedDocumentFilter = {}): IssuedDocumentRecord[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.kinds?.length) {
    where.push(`d.kind IN (${filter.kinds.map((_, index) => `@kind${index}`).join(', ')})`);
    filter.kinds.forEach((kind, index) => (params[`kind${index}`] = kind));
  }
  if (filter.issuingAuthority) {
    where.push("d.issuing_authority LIKE @authority ESCAPE '\\'");
    params.authority = `%${escapeLike(filter.issuingAuthority)}%`;
  }
  if (filter.inGovernmentName) where.push("d.issuing_authority LIKE '%人民政府%'");
  if (filter.yearFrom !== undefined) {
    where.push('i.published_on >= @from');
    params.from = `${filter.yearFrom}-01-01`;
  }
  if (filter.yearTo !== undefined) {
    where.push('i.published_on < @to');
    params.to = `${filter.yearTo + 1}-01-01`;
  }
  if (filter.citesLaw) {
    where.push(
      // Driven from the law's citations (index law_id, version_id), not probed per issuance.
      'i.version_id IN (SELECT c.version_id FROM issued_citations c WHERE c.law_id = @law)',
    );
    params.law = filter.citesLaw;
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
  const ids = filter.documentIds ?? [];
  ids.forEach((id, index) => (params[`id${index}`] = id));
  const filtered = where.length > 0 ? where.join(' AND ') : ids.length > 0 ? '0' : '1';
  const named = ids.length > 0 ? ` OR d.id IN (${ids.map((_, index) => `@id${index}`).join(', ')})` : '';
  const rows = db
    .prepare(`${SELECT} WHERE (${filtered})${named} ORDER BY i.published_on DESC, d.id`)
    .all(params) as IssuedDocumentRow[];
  return rows.map(fromRow);
}

export function findIssuedDocument(db: Db, documentId: string): IssuedDocumentRecord | null {
  const row = db.prepare(`${SELECT} WHERE d.id = ?`).get(documentId) as IssuedDocumentRow | undefined;
  return row ? fromRow(row) : null;
}
