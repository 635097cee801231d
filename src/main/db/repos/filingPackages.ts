import type { Db } from '../connection';

/** A filing package as built: the .zip kept byte for byte, with the manifest it carries. */
export interface FilingPackageRecord {
  id: string;
  documentId: string;
  /** 备案报告's own number (区统规备〔2026〕3号). */
  reportNumber: string;
  recipients: string[];
  fileName: string;
  size: number;
  sha256: string;
  /** manifest.json as written into the package. */
  manifest: string;
  /** Why an administrator built it despite the gaps the completeness check named; '' when none. */
  overrideReason: string;
  builtAt: string;
  builtBy: string;
}

interface FilingPackageRow {
  id: string;
  document_id: string;
  report_number: string;
  recipients: string;
  file_name: string;
  size: number;
  sha256: string;
  manifest: string;
  override_reason: string;
  built_at: string;
  built_by: string;
}

function fromRow(row: FilingPackageRow): FilingPackageRecord {
  return {
    id: row.id,
    documentId: row.document_id,
    reportNumber: row.report_number,
    recipients: JSON.parse(row.recipients) as string[],
    fileName: row.file_name,
    size: row.size,
    sha256: row.sha256,
    manifest: row.manifest,
    overrideReason: row.override_reason,
    builtAt: row.built_at,
    builtBy: row.built_by,
  };
}

const COLUMNS =
  'id, document_id, report_number, recipients, file_name, size, sha256, manifest, override_reason, built_at, built_by';

export function insertFilingPackage(db: Db, record: FilingPackageRecord, content: Buffer): void {
  db.prepare(
    `INSERT INTO filing_packages (${COLUMNS}, content)
     VALUES (@id, @documentId, @reportNumber, @recipients, @fileName, @size, @sha256, @manifest, @overrideReason,
       @builtAt, @builtBy, @content)`,
  ).run({ ...record, recipients: JSON.stringify(record.recipients), content });
}

export function findFilingPackage(db: Db, id: string): FilingPackageRecord | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM filing_packages WHERE id = ?`).get(id) as
    FilingPackageRow | undefined;
  return row ? fromRow(row) : null;
}

export function listFilingPackages(db: Db, documentId: string): FilingPackageRecord[] {
  return (
    db
      .prepare(
        `SELECT ${COLUMNS} FROM filing_packages WHERE document_id = ? ORDER BY built_at DESC, rowid DESC`,
      )
      .all(documentId) as FilingPackageRow[]
  ).map(fromRow);
}

/** The package's bytes as built. */
export function filingPackageContent(db: Db, id: string): Buffer | null {
  const row = db.prepare('SELECT content FROM filing_packages WHERE id = ?').get(id) as
    { content: Buffer } | undefined;
  return row?.content ?? null;
}
