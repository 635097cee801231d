import type { IsoDate } from '../../../shared/domain/calendar/isoDate';
import type { DocumentKind } from '../../../shared/domain/documentKinds';
import type { StatsFacts } from '../../../shared/domain/statistics';
import type { Db } from '../connection';

/**
 * What the statistics page counts, read for one period [from, to] (both days included). Read-only queries
 * over the registers the other repos write; each SELECT names its columns as the facts name them, so the
 * rows are the facts and need no mapping, and orders them by document id, so every figure lists its
 * documents in that order without sorting each.
 */

export interface StatsQuery {
  from: IsoDate;
  to: IsoDate;
  /** Kinds the rule profile requires to be filed. */
  filedKinds: readonly DocumentKind[];
}

/** Timestamps are ISO strings: their first ten characters are the day. */
const DAY_IN_PERIOD = (column: string) => `substr(${column}, 1, 10) BETWEEN @from AND @to`;

export function readStatsFacts(db: Db, query: StatsQuery): StatsFacts {
  const params = { from: query.from, to: query.to, filedKinds: JSON.stringify(query.filedKinds) };
  const documents = db
    .prepare(`SELECT id, kind, status FROM documents WHERE ${DAY_IN_PERIOD('created_at')} ORDER BY id`)
    .all(params) as StatsFacts['documents'];
  // Received or concluded in the period, or still open then (it may run over its deadline in it).
  const reviews = db
    .prepare(
      `SELECT r.document_id AS documentId, r.reviewer_id AS reviewerId, u.display_name AS reviewerName,
              r.materials_complete_on AS materialsCompleteOn, r.received_on AS receivedOn, r.due_on AS dueOn,
              r.conclusion AS conclusion, r.conclusion_label AS conclusionLabel, r.concluded_on AS concludedOn
         FROM review_cases r JOIN users u ON u.id = r.reviewer_id
        WHERE r.received_on <= @to AND (r.concluded_on IS NULL OR r.concluded_on >= @from)
        ORDER BY r.document_id, r.round`,
    )
    .all(params) as StatsFacts['reviews'];
  // 应报备: issued in the period, of a kind that must be filed (or sent all the same).
  const issuances = db
    .prepare(
      `SELECT i.document_id AS documentId, i.published_on AS publishedOn, i.filing_due_on AS filingDueOn
         FROM issuances i JOIN documents d ON d.id = i.document_id
        WHERE i.published_on BETWEEN @from AND @to
          AND ((d.kind IN (SELECT value FROM json_each(@filedKinds)) AND i.filing_due_on IS NOT NULL)
               OR EXISTS (SELECT 1 FROM filing_submissions s WHERE s.document_id = i.document_id))
        ORDER BY i.document_id`,
    )
    .all(params) as StatsFacts['issuances'];
  const submissions = db
    .prepare(
      `SELECT s.document_id AS documentId, s.round AS round, s.sent_on AS sentOn, s.due_on AS dueOn,
              s.state AS state
         FROM filing_submissions s JOIN issuances i ON i.document_id = s.document_id
        WHERE i.published_on BETWEEN @from AND @to
        ORDER BY s.document_id, s.round`,
    )
    .all(params) as StatsFacts['submissions'];
  // A disposition counts on the day its campaign's decision was taken, or when proposed while still open.
  const dispositions = db
    .prepare(
      `SELECT ci.document_id AS documentId, ci.disposition AS disposition
         FROM cleanup_items ci JOIN cleanup_campaigns c ON c.id = ci.campaign_id
        WHERE ci.disposition IS NOT NULL
          AND COALESCE(c.decided_on, substr(ci.decided_at, 1, 10)) BETWEEN @from AND @to
        ORDER BY ci.document_id`,
    )
    .all(params) as StatsFacts['dispositions'];
  const signoffs = db
    .prepare(
      `SELECT document_id AS documentId, signer_id AS signerId, signer_name AS signerName
         FROM signoffs WHERE ${DAY_IN_PERIOD('signed_at')} ORDER BY document_id`,
    )
    .all(params) as StatsFacts['signoffs'];
  return { documents, reviews, issuances, submissions, dispositions, signoffs };
}

export interface StatsTitle {
  id: string;
  title: string;
  docNumber: string | null;
  kind: DocumentKind;
}

interface TitleRow {
  id: string;
  title: string;
  doc_number: string | null;
  kind: DocumentKind;
}

/** The one entity this repo reads as rows: a document named in a figure's list. */
function fromRow(row: TitleRow): StatsTitle {
  return { id: row.id, title: row.title, docNumber: row.doc_number, kind: row.kind };
}

export function listStatsTitles(db: Db, ids: readonly string[]): StatsTitle[] {
  const rows = db
    .prepare(
      `SELECT id, title, doc_number, kind FROM documents
        WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as TitleRow[];
  return rows.map(fromRow);
}

/** The first year a document was registered in, if any. */
export function firstDocumentYear(db: Db): number | null {
  const row = db.prepare('SELECT MIN(substr(created_at, 1, 4)) AS year FROM documents').get() as {
    year: string | null;
  };
  return row.year === null ? null : Number(row.year);
}
