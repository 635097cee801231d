import type { LegalBasis } from '../../../shared/api/schemas/drafting';
import type { Db } from '../connection';

/** A 制定依据 entry with the document it belongs to. */
export interface LegalBasisRecord extends LegalBasis {
  documentId: string;
}

interface LegalBasisRow {
  id: string;
  document_id: string;
  seq: number;
  law_title: string;
  article: string;
  note: string;
  created_at: string;
}

function fromRow(row: LegalBasisRow): LegalBasisRecord {
  return {
    id: row.id,
    documentId: row.document_id,
    seq: row.seq,
    lawTitle: row.law_title,
    article: row.article,
    note: row.note,
    createdAt: row.created_at,
  };
}

export function addLegalBasis(
  db: Db,
  basis: {
    id: string;
    documentId: string;
    lawTitle: string;
    article: string;
    note: string;
    createdAt: string;
    createdBy: string;
  },
): void {
  const { next } = db
    .prepare('SELECT coalesce(max(seq), 0) + 1 AS next FROM legal_bases WHERE document_id = ?')
    .get(basis.documentId) as { next: number };
  db.prepare(
    `INSERT INTO legal_bases (id, document_id, seq, law_title, article, note, created_at, created_by)
     VALUES (@id, @documentId, @seq, @lawTitle, @article, @note, @createdAt, @createdBy)`,
  ).run({ ...basis, seq: next });
}

export function listLegalBases(db: Db, documentId: string): LegalBasisRecord[] {
  const rows = db
    .prepare('SELECT * FROM legal_bases WHERE document_id = ? AND removed_at IS NULL ORDER BY seq')
    .all(documentId) as LegalBasisRow[];
  return rows.map(fromRow);
}

export function findLegalBasis(db: Db, id: string): LegalBasisRecord | null {
  const row = db.prepare('SELECT * FROM legal_bases WHERE id = ? AND removed_at IS NULL').get(id) as
    LegalBasisRow | undefined;
  return row ? fromRow(row) : null;
}

export function removeLegalBasis(db: Db, id: string, at: string): void {
  const result = db
    .prepare('UPDATE legal_bases SET removed_at = ? WHERE id = ? AND removed_at IS NULL')
    .run(at, id);
  if (result.changes !== 1) throw new Error(`legal basis ${id} not removed`);
}
