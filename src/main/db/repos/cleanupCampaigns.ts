import type { CampaignKind, CampaignScope, Disposition } from '../../../shared/domain/cleanup/campaigns';
import type { Db } from '../connection';

/** A cleanup campaign (清理活动): its kind, name, the filters its documents were chosen by and due date. */
export interface CleanupCampaignRecord {
  id: string;
  kind: CampaignKind;
  name: string;
  scope: CampaignScope;
  dueOn: string;
  lawChangeId: string | null;
  status: 'open' | 'applied';
  decidedOn: string | null;
  appliedAt: string | null;
  appliedBy: string | null;
  createdAt: string;
  createdBy: string;
  createdByName: string;
}

interface CleanupCampaignRow {
  id: string;
  kind: CampaignKind;
  name: string;
  scope: string;
  due_on: string;
  law_change_id: string | null;
  status: 'open' | 'applied';
  decided_on: string | null;
  applied_at: string | null;
  applied_by: string | null;
  created_at: string;
  created_by: string;
  created_by_name: string | null;
}

function fromRow(row: CleanupCampaignRow): CleanupCampaignRecord {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    scope: JSON.parse(row.scope) as CampaignScope,
    dueOn: row.due_on,
    lawChangeId: row.law_change_id,
    status: row.status,
    decidedOn: row.decided_on,
    appliedAt: row.applied_at,
    appliedBy: row.applied_by,
    createdAt: row.created_at,
    createdBy: row.created_by,
    createdByName: row.created_by_name ?? '',
  };
}

const SELECT_CAMPAIGN = `SELECT c.*, u.display_name AS created_by_name
  FROM cleanup_campaigns c LEFT JOIN users u ON u.id = c.created_by`;

export function insertCleanupCampaign(db: Db, record: Omit<CleanupCampaignRecord, 'createdByName'>): void {
  db.prepare(
    `INSERT INTO cleanup_campaigns (id, kind, name, scope, due_on, law_change_id, status, decided_on, applied_at,
       applied_by, created_at, created_by)
     VALUES (@id, @kind, @name, @scope, @dueOn, @lawChangeId, @status, @decidedOn, @appliedAt, @appliedBy,
       @createdAt, @createdBy)`,
  ).run({ ...record, scope: JSON.stringify(record.scope) });
}

export function findCleanupCampaign(db: Db, id: string): CleanupCampaignRecord | null {
  const row = db.prepare(`${SELECT_CAMPAIGN} WHERE c.id = ?`).get(id) as CleanupCampaignRow | undefined;
  return row ? fromRow(row) : null;
}

/** Every campaign, the newest first. */
export function listCleanupCampaigns(db: Db): CleanupCampaignRecord[] {
  const rows = db
    .prepare(`${SELECT_CAMPAIGN} ORDER BY c.created_at DESC, c.id DESC`)
    .all() as CleanupCampaignRow[];
  return rows.map(fromRow);
}

export function setCleanupCampaignScope(db: Db, id: string, scope: CampaignScope): void {
  const result = db
    .prepare("UPDATE cleanup_campaigns SET scope = ? WHERE id = ? AND status = 'open'")
    .run(JSON.stringify(scope), id);
  if (result.changes !== 1) throw new Error(`campaign ${id} is not open`);
}

/** 应用清理结果: the campaign is closed with the date of its decision. */
export function markCleanupCampaignApplied(
  db: Db,
  id: string,
  applied: { decidedOn: string; appliedAt: string; appliedBy: string },
): void {
  const result = db
    .prepare(
      `UPDATE cleanup_campaigns SET status = 'applied', decided_on = @decidedOn, applied_at = @appliedAt,
         applied_by = @appliedBy
       WHERE id = @id AND status = 'open'`,
    )
    .run({ id, ...applied });
  if (result.changes !== 1) throw new Error(`campaign ${id} is not open`);
}

/** One document of a campaign, its disposition, who proposed it and the 负责人 who approved it. */
export interface CleanupItemRecord {
  campaignId: string;
  documentId: string;
  /** The issuance the disposition concerns. */
  docNumber: string;
  addedAt: string;
  addedBy: string;
  disposition: Disposition | null;
  reason: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decidedByName: string | null;
  approvedAt: string | null;
  approvedBy: string | null;
  approvedByName: string | null;
}

interface CleanupItemRow {
  campaign_id: string;
  document_id: string;
  doc_number: string;
  added_at: string;
  added_by: string;
  disposition: Disposition | null;
  reason: string;
  decided_at: string | null;
  decided_by: string | null;
  decided_by_name: string | null;
  approved_at: string | null;
  approved_by: string | null;
  approved_by_name: string | null;
}

function itemFromRow(row: CleanupItemRow): CleanupItemRecord {
  return {
    campaignId: row.campaign_id,
    documentId: row.document_id,
    docNumber: row.doc_number,
    addedAt: row.added_at,
    addedBy: row.added_by,
    disposition: row.disposition,
    reason: row.reason,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
    decidedByName: row.decided_by_name,
    approvedAt: row.approved_at,
    approvedBy: row.approved_by,
    approvedByName: row.approved_by_name,
  };
}

export function insertCleanupItem(
  db: Db,
  item: Pick<CleanupItemRecord, 'campaignId' | 'documentId' | 'docNumber' | 'addedAt' | 'addedBy'>,
): void {
  db.prepare(
    `INSERT INTO cleanup_items (campaign_id, document_id, doc_number, added_at, added_by)
     VALUES (@campaignId, @documentId, @docNumber, @addedAt, @addedBy)`,
  ).run(item);
}

/** The campaign's documents in the order they were added. */
export function listCleanupItems(db: Db, campaignId: string): CleanupItemRecord[] {
  const rows = db
    .prepare(
      `SELECT i.*, d.display_name AS decided_by_name, a.display_name AS approved_by_name
       FROM cleanup_items i
         LEFT JOIN users d ON d.id = i.decided_by
         LEFT JOIN users a ON a.id = i.approved_by
       WHERE i.campaign_id = ? ORDER BY i.rowid`,
    )
    .all(campaignId) as CleanupItemRow[];
  return rows.map(itemFromRow);
}

/** Counts of every campaign's items, for the list: total, decided, approved, by disposition. */
export interface CleanupItemCounts {
  total: number;
  decided: number;
  approved: number;
  byDisposition: Record<Disposition, number>;
}

export function cleanupItemCounts(db: Db): Map<string, CleanupItemCounts> {
  const rows = db
    .prepare(
      `SELECT campaign_id, disposition, COUNT(*) AS n, COUNT(approved_at) AS approved
       FROM cleanup_items GROUP BY campaign_id, disposition`,
    )
    .all() as { campaign_id: string; disposition: Disposition | null; n: number; approved: number }[];
  const counts = new Map<string, CleanupItemCounts>();
  for (const row of rows) {
    const entry = counts.get(row.campaign_id) ?? {
      total: 0,
      decided: 0,
      approved: 0,
      byDisposition: { continue: 0, amend: 0, repeal: 0, declare_invalid: 0 },
    };
    entry.total += row.n;
    entry.approved += row.approved;
    if (row.disposition) {
      entry.decided += row.n;
      entry.byDisposition[row.disposition] += row.n;
    }
    counts.set(row.campaign_id, entry);
  }
  return counts;
}

/** A disposition proposed (拟定): any earlier approval of the item no longer stands. */
export function decideCleanupItem(
  db: Db,
  decision: {
    campaignId: string;
    documentId: string;
    disposition: Disposition;
    reason: string;
    decidedAt: string;
    decidedBy: string;
  },
): void {
  const result = db
    .prepare(
      `UPDATE cleanup_items SET disposition = @disposition, reason = @reason, decided_at = @decidedAt,
         decided_by = @decidedBy, approved_at = NULL, approved_by = NULL
       WHERE campaign_id = @campaignId AND document_id = @documentId`,
    )
    .run(decision);
  if (result.changes !== 1) throw new Error(`no item ${decision.documentId} in ${decision.campaignId}`);
}

export function approveCleanupItem(
  db: Db,
  approval: { campaignId: string; documentId: string; approvedAt: string; approvedBy: string },
): void {
  const result = db
    .prepare(
      `UPDATE cleanup_items SET approved_at = @approvedAt, approved_by = @approvedBy
       WHERE campaign_id = @campaignId AND document_id = @documentId AND disposition IS NOT NULL`,
    )
    .run(approval);
  if (result.changes !== 1)
    throw new Error(`no decided item ${approval.documentId} in ${approval.campaignId}`);
}

/** Re-scoping drops an undecided document the filters no longer select. */
export function deleteUndecidedCleanupItem(db: Db, campaignId: string, documentId: string): void {
  const result = db
    .prepare('DELETE FROM cleanup_items WHERE campaign_id = ? AND document_id = ? AND disposition IS NULL')
    .run(campaignId, documentId);
  if (result.changes !== 1) throw new Error(`no undecided item ${documentId} in ${campaignId}`);
}
