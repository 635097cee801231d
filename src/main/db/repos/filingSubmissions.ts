import type { DocumentKind } from '../../../shared/domain/documentKinds';
import type {
  FilingMethod,
  RegisterRowState,
  RegisterView,
  SubmissionState,
} from '../../../shared/domain/filingRegister';
import type { FilingOutcomeCode } from '../../../shared/domain/ruleCodes';
import type { Db } from '../connection';

/** One submission of a filing package to one filing organ, in one round, with the organ's answer. */
export interface FilingSubmissionRecord {
  id: string;
  documentId: string;
  packageId: string;
  packageSha256: string;
  /** 1 for the first filing, 2 after a correction … */
  round: number;
  recipient: string;
  method: FilingMethod;
  sentOn: string;
  /** The last day to send it: the filing period, or the correction period for a later round. */
  dueOn: string;
  late: boolean;
  state: SubmissionState;
  outcome: FilingOutcomeCode | null;
  outcomeLabel: string | null;
  outcomeOn: string | null;
  outcomeNote: string;
  writtenReminder: boolean;
  correctionDueOn: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

interface FilingSubmissionRow {
  id: string;
  document_id: string;
  package_id: string;
  package_sha256: string;
  round: number;
  recipient: string;
  method: FilingMethod;
  sent_on: string;
  due_on: string;
  late: number;
  state: SubmissionState;
  outcome: FilingOutcomeCode | null;
  outcome_label: string | null;
  outcome_on: string | null;
  outcome_note: string;
  written_reminder: number;
  correction_due_on: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
}

function fromRow(row: FilingSubmissionRow): FilingSubmissionRecord {
  return {
    id: row.id,
    documentId: row.document_id,
    packageId: row.package_id,
    packageSha256: row.package_sha256,
    round: row.round,
    recipient: row.recipient,
    method: row.method,
    sentOn: row.sent_on,
    dueOn: row.due_on,
    late: row.late === 1,
    state: row.state,
    outcome: row.outcome,
    outcomeLabel: row.outcome_label,
    outcomeOn: row.outcome_on,
    outcomeNote: row.outcome_note,
    writtenReminder: row.written_reminder === 1,
    correctionDueOn: row.correction_due_on,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
  };
}

export function insertFilingSubmission(db: Db, record: FilingSubmissionRecord): void {
  db.prepare(
    `INSERT INTO filing_submissions (id, document_id, package_id, package_sha256, round, recipient, method, sent_on,
       due_on, late, state, outcome, outcome_label, outcome_on, outcome_note, written_reminder, correction_due_on,
       created_at, created_by, updated_at)
     VALUES (@id, @documentId, @packageId, @packageSha256, @round, @recipient, @method, @sentOn,
       @dueOn, @late, @state, @outcome, @outcomeLabel, @outcomeOn, @outcomeNote, @writtenReminder, @correctionDueOn,
       @createdAt, @createdBy, @updatedAt)`,
  ).run({ ...record, late: record.late ? 1 : 0, writtenReminder: record.writtenReminder ? 1 : 0 });
}

export function findFilingSubmission(db: Db, id: string): FilingSubmissionRecord | null {
  const row = db.prepare('SELECT * FROM filing_submissions WHERE id = ?').get(id) as
    FilingSubmissionRow | undefined;
  return row ? fromRow(row) : null;
}

/** Every submission of the document, round by round. */
export function listFilingSubmissions(db: Db, documentId: string): FilingSubmissionRecord[] {
  return (
    db
      .prepare('SELECT * FROM filing_submissions WHERE document_id = ? ORDER BY round, rowid')
      .all(documentId) as FilingSubmissionRow[]
  ).map(fromRow);
}

export interface SubmissionOutcome {
  state: 'filed' | 'correction' | 'refused';
  outcome: FilingOutcomeCode;
  outcomeLabel: string;
  outcomeOn: string;
  outcomeNote: string;
  writtenReminder: boolean;
  correctionDueOn: string | null;
}

/** Records the organ's answer on a submission still awaiting one; false when it no longer awaits. */
export function recordSubmissionOutcome(
  db: Db,
  id: string,
  outcome: SubmissionOutcome,
  updatedAt: string,
): boolean {
  const result = db
    .prepare(
      `UPDATE filing_submissions SET state = @state, outcome = @outcome, outcome_label = @outcomeLabel,
         outcome_on = @outcomeOn, outcome_note = @outcomeNote, written_reminder = @writtenReminder,
         correction_due_on = @correctionDueOn, updated_at = @updatedAt
       WHERE id = @id AND state = 'awaiting'`,
    )
    .run({ ...outcome, id, updatedAt, writtenReminder: outcome.writtenReminder ? 1 : 0 });
  return result.changes === 1;
}

/** A correction answered by a later round: the row keeps its outcome, its clock stops. */
export function supersedeSubmission(db: Db, id: string, updatedAt: string): boolean {
  const result = db
    .prepare(
      `UPDATE filing_submissions SET state = 'superseded', updated_at = ? WHERE id = ? AND state = 'correction'`,
    )
    .run(updatedAt, id);
  return result.changes === 1;
}

/** One line of the register: a submission, or an issued document whose filing is not yet sent. */
export interface RegisterEntry {
  /** The submission's id, or `issued:<documentId>` for a document not yet sent. */
  key: string;
  submissionId: string | null;
  documentId: string;
  title: string;
  kind: DocumentKind;
  docNumber: string | null;
  registrationNumber: string | null;
  publishedOn: string | null;
  recipient: string | null;
  method: FilingMethod | null;
  round: number | null;
  sentOn: string | null;
  /** The filing deadline (报送期限). */
  dueOn: string | null;
  late: boolean;
  state: RegisterRowState;
  outcomeLabel: string | null;
  outcomeOn: string | null;
  writtenReminder: boolean;
  correctionDueOn: string | null;
  /** The day of the clock still running: the filing deadline before sending, the correction deadline. */
  clockDueOn: string | null;
}

export interface RegisterQuery {
  view?: RegisterView;
  recipient?: string;
  year?: number;
  q?: string;
  /** Kinds the rule profile requires to be filed: their issued documents not yet sent are 待报送. */
  filedKinds: readonly DocumentKind[];
  today: string;
  page: number;
  pageSize: number;
}

interface RegisterRow {
  key: string;
  submission_id: string | null;
  document_id: string;
  title: string;
  kind: DocumentKind;
  doc_number: string | null;
  registration_number: string | null;
  published_on: string | null;
  recipient: string | null;
  method: FilingMethod | null;
  round: number | null;
  sent_on: string | null;
  due_on: string | null;
  late: number;
  state: RegisterRowState;
  outcome_label: string | null;
  outcome_on: string | null;
  written_reminder: number;
  correction_due_on: string | null;
  clock_due_on: string | null;
  sort_day: string | null;
}

function entryFromRow(row: RegisterRow): RegisterEntry {
  return {
    key: row.key,
    submissionId: row.submission_id,
    documentId: row.document_id,
    title: row.title,
    kind: row.kind,
    docNumber: row.doc_number,
    registrationNumber: row.registration_number,
    publishedOn: row.published_on,
    recipient: row.recipient,
    method: row.method,
    round: row.round,
    sentOn: row.sent_on,
    dueOn: row.due_on,
    late: row.late === 1,
    state: row.state,
    outcomeLabel: row.outcome_label,
    outcomeOn: row.outcome_on,
    writtenReminder: row.written_reminder === 1,
    correctionDueOn: row.correction_due_on,
    clockDueOn: row.clock_due_on,
  };
}

/** The day a submission is sorted and clocked by: its correction deadline while one runs, else its due day. */
const SUBMISSION_SORT_DAY = "CASE WHEN s.state = 'correction' THEN s.correction_due_on ELSE s.due_on END";

const UNSENT_COLUMNS = `'issued:' || i.document_id AS key, NULL AS submission_id, i.document_id, d.title, d.kind,
  i.doc_number, i.registration_number, i.published_on, NULL AS recipient, NULL AS method, NULL AS round,
  NULL AS sent_on, i.filing_due_on AS due_on, 0 AS late, 'to_submit' AS state, NULL AS outcome_label,
  NULL AS outcome_on, 0 AS written_reminder, NULL AS correction_due_on, i.filing_due_on AS clock_due_on,
  i.filing_due_on AS sort_day`;

const SENT_COLUMNS = `s.id AS key, s.id AS submission_id, s.document_id, d.title, d.kind, i.doc_number,
  i.registration_number, i.published_on, s.recipient, s.method, s.round, s.sent_on, s.due_on, s.late,
  s.state, s.outcome_label, s.outcome_on, s.written_reminder, s.correction_due_on,
  CASE WHEN s.state = 'correction' THEN s.correction_due_on END AS clock_due_on,
  ${SUBMISSION_SORT_DAY} AS sort_day`;

/**
 * The register: issued documents not yet sent (待报送) and every submission, filtered and sorted by the
 * day that matters (the running clock, else the filing deadline). One page and the total.
 *
 * Two steps keep a page cheap on a large register (0007's indexes): the keys of the page first, from
 * each part read in sort order and merged by SQLite (a text search first finds the matching documents
 * once), then the columns of just those rows.
 */
export function listRegister(db: Db, query: RegisterQuery): { items: RegisterEntry[]; total: number } {
  const params: Record<string, unknown> = { today: query.today };
  if (query.year !== undefined) {
    params.yearStart = `${query.year}-01-01`;
    params.yearEnd = `${query.year + 1}-01-01`;
  }
  if (query.q) {
    // The matching documents and filing organs are found once, for the count and the page.
    const q = `%${query.q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    const ids = db
      .prepare(
        `SELECT id FROM documents WHERE title LIKE @q ESCAPE '\\' OR doc_number LIKE @q ESCAPE '\\'
         UNION SELECT document_id FROM issuances
         WHERE doc_number LIKE @q ESCAPE '\\' OR registration_number LIKE @q ESCAPE '\\'`,
      )
      .pluck()
      .all({ q }) as string[];
    const text = query.q;
    params.documents = JSON.stringify(ids);
    params.recipients = JSON.stringify(
      registerRecipients(db).filter((recipient) => recipient.includes(text)),
    );
  }
  const matchingDocument = (column: string) => `${column} IN (SELECT value FROM json_each(@documents))`;

  /** Each part: its rows' keys and sort day, filtered; the rows are read by key afterwards. */
  const parts: string[] = [];
  const unsentWanted =
    (query.view === undefined || query.view === 'to_submit' || query.view === 'overdue') && !query.recipient;
  if (unsentWanted) {
    const kinds = query.filedKinds.length > 0 ? query.filedKinds : ['-'];
    kinds.forEach((kind, index) => (params[`k${index}`] = kind));
    const where = [
      // 施行 does not wait for filing: a document in force may still be waiting to be sent.
      "d.status IN ('issued', 'in_force')",
      `d.kind IN (${kinds.map((_kind, index) => `@k${index}`).join(', ')})`,
      'i.filing_due_on IS NOT NULL',
      'NOT EXISTS (SELECT 1 FROM filing_submissions s WHERE s.document_id = i.document_id)',
    ];
    if (query.view === 'overdue') where.push('i.filing_due_on < @today');
    if (query.year !== undefined) where.push('i.published_on >= @yearStart AND i.published_on < @yearEnd');
    if (query.q) where.push(matchingDocument('i.document_id'));
    parts.push(
      `SELECT 'issued:' || i.document_id AS key, i.filing_due_on AS sort_day
       FROM issuances i JOIN documents d ON d.id = i.document_id WHERE ${where.join(' AND ')}`,
    );
  }
  if (query.view !== 'to_submit') {
    const where: string[] = [];
    if (query.view === 'overdue') where.push("s.state = 'correction' AND s.correction_due_on < @today");
    else if (query.view) {
      where.push('s.state = @view');
      params.view = query.view;
    }
    if (query.recipient) {
      where.push('s.recipient = @recipient');
      params.recipient = query.recipient;
    }
    if (query.year !== undefined) where.push('s.sent_on >= @yearStart AND s.sent_on < @yearEnd');
    if (query.q) {
      where.push(
        `(${matchingDocument('s.document_id')} OR s.recipient IN (SELECT value FROM json_each(@recipients)))`,
      );
    }
    parts.push(
      `SELECT s.id AS key, ${SUBMISSION_SORT_DAY} AS sort_day FROM filing_submissions s
       ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`,
    );
  }

  let total = 0;
  for (const part of parts) {
    total += (db.prepare(`SELECT count(*) AS n FROM (${part})`).get(params) as { n: number }).n;
  }
  // A compound SELECT with ORDER BY merges the parts, each read in the order of its index.
  const keys = (
    db
      .prepare(`${parts.join(' UNION ALL ')} ORDER BY sort_day, key LIMIT @limit OFFSET @offset`)
      .all({ ...params, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }) as {
      key: string;
    }[]
  ).map((row) => row.key);

  const unsentIds = keys.filter((key) => key.startsWith('issued:')).map((key) => key.slice('issued:'.length));
  const sentIds = keys.filter((key) => !key.startsWith('issued:'));
  const rows = [
    ...(unsentIds.length > 0
      ? (db
          .prepare(
            `SELECT ${UNSENT_COLUMNS} FROM issuances i JOIN documents d ON d.id = i.document_id
             WHERE i.document_id IN (SELECT value FROM json_each(?))`,
          )
          .all(JSON.stringify(unsentIds)) as RegisterRow[])
      : []),
    ...(sentIds.length > 0
      ? (db
          .prepare(
            `SELECT ${SENT_COLUMNS} FROM filing_submissions s JOIN documents d ON d.id = s.document_id
               LEFT JOIN issuances i ON i.document_id = s.document_id
             WHERE s.id IN (SELECT value FROM json_each(?))`,
          )
          .all(JSON.stringify(sentIds)) as RegisterRow[])
      : []),
  ];
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return {
    items: keys.flatMap((key) => {
      const row = byKey.get(key);
      return row ? [entryFromRow(row)] : [];
    }),
    total,
  };
}

/** The distinct filing organs in the register, for the filter. */
export function registerRecipients(db: Db): string[] {
  return (
    db.prepare('SELECT DISTINCT recipient FROM filing_submissions ORDER BY recipient').all() as {
      recipient: string;
    }[]
  ).map((row) => row.recipient);
}
