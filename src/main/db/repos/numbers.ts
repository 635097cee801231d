import type { Db } from '../connection';

/**
 * 三统一 numbers: the last 流水号 given in each series (number_counters) and every number ever given
 * (issued_numbers, never deleted, so a number once given is never given again — even when its document
 * is later withdrawn or repealed). Callers read and write them inside one IMMEDIATE transaction, so two
 * connections on the same file take turns instead of reading the same counter.
 */

/** 发文字号, 规范性文件登记号, 备案报告字号. */
export type NumberSeries = 'doc_number' | 'registration' | 'filing_report';

export interface IssuedNumberRecord {
  number: string;
  series: NumberSeries;
  /** The series within its kind: the template with its text fields filled (区统〔{year}〕{seq}号). */
  scope: string;
  year: number;
  seq: number;
  documentId: string;
  issuedAt: string;
  issuedBy: string;
}

interface IssuedNumberRow {
  number: string;
  series: NumberSeries;
  scope: string;
  year: number;
  seq: number;
  document_id: string;
  issued_at: string;
  issued_by: string;
}

function fromRow(row: IssuedNumberRow): IssuedNumberRecord {
  return {
    number: row.number,
    series: row.series,
    scope: row.scope,
    year: row.year,
    seq: row.seq,
    documentId: row.document_id,
    issuedAt: row.issued_at,
    issuedBy: row.issued_by,
  };
}

export interface SeriesYear {
  series: NumberSeries;
  scope: string;
  year: number;
}

/** The last 流水号 given in the series and year (0 before the first). */
export function lastSeq(db: Db, key: SeriesYear): number {
  const row = db
    .prepare('SELECT last_seq FROM number_counters WHERE series = ? AND scope = ? AND year = ?')
    .get(key.series, key.scope, key.year) as { last_seq: number } | undefined;
  return row?.last_seq ?? 0;
}

/** Moves the counter up to `seq`; it never goes back. */
export function raiseLastSeq(db: Db, key: SeriesYear, seq: number): void {
  db.prepare(
    `INSERT INTO number_counters (series, scope, year, last_seq) VALUES (?, ?, ?, ?)
     ON CONFLICT (series, scope, year) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)`,
  ).run(key.series, key.scope, key.year, seq);
}

/** Whether a 流水号 of the series and year was already given (by the counter or by an administrator). */
export function isSeqGiven(db: Db, key: SeriesYear, seq: number): boolean {
  return (
    db
      .prepare('SELECT 1 FROM issued_numbers WHERE series = ? AND scope = ? AND year = ? AND seq = ?')
      .get(key.series, key.scope, key.year, seq) !== undefined
  );
}

export function findIssuedNumber(db: Db, number: string): IssuedNumberRecord | null {
  const row = db.prepare('SELECT * FROM issued_numbers WHERE number = ?').get(number) as
    IssuedNumberRow | undefined;
  return row ? fromRow(row) : null;
}

/** Keeps a number as given; the primary key and UNIQUE (series, scope, year, seq) refuse a second one. */
export function insertIssuedNumber(db: Db, record: IssuedNumberRecord): void {
  db.prepare(
    `INSERT INTO issued_numbers (number, series, scope, year, seq, document_id, issued_at, issued_by)
     VALUES (@number, @series, @scope, @year, @seq, @documentId, @issuedAt, @issuedBy)`,
  ).run(record);
}

/** The numbers given to a document, in the order given. */
export function listIssuedNumbers(db: Db, documentId: string): IssuedNumberRecord[] {
  return (
    db
      .prepare('SELECT * FROM issued_numbers WHERE document_id = ? ORDER BY issued_at, rowid')
      .all(documentId) as IssuedNumberRow[]
  ).map(fromRow);
}
