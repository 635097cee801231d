import type { SearchSource } from '../../../shared/domain/search';
import { foldCase, planTerm, spacedText } from '../../../shared/domain/search';
import type { Db } from '../connection';

/**
 * The search index (0014): search_entries holds each searchable text; search_trigram (3+ characters)
 * and search_chars (every character its own token, for 1–2 characters) share its rowid. Every write
 * goes through insertEntries / deleteEntries, so the three always agree.
 */

export interface NewSearchEntry {
  documentId: string;
  source: SearchSource;
  sourceId: string;
  versionId: string | null;
  blockId: string;
  path: string;
  text: string;
}

export interface SearchEntryRecord extends NewSearchEntry {
  id: number;
}

interface EntryRow {
  id: number;
  document_id: string;
  source: SearchSource;
  source_id: string;
  version_id: string | null;
  block_id: string;
  path: string;
  text: string;
}

function fromRow(row: EntryRow): SearchEntryRecord {
  return {
    id: row.id,
    documentId: row.document_id,
    source: row.source,
    sourceId: row.source_id,
    versionId: row.version_id,
    blockId: row.block_id,
    path: row.path,
    text: row.text,
  };
}

export function insertEntries(db: Db, entries: readonly NewSearchEntry[]): void {
  if (entries.length === 0) return;
  const entry = db.prepare(
    `INSERT INTO search_entries (document_id, source, source_id, version_id, block_id, path, text)
     VALUES (@documentId, @source, @sourceId, @versionId, @blockId, @path, @text)`,
  );
  const trigram = db.prepare('INSERT INTO search_trigram (rowid, text) VALUES (?, ?)');
  const chars = db.prepare('INSERT INTO search_chars (rowid, text) VALUES (?, ?)');
  for (const each of entries) {
    const id = Number(entry.run(each).lastInsertRowid);
    trigram.run(id, each.text);
    chars.run(id, spacedText(each.text));
  }
}

export function deleteEntries(db: Db, ids: readonly number[]): void {
  const statements = ['search_trigram', 'search_chars', 'search_entries'].map((table) =>
    db.prepare(`DELETE FROM ${table} WHERE ${table === 'search_entries' ? 'id' : 'rowid'} = ?`),
  );
  for (const id of ids) for (const statement of statements) statement.run(id);
}

/** The entries of one document, of the given sources (all when none are given). */
export function documentEntries(
  db: Db,
  documentId: string,
  sources: readonly SearchSource[] = [],
): SearchEntryRecord[] {
  const rows = db
    .prepare(
      `SELECT * FROM search_entries WHERE document_id = ?
         AND (json_array_length(?) = 0 OR source IN (SELECT value FROM json_each(?)))`,
    )
    .all(documentId, JSON.stringify(sources), JSON.stringify(sources)) as EntryRow[];
  return rows.map(fromRow);
}

/** The entries of one version, thread, review case … (by source and id). */
export function sourceEntries(db: Db, source: SearchSource, sourceId: string): SearchEntryRecord[] {
  const rows = db
    .prepare('SELECT * FROM search_entries WHERE source = ? AND source_id = ?')
    .all(source, sourceId) as EntryRow[];
  return rows.map(fromRow);
}

/** Whether any entry already belongs to this version (a version is indexed once: it never changes). */
export function versionIndexed(db: Db, versionId: string): boolean {
  return (
    db
      .prepare("SELECT 1 FROM search_entries WHERE source = 'version' AND source_id = ? LIMIT 1")
      .get(versionId) !== undefined
  );
}

/**
 * Everything searchable about a document apart from its texts: 标题, 文号, 登记号, 起草单位; comment
 * threads and replies; the review's opinion, checklist notes, findings and suggestions; filing outcomes;
 * cleanup decisions.
 */
export function documentRecordEntries(db: Db, documentId: string): NewSearchEntry[] {
  const rows = db
    .prepare(
      `SELECT 'document' AS source, d.id AS source_id, NULL AS version_id, 'title' AS block_id, '标题' AS path,
              d.title AS text FROM documents d WHERE d.id = @id
       UNION ALL SELECT 'document', d.id, NULL, 'docNumber', '文号', d.doc_number
         FROM documents d WHERE d.id = @id AND d.doc_number IS NOT NULL
       UNION ALL SELECT 'document', d.id, NULL, 'draftingUnit', '起草单位', d.drafting_unit
         FROM documents d WHERE d.id = @id
       UNION ALL SELECT 'document', i.document_id, NULL, 'registrationNumber', '登记号', i.registration_number
         FROM issuances i WHERE i.document_id = @id AND i.registration_number IS NOT NULL
       UNION ALL SELECT 'annotation', a.id, a.origin_version_id, coalesce(json_extract(a.origin_selector, '$.blockId'), ''),
              '批注', a.body FROM annotations a WHERE a.document_id = @id
       UNION ALL SELECT 'annotation', a.id, a.origin_version_id, coalesce(json_extract(a.origin_selector, '$.blockId'), ''),
              '批注回复', r.body FROM annotation_replies r JOIN annotations a ON a.id = r.annotation_id WHERE a.document_id = @id
       UNION ALL SELECT 'review', c.id, c.version_id, '', '审核意见（第' || c.round || '轮）', c.opinion
         FROM review_cases c WHERE c.document_id = @id
       UNION ALL SELECT 'review', c.id, c.version_id, '', '审核要素说明（第' || c.round || '轮）', i.note
         FROM review_items i JOIN review_cases c ON c.id = i.case_id WHERE c.document_id = @id
       UNION ALL SELECT 'review', c.id, c.version_id, coalesce(f.block_id, ''), '预审发现 ' || f.label,
              f.message || char(10) || f.reason
         FROM review_findings f JOIN review_cases c ON c.id = f.case_id WHERE c.document_id = @id
       UNION ALL SELECT 'review', c.id, c.version_id, coalesce(s.block_id, ''), '修改建议 ' || s.label, s.suggestion
         FROM review_suggestions s JOIN review_cases c ON c.id = s.case_id
         WHERE c.document_id = @id AND s.removed_at IS NULL
       UNION ALL SELECT 'filing', f.id, NULL, '', '备案结果（' || f.recipient || '）',
              coalesce(f.outcome_label, '') || char(10) || f.outcome_note
         FROM filing_submissions f WHERE f.document_id = @id AND f.outcome IS NOT NULL
       UNION ALL SELECT 'cleanup', c.id, NULL, '', '清理意见（' || c.name || '）', i.reason
         FROM cleanup_items i JOIN cleanup_campaigns c ON c.id = i.campaign_id WHERE i.document_id = @id`,
    )
    .all({ id: documentId }) as Omit<EntryRow, 'id' | 'document_id'>[];
  return rows
    .map((row) => ({
      documentId,
      source: row.source,
      sourceId: row.source_id,
      versionId: row.version_id,
      blockId: row.block_id,
      path: row.path.trim(),
      text: row.text.trim(),
    }))
    .filter((entry) => entry.text !== '');
}

/** Documents with no entry at all: not indexed yet (every document has at least its title). */
export function unindexedDocumentIds(db: Db): string[] {
  return (
    db
      .prepare(
        `SELECT id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM search_entries e WHERE e.document_id = d.id)
         ORDER BY id`,
      )
      .all() as { id: string }[]
  ).map((row) => row.id);
}

/** Documents by id after `after`, for a rebuild in batches; and how many remain after them. */
export function documentIdsAfter(
  db: Db,
  after: string | null,
  limit: number,
): { ids: string[]; remaining: number } {
  const ids = (
    db.prepare('SELECT id FROM documents WHERE id > ? ORDER BY id LIMIT ?').all(after ?? '', limit) as {
      id: string;
    }[]
  ).map((row) => row.id);
  const last = ids[ids.length - 1];
  const { remaining } = db
    .prepare('SELECT count(*) AS remaining FROM documents WHERE id > ?')
    .get(last ?? after ?? '') as { remaining: number };
  return { ids, remaining: last === undefined ? 0 : remaining };
}

export interface SearchFilter {
  terms: readonly string[];
  sources: readonly SearchSource[];
  kinds?: readonly string[] | undefined;
  statuses?: readonly string[] | undefined;
  year?: number | undefined;
}

/** The conditions every hit meets: each term is in its text (the exact rule), and it is of a source asked for. */
function verifiedCondition(filter: SearchFilter): { sql: string; params: unknown[] } {
  const clauses = filter.terms.map(() => 'instr(lower(e.text), ?) > 0');
  const params: unknown[] = filter.terms.map(foldCase);
  clauses.push('e.source IN (SELECT value FROM json_each(?))');
  params.push(JSON.stringify(filter.sources));
  return { sql: clauses.join(' AND '), params };
}

function documentCondition(filter: SearchFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.kinds && filter.kinds.length > 0) {
    clauses.push('d.kind IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.kinds));
  }
  if (filter.statuses && filter.statuses.length > 0) {
    clauses.push('d.status IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.statuses));
  }
  if (filter.year !== undefined) {
    clauses.push('d.year = ?');
    params.push(filter.year);
  }
  return { sql: clauses.length > 0 ? clauses.join(' AND ') : '', params };
}

/**
 * The statement that walks the candidates, newest entry first. One FTS index drives it (trigram when a
 * term has 3+ characters: it is the more selective; every term quoted, all of one index in one MATCH);
 * the other index, when terms need both, is a set the candidate must be in; each candidate's text must
 * contain each term — so a hit is exactly a substring, whatever the tokenizers do with punctuation.
 */
function candidateStatement(filter: SearchFilter): { sql: string; params: unknown[] } {
  const trigram: string[] = [];
  const chars: string[] = [];
  for (const term of filter.terms) {
    const plan = planTerm(term);
    if (plan.index === 'trigram') trigram.push(plan.match);
    if (plan.index === 'chars') chars.push(plan.match);
  }
  const verified = verifiedCondition(filter);
  const documents = documentCondition(filter);
  const where: string[] = [];
  const params: unknown[] = [];
  let from = 'search_entries e';
  let order = 'e.id DESC';
  const driver = trigram.length > 0 ? 'search_trigram' : chars.length > 0 ? 'search_chars' : null;
  if (driver) {
    // CROSS JOIN keeps the FTS index as the outer loop, read in rowid order without sorting.
    from = `${driver} CROSS JOIN search_entries e ON e.id = ${driver}.rowid`;
    where.push(`${driver} MATCH ?`);
    params.push((driver === 'search_trigram' ? trigram : chars).join(' AND '));
    order = `${driver}.rowid DESC`;
  }
  if (driver === 'search_trigram' && chars.length > 0) {
    where.push('e.id IN (SELECT rowid FROM search_chars WHERE search_chars MATCH ?)');
    params.push(chars.join(' AND '));
  }
  where.push(verified.sql);
  params.push(...verified.params);
  if (documents.sql) {
    from += ' CROSS JOIN documents d ON d.id = e.document_id';
    where.push(documents.sql);
    params.push(...documents.params);
  }
  return { sql: `SELECT e.document_id FROM ${from} WHERE ${where.join(' AND ')} ORDER BY ${order}`, params };
}

/**
 * The documents with hits, those with the newest hits first, up to `limit`: the walk stops as soon as it
 * has one more than that (`more`), so a word found in most documents costs no more than a rare one.
 */
export function matchingDocuments(
  db: Db,
  filter: SearchFilter,
  limit: number,
): { documentIds: string[]; more: boolean } {
  const statement = candidateStatement(filter);
  const found = new Set<string>();
  for (const row of db.prepare(statement.sql).iterate(...statement.params) as Iterable<{
    document_id: string;
  }>) {
    found.add(row.document_id);
    if (found.size > limit) break;
  }
  const documentIds = [...found];
  return { documentIds: documentIds.slice(0, limit), more: documentIds.length > limit };
}

export interface DocumentHitRow {
  documentId: string;
  title: string;
  kind: string;
  status: string;
  year: number;
  docNumber: string | null;
  hitCount: number;
}

/** The listed documents with their number of hits (their entries checked directly, no index needed). */
export function documentHitCounts(
  db: Db,
  filter: SearchFilter,
  documentIds: readonly string[],
): DocumentHitRow[] {
  if (documentIds.length === 0) return [];
  const verified = verifiedCondition(filter);
  const rows = db
    .prepare(
      `SELECT d.id, d.title, d.kind, d.status, d.year, d.doc_number,
              (SELECT count(*) FROM search_entries e WHERE e.document_id = d.id AND ${verified.sql}) AS hit_count
       FROM documents d WHERE d.id IN (SELECT value FROM json_each(?))`,
    )
    .all(...verified.params, JSON.stringify(documentIds)) as {
    id: string;
    title: string;
    kind: string;
    status: string;
    year: number;
    doc_number: string | null;
    hit_count: number;
  }[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return documentIds.flatMap((id) => {
    const row = byId.get(id);
    return row
      ? [
          {
            documentId: row.id,
            title: row.title,
            kind: row.kind,
            status: row.status,
            year: row.year,
            docNumber: row.doc_number,
            hitCount: row.hit_count,
          },
        ]
      : [];
  });
}

export interface HitRow extends SearchEntryRecord {
  versionSeq: number | null;
  versionLabel: string | null;
}

/**
 * The first hits of each of the given documents: metadata, then the working draft, then the newest
 * version's text, then comments, review, filing and cleanup records.
 */
export function searchHits(
  db: Db,
  filter: SearchFilter,
  documentIds: readonly string[],
  perDocument: number,
): HitRow[] {
  if (documentIds.length === 0) return [];
  const verified = verifiedCondition(filter);
  const rows = db
    .prepare(
      `SELECT * FROM (
         SELECT e.*, v.seq AS version_seq, v.label AS version_label,
                row_number() OVER (
                  PARTITION BY e.document_id
                  ORDER BY CASE e.source WHEN 'document' THEN 0 WHEN 'draft' THEN 1 WHEN 'version' THEN 2 ELSE 3 END,
                           v.seq DESC, e.id
                ) AS rank
         FROM search_entries e LEFT JOIN document_versions v ON v.id = e.version_id
         WHERE e.document_id IN (SELECT value FROM json_each(?)) AND ${verified.sql}
       ) WHERE rank <= ? ORDER BY document_id, rank`,
    )
    .all(JSON.stringify(documentIds), ...verified.params, perDocument) as (EntryRow & {
    version_seq: number | null;
    version_label: string | null;
  })[];
  return rows.map((row) => ({
    ...fromRow(row),
    versionSeq: row.version_seq,
    versionLabel: row.version_label,
  }));
}
