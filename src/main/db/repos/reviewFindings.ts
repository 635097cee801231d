import type { Db } from '../connection';

/** A pre-check finding on a case: suggested by the rules, then accepted or dismissed by the reviewer. */
export interface FindingRecord {
  id: string;
  caseId: string;
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  elementId: string;
  blockId: string | null;
  /** The article (第十二条) or block the finding concerns. */
  label: string;
  excerpt: string;
  message: string;
  basis: string;
  state: 'suggested' | 'accepted' | 'dismissed';
  reason: string;
  decidedAt: string | null;
  decidedByName: string | null;
}

export type NewFinding = Omit<FindingRecord, 'state' | 'reason' | 'decidedAt' | 'decidedByName'>;

interface FindingRow {
  id: string;
  case_id: string;
  rule_id: string;
  severity: FindingRecord['severity'];
  element_id: string;
  block_id: string | null;
  label: string;
  excerpt: string;
  message: string;
  basis: string;
  state: FindingRecord['state'];
  reason: string;
  decided_at: string | null;
  decided_by_name: string | null;
}

function fromRow(row: FindingRow): FindingRecord {
  return {
    id: row.id,
    caseId: row.case_id,
    ruleId: row.rule_id,
    severity: row.severity,
    elementId: row.element_id,
    blockId: row.block_id,
    label: row.label,
    excerpt: row.excerpt,
    message: row.message,
    basis: row.basis,
    state: row.state,
    reason: row.reason,
    decidedAt: row.decided_at,
    decidedByName: row.decided_by_name,
  };
}

const SELECT = `SELECT f.*, u.display_name AS decided_by_name
  FROM review_findings f LEFT JOIN users u ON u.id = f.decided_by`;

export function listFindings(db: Db, caseId: string): FindingRecord[] {
  return (db.prepare(`${SELECT} WHERE f.case_id = ? ORDER BY f.rowid`).all(caseId) as FindingRow[]).map(
    fromRow,
  );
}

export function findFinding(db: Db, id: string): FindingRecord | null {
  const row = db.prepare(`${SELECT} WHERE f.id = ?`).get(id) as FindingRow | undefined;
  return row ? fromRow(row) : null;
}

export function insertFinding(db: Db, finding: NewFinding): void {
  db.prepare(
    `INSERT INTO review_findings (id, case_id, rule_id, severity, element_id, block_id, label, excerpt, message, basis, state)
     VALUES (@id, @caseId, @ruleId, @severity, @elementId, @blockId, @label, @excerpt, @message, @basis, 'suggested')`,
  ).run(finding);
}

/** Findings not yet decided are replaced when the pre-check runs again; decided ones stay on record. */
export function deleteUndecidedFindings(db: Db, caseId: string): void {
  db.prepare("DELETE FROM review_findings WHERE case_id = ? AND state = 'suggested'").run(caseId);
}

export function decideFinding(
  db: Db,
  id: string,
  decision: { state: 'accepted' | 'dismissed'; reason: string; at: string; by: string },
): void {
  const result = db
    .prepare(
      "UPDATE review_findings SET state = ?, reason = ?, decided_at = ?, decided_by = ? WHERE id = ? AND state = 'suggested'",
    )
    .run(decision.state, decision.reason, decision.at, decision.by, id);
  if (result.changes !== 1) throw new Error(`finding ${id} not decided`);
}
