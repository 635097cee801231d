import type { DocumentSummary, ListDocumentsInput } from '../../../shared/api';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../shared/domain/documentKinds';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../../shared/domain/documentStatus';
import type { Db } from '../connection';

interface DocumentRow {
  id: string;
  kind: string;
  title: string;
  drafting_unit: string;
  issuing_authority: string;
  responsible_person: string;
  status: string;
  year: number;
  doc_number: string | null;
  version_count: number;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export interface DocumentRecord extends DocumentSummary {
  createdBy: string;
}

function fromRow(row: DocumentRow): DocumentRecord {
  return {
    id: row.id,
    kind: row.kind as DocumentKind,
    title: row.title,
    draftingUnit: row.drafting_unit,
    issuingAuthority: row.issuing_authority,
    responsiblePerson: row.responsible_person,
    status: row.status as DocumentStatus,
    year: row.year,
    docNumber: row.doc_number,
    versionCount: row.version_count,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
  };
}

export function toSummary({ createdBy: _omit, ...summary }: DocumentRecord): DocumentSummary {
  return summary;
}

export function insertDocument(db: Db, doc: DocumentRecord): void {
  db.prepare(
    `INSERT INTO documents (id, kind, title, drafting_unit, issuing_authority, responsible_person, status, year,
       doc_number, version_count, created_at, created_by, updated_at)
     VALUES (@id, @kind, @title, @draftingUnit, @issuingAuthority, @responsiblePerson, @status, @year,
       @docNumber, @versionCount, @createdAt, @createdBy, @updatedAt)`,
  ).run(doc);
}

export function findDocument(db: Db, id: string): DocumentRecord | null {
  const row = db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
  return row ? fromRow(row) : null;
}

export function updateDocument(
  db: Db,
  doc: Pick<
    DocumentRecord,
    'id' | 'kind' | 'title' | 'draftingUnit' | 'issuingAuthority' | 'responsiblePerson' | 'updatedAt'
  >,
): void {
  const result = db
    .prepare(
      `UPDATE documents SET kind = @kind, title = @title, drafting_unit = @draftingUnit,
         issuing_authority = @issuingAuthority, responsible_person = @responsiblePerson, updated_at = @updatedAt
       WHERE id = @id`,
    )
    .run(doc);
  if (result.changes !== 1) throw new Error(`document ${doc.id} not updated`);
}

/** Kinds and statuses sort in the order users know them (the lifecycle), not by their English ids. */
function orderOf(column: string, values: readonly string[]): string {
  return `CASE ${column} ${values.map((value, index) => `WHEN '${value}' THEN ${index}`).join(' ')} ELSE ${values.length} END`;
}

const SORT_COLUMNS: Record<ListDocumentsInput['sort'], string> = {
  updatedAt: 'updated_at',
  createdAt: 'created_at',
  title: 'title',
  kind: orderOf('kind', DOCUMENT_KINDS),
  status: orderOf('status', DOCUMENT_STATUSES),
  year: 'year',
};

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** One page of the registry; filters are combined with AND, ties broken by id for a stable order. */
/** `onlyIds`: keep these documents only (a filter computed outside SQL, such as the lifecycle state). */
export function listDocuments(
  db: Db,
  query: ListDocumentsInput,
  onlyIds?: readonly string[],
): { items: DocumentRecord[]; total: number } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (onlyIds) {
    // One bound JSON array, however many ids: no limit on SQL variables.
    where.push('id IN (SELECT value FROM json_each(@onlyIds))');
    params.onlyIds = JSON.stringify(onlyIds);
  }
  if (query.kind) {
    where.push('kind = @kind');
    params.kind = query.kind;
  }
  if (query.status) {
    where.push('status = @status');
    params.status = query.status;
  }
  if (query.year !== undefined) {
    where.push('year = @year');
    params.year = query.year;
  }
  if (query.q) {
    where.push("(title LIKE @q ESCAPE '\\' OR doc_number LIKE @q ESCAPE '\\')");
    params.q = `%${escapeLike(query.q)}%`;
  }
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const order = query.order === 'asc' ? 'ASC' : 'DESC';
  const column = SORT_COLUMNS[query.sort];
  const total = (db.prepare(`SELECT count(*) AS n FROM documents ${whereSql}`).get(params) as { n: number })
    .n;
  const rows = db
    .prepare(
      `SELECT * FROM documents ${whereSql} ORDER BY ${column} ${order}, id ${order} LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }) as DocumentRow[];
  return { items: rows.map(fromRow), total };
}

export function setDocumentStatus(db: Db, documentId: string, status: DocumentStatus, at: string): void {
  const result = db
    .prepare('UPDATE documents SET status = ?, updated_at = ? WHERE id = ?')
    .run(status, at, documentId);
  if (result.changes !== 1) throw new Error(`document ${documentId} not updated`);
}

/** 发文字号, given when the document is issued. */
export function setDocumentNumber(db: Db, documentId: string, docNumber: string): void {
  const result = db.prepare('UPDATE documents SET doc_number = ? WHERE id = ?').run(docNumber, documentId);
  if (result.changes !== 1) throw new Error(`document ${documentId} not numbered`);
}
