import type { Db } from '../connection';

/** The issuance of a document under 三统一: its numbers, dates, where it was published and who signed it. */
export interface IssuanceRecord {
  documentId: string;
  /** The 正式文本: the version issued. */
  versionId: string;
  deliberationId: string | null;
  docNumber: string;
  registrationNumber: string | null;
  publishedOn: string;
  effectiveOn: string;
  validUntil: string | null;
  shortEffectReason: string;
  /** 政府公报 / 政府网站 / 政务新媒体 … */
  publishedIn: string[];
  filingDueOn: string | null;
  /** The 负责人 who signed the issuance (签发). */
  approvedBy: string;
  approvedAt: string;
}

interface IssuanceRow {
  document_id: string;
  version_id: string;
  deliberation_id: string | null;
  doc_number: string;
  registration_number: string | null;
  published_on: string;
  effective_on: string;
  valid_until: string | null;
  short_effect_reason: string;
  published_in: string;
  filing_due_on: string | null;
  approved_by: string;
  approved_at: string;
}

function fromRow(row: IssuanceRow): IssuanceRecord {
  return {
    documentId: row.document_id,
    versionId: row.version_id,
    deliberationId: row.deliberation_id,
    docNumber: row.doc_number,
    registrationNumber: row.registration_number,
    publishedOn: row.published_on,
    effectiveOn: row.effective_on,
    validUntil: row.valid_until,
    shortEffectReason: row.short_effect_reason,
    publishedIn: JSON.parse(row.published_in) as string[],
    filingDueOn: row.filing_due_on,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
  };
}

export function insertIssuance(db: Db, record: IssuanceRecord): void {
  db.prepare(
    `INSERT INTO issuances (document_id, version_id, deliberation_id, doc_number, registration_number, published_on,
       effective_on, valid_until, short_effect_reason, published_in, filing_due_on, approved_by, approved_at)
     VALUES (@documentId, @versionId, @deliberationId, @docNumber, @registrationNumber, @publishedOn,
       @effectiveOn, @validUntil, @shortEffectReason, @publishedIn, @filingDueOn, @approvedBy, @approvedAt)`,
  ).run({ ...record, publishedIn: JSON.stringify(record.publishedIn) });
}

export function findIssuance(db: Db, documentId: string): IssuanceRecord | null {
  const row = db.prepare('SELECT * FROM issuances WHERE document_id = ?').get(documentId) as
    IssuanceRow | undefined;
  return row ? fromRow(row) : null;
}

/**
 * 修改后重新印发: the current issuance is kept, exactly as it was, in `issuance_history` and removed from
 * `issuances`, so the re-issued text can take its place. Its numbers stay given (the counters keep them).
 */
export function archiveIssuance(db: Db, documentId: string, replacedAt: string, replacedBy: string): void {
  const moved = db
    .prepare(
      `INSERT INTO issuance_history (document_id, version_id, deliberation_id, doc_number, registration_number,
         published_on, effective_on, valid_until, short_effect_reason, published_in, filing_due_on, approved_by,
         approved_at, replaced_at, replaced_by)
       SELECT document_id, version_id, deliberation_id, doc_number, registration_number, published_on,
         effective_on, valid_until, short_effect_reason, published_in, filing_due_on, approved_by, approved_at,
         @replacedAt, @replacedBy
       FROM issuances WHERE document_id = @documentId`,
    )
    .run({ documentId, replacedAt, replacedBy });
  if (moved.changes !== 1) throw new Error(`no issuance to archive for ${documentId}`);
  db.prepare('DELETE FROM issuances WHERE document_id = ?').run(documentId);
}

/** An issuance replaced by a re-issued text, with when and by whom. */
export interface ReplacedIssuanceRecord extends IssuanceRecord {
  replacedAt: string;
  replacedBy: string;
}

/** The document's earlier issuances, the oldest first. */
export function listIssuanceHistory(db: Db, documentId: string): ReplacedIssuanceRecord[] {
  const rows = db
    .prepare('SELECT * FROM issuance_history WHERE document_id = ? ORDER BY approved_at, rowid')
    .all(documentId) as (IssuanceRow & { replaced_at: string; replaced_by: string })[];
  return rows.map((row) => ({ ...fromRow(row), replacedAt: row.replaced_at, replacedBy: row.replaced_by }));
}
