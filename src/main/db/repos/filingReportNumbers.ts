import type { Db } from '../connection';

/**
 * 备案字号 of the 备案报告 (series 'filing_report' of number_counters / issued_numbers): one counter per
 * scope (the region) and year; a number once given is never given again, even when the package that
 * carried it is superseded.
 */
const SERIES = 'filing_report';

/** The sequence the next allocation in this scope and year will give (read only). */
export function nextFilingReportSeq(db: Db, scope: string, year: number): number {
  const row = db
    .prepare('SELECT last_seq FROM number_counters WHERE series = ? AND scope = ? AND year = ?')
    .get(SERIES, scope, year) as { last_seq: number } | undefined;
  return (row?.last_seq ?? 0) + 1;
}

/**
 * Takes the next sequence and records the number it gives; run inside the transaction that stores the
 * package, so a failed build gives no number. Returns the sequence taken.
 */
export function allocateFilingReportNumber(
  db: Db,
  entry: {
    scope: string;
    year: number;
    format: (seq: number) => string;
    documentId: string;
    issuedAt: string;
    issuedBy: string;
  },
): { seq: number; number: string } {
  const { last_seq: seq } = db
    .prepare(
      `INSERT INTO number_counters (series, scope, year, last_seq) VALUES (?, ?, ?, 1)
       ON CONFLICT (series, scope, year) DO UPDATE SET last_seq = last_seq + 1
       RETURNING last_seq`,
    )
    .get(SERIES, entry.scope, entry.year) as { last_seq: number };
  const number = entry.format(seq);
  db.prepare(
    `INSERT INTO issued_numbers (number, series, scope, year, seq, document_id, issued_at, issued_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(number, SERIES, entry.scope, entry.year, seq, entry.documentId, entry.issuedAt, entry.issuedBy);
  return { seq, number };
}
