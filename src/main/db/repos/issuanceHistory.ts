import type { Db } from '../connection';

/** An issuance replaced by the issuance of a revised text (修改后重新印发), kept as it was. Read only here. */
export interface ReplacedIssuanceRecord {
  documentId: string;
  versionId: string;
  docNumber: string;
  registrationNumber: string | null;
  publishedOn: string;
  effectiveOn: string;
  validUntil: string | null;
  approvedAt: string;
  replacedAt: string;
  replacedBy: string;
}

interface ReplacedIssuanceRow {
  document_id: string;
  version_id: string;
  doc_number: string;
  registration_number: string | null;
  published_on: string;
  effective_on: string;
  valid_until: string | null;
  approved_at: string;
  replaced_at: string;
  replaced_by: string;
}

function fromRow(row: ReplacedIssuanceRow): ReplacedIssuanceRecord {
  return {
    documentId: row.document_id,
    versionId: row.version_id,
    docNumber: row.doc_number,
    registrationNumber: row.registration_number,
    publishedOn: row.published_on,
    effectiveOn: row.effective_on,
    validUntil: row.valid_until,
    approvedAt: row.approved_at,
    replacedAt: row.replaced_at,
    replacedBy: row.replaced_by,
  };
}

/** A document's replaced issuances, oldest first. */
export function listIssuanceHistory(db: Db, documentId: string): ReplacedIssuanceRecord[] {
  const rows = db
    .prepare(
      `SELECT document_id, version_id, doc_number, registration_number, published_on, effective_on,
         valid_until, approved_at, replaced_at, replaced_by
       FROM issuance_history WHERE document_id = ? ORDER BY approved_at, doc_number`,
    )
    .all(documentId) as ReplacedIssuanceRow[];
  return rows.map(fromRow);
}
