import type { DecisionType } from '../../../shared/domain/decisionCatalog';
import type { Db } from '../connection';

/** The fields of a catalog item a user fills in (and a change records before and after). */
export interface DecisionCatalogItemFields {
  name: string;
  decisionType: DecisionType;
  leadUnit: string;
  basis: string;
  /** 计划完成时间, YYYY-MM. */
  plannedCompletion: string;
  documentId: string | null;
}

/** One 事项 of a 重大行政决策事项目录; never deleted, only marked removed. */
export interface DecisionCatalogItemRecord extends DecisionCatalogItemFields {
  id: string;
  catalogId: string;
  seq: number;
  state: 'active' | 'removed';
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

interface DecisionCatalogItemRow {
  id: string;
  catalog_id: string;
  seq: number;
  name: string;
  decision_type: DecisionType;
  lead_unit: string;
  basis: string;
  planned_completion: string;
  document_id: string | null;
  state: 'active' | 'removed';
  created_at: string;
  created_by: string;
  updated_at: string;
}

function fromRow(row: DecisionCatalogItemRow): DecisionCatalogItemRecord {
  return {
    id: row.id,
    catalogId: row.catalog_id,
    seq: row.seq,
    name: row.name,
    decisionType: row.decision_type,
    leadUnit: row.lead_unit,
    basis: row.basis,
    plannedCompletion: row.planned_completion,
    documentId: row.document_id,
    state: row.state,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
  };
}

export function insertDecisionCatalogItem(db: Db, record: DecisionCatalogItemRecord): void {
  db.prepare(
    `INSERT INTO decision_catalog_items (id, catalog_id, seq, name, decision_type, lead_unit, basis,
       planned_completion, document_id, state, created_at, created_by, updated_at)
     VALUES (@id, @catalogId, @seq, @name, @decisionType, @leadUnit, @basis,
       @plannedCompletion, @documentId, @state, @createdAt, @createdBy, @updatedAt)`,
  ).run(record);
}

export function findDecisionCatalogItem(db: Db, id: string): DecisionCatalogItemRecord | null {
  const row = db.prepare('SELECT * FROM decision_catalog_items WHERE id = ?').get(id) as
    DecisionCatalogItemRow | undefined;
  return row ? fromRow(row) : null;
}

/** Every item of the catalog, removed ones included, in the order they were added. */
export function listDecisionCatalogItems(db: Db, catalogId: string): DecisionCatalogItemRecord[] {
  return (
    db
      .prepare('SELECT * FROM decision_catalog_items WHERE catalog_id = ? ORDER BY seq')
      .all(catalogId) as DecisionCatalogItemRow[]
  ).map(fromRow);
}

export function nextDecisionCatalogItemSeq(db: Db, catalogId: string): number {
  const row = db
    .prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM decision_catalog_items WHERE catalog_id = ?')
    .get(catalogId) as { seq: number };
  return row.seq;
}

export function updateDecisionCatalogItem(
  db: Db,
  id: string,
  fields: DecisionCatalogItemFields,
  at: string,
): void {
  const { changes } = db
    .prepare(
      `UPDATE decision_catalog_items SET name = @name, decision_type = @decisionType, lead_unit = @leadUnit,
         basis = @basis, planned_completion = @plannedCompletion, document_id = @documentId, updated_at = @at
       WHERE id = @id AND state = 'active'`,
    )
    .run({ ...fields, id, at });
  if (changes !== 1) throw new Error(`decision catalog item ${id} is not active`);
}

export function removeDecisionCatalogItem(db: Db, id: string, at: string): void {
  const { changes } = db
    .prepare(
      `UPDATE decision_catalog_items SET state = 'removed', updated_at = ? WHERE id = ? AND state = 'active'`,
    )
    .run(at, id);
  if (changes !== 1) throw new Error(`decision catalog item ${id} is not active`);
}
