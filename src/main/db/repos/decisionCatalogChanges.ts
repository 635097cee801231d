import type { CatalogChangeKind } from '../../../shared/domain/decisionCatalog';
import type { Db } from '../connection';
import type { DecisionCatalogItemFields } from './decisionCatalogItems';

/** One change of a catalog item: added, edited or removed, with its fields before and after. */
export interface DecisionCatalogChangeRecord {
  id: string;
  catalogId: string;
  itemId: string;
  change: CatalogChangeKind;
  before: DecisionCatalogItemFields | null;
  after: DecisionCatalogItemFields | null;
  reason: string;
  /** Made after the catalog was published: an adjustment (调整) listed in the export. */
  afterPublication: boolean;
  changedAt: string;
  changedBy: string;
}

interface DecisionCatalogChangeRow {
  id: string;
  catalog_id: string;
  item_id: string;
  change: CatalogChangeKind;
  before_json: string | null;
  after_json: string | null;
  reason: string;
  after_publication: number;
  changed_at: string;
  changed_by: string;
}

function fromRow(row: DecisionCatalogChangeRow): DecisionCatalogChangeRecord {
  return {
    id: row.id,
    catalogId: row.catalog_id,
    itemId: row.item_id,
    change: row.change,
    before: row.before_json ? (JSON.parse(row.before_json) as DecisionCatalogItemFields) : null,
    after: row.after_json ? (JSON.parse(row.after_json) as DecisionCatalogItemFields) : null,
    reason: row.reason,
    afterPublication: row.after_publication === 1,
    changedAt: row.changed_at,
    changedBy: row.changed_by,
  };
}

export function insertDecisionCatalogChange(db: Db, record: DecisionCatalogChangeRecord): void {
  db.prepare(
    `INSERT INTO decision_catalog_changes (id, catalog_id, item_id, change, before_json, after_json, reason,
       after_publication, changed_at, changed_by)
     VALUES (@id, @catalogId, @itemId, @change, @before, @after, @reason, @afterPublication, @changedAt, @changedBy)`,
  ).run({
    ...record,
    before: record.before ? JSON.stringify(record.before) : null,
    after: record.after ? JSON.stringify(record.after) : null,
    afterPublication: record.afterPublication ? 1 : 0,
  });
}

/** Every change of the catalog's items, oldest first. */
export function listDecisionCatalogChanges(db: Db, catalogId: string): DecisionCatalogChangeRecord[] {
  return (
    db
      .prepare('SELECT * FROM decision_catalog_changes WHERE catalog_id = ? ORDER BY changed_at, rowid')
      .all(catalogId) as DecisionCatalogChangeRow[]
  ).map(fromRow);
}
