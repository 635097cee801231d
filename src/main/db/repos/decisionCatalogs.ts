import type { CatalogStatus } from '../../../shared/domain/decisionCatalog';
import type { Db } from '../connection';

/** One year's 重大行政决策事项目录 and the records of its 法治审查, 党委同意 and publication. */
export interface DecisionCatalogRecord {
  id: string;
  year: number;
  status: CatalogStatus;
  checkedOn: string | null;
  checkedBy: string | null;
  checkOpinion: string | null;
  approvedOn: string | null;
  approvedBy: string | null;
  approvalReference: string | null;
  publishedOn: string | null;
  publishedBy: string | null;
  publishedIn: string[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

interface DecisionCatalogRow {
  id: string;
  year: number;
  status: CatalogStatus;
  checked_on: string | null;
  checked_by: string | null;
  check_opinion: string | null;
  approved_on: string | null;
  approved_by: string | null;
  approval_reference: string | null;
  published_on: string | null;
  published_by: string | null;
  published_in: string;
  created_at: string;
  created_by: string;
  updated_at: string;
}

function fromRow(row: DecisionCatalogRow): DecisionCatalogRecord {
  return {
    id: row.id,
    year: row.year,
    status: row.status,
    checkedOn: row.checked_on,
    checkedBy: row.checked_by,
    checkOpinion: row.check_opinion,
    approvedOn: row.approved_on,
    approvedBy: row.approved_by,
    approvalReference: row.approval_reference,
    publishedOn: row.published_on,
    publishedBy: row.published_by,
    publishedIn: JSON.parse(row.published_in) as string[],
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
  };
}

export function insertDecisionCatalog(db: Db, record: DecisionCatalogRecord): void {
  db.prepare(
    `INSERT INTO decision_catalogs (id, year, status, checked_on, checked_by, check_opinion, approved_on, approved_by,
       approval_reference, published_on, published_by, published_in, created_at, created_by, updated_at)
     VALUES (@id, @year, @status, @checkedOn, @checkedBy, @checkOpinion, @approvedOn, @approvedBy,
       @approvalReference, @publishedOn, @publishedBy, @publishedIn, @createdAt, @createdBy, @updatedAt)`,
  ).run({ ...record, publishedIn: JSON.stringify(record.publishedIn) });
}

export function findDecisionCatalogByYear(db: Db, year: number): DecisionCatalogRecord | null {
  const row = db.prepare('SELECT * FROM decision_catalogs WHERE year = ?').get(year) as
    DecisionCatalogRow | undefined;
  return row ? fromRow(row) : null;
}

export function findDecisionCatalog(db: Db, id: string): DecisionCatalogRecord | null {
  const row = db.prepare('SELECT * FROM decision_catalogs WHERE id = ?').get(id) as
    DecisionCatalogRow | undefined;
  return row ? fromRow(row) : null;
}

/** 法治审查 recorded: collecting → checked. */
export function recordDecisionCatalogCheck(
  db: Db,
  id: string,
  check: { on: string; by: string; opinion: string; at: string },
): void {
  const { changes } = db
    .prepare(
      `UPDATE decision_catalogs SET status = 'checked', checked_on = ?, checked_by = ?, check_opinion = ?,
         updated_at = ? WHERE id = ? AND status = 'collecting'`,
    )
    .run(check.on, check.by, check.opinion, check.at, id);
  if (changes !== 1) throw new Error(`decision catalog ${id} is not collecting`);
}

/** 党委同意 recorded: checked → approved. */
export function recordDecisionCatalogApproval(
  db: Db,
  id: string,
  approval: { on: string; by: string; reference: string; at: string },
): void {
  const { changes } = db
    .prepare(
      `UPDATE decision_catalogs SET status = 'approved', approved_on = ?, approved_by = ?, approval_reference = ?,
         updated_at = ? WHERE id = ? AND status = 'checked'`,
    )
    .run(approval.on, approval.by, approval.reference, approval.at, id);
  if (changes !== 1) throw new Error(`decision catalog ${id} is not checked`);
}

/** 向社会公布: approved → published. */
export function publishDecisionCatalog(
  db: Db,
  id: string,
  publication: { on: string; by: string; channels: readonly string[]; at: string },
): void {
  const { changes } = db
    .prepare(
      `UPDATE decision_catalogs SET status = 'published', published_on = ?, published_by = ?, published_in = ?,
         updated_at = ? WHERE id = ? AND status = 'approved'`,
    )
    .run(publication.on, publication.by, JSON.stringify(publication.channels), publication.at, id);
  if (changes !== 1) throw new Error(`decision catalog ${id} is not approved`);
}

export function touchDecisionCatalog(db: Db, id: string, at: string): void {
  db.prepare('UPDATE decision_catalogs SET updated_at = ? WHERE id = ?').run(at, id);
}
