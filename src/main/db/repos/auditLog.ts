import { createHash } from 'node:crypto';
import type { AuditEntry, AuditVerification } from '../../../shared/api';
import { canonicalJson } from '../../../shared/domain/canonicalJson';
import type { AuditSubjectFacts } from '../../../shared/domain/audit/auditSubject';
import type { Db } from '../connection';

export const GENESIS_HASH = '0'.repeat(64);

interface AuditRow {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

export interface NewAuditEntry {
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: Record<string, unknown>;
}

/** The hash of a row covers the previous row's hash and every column of its own, canonically serialized. */
export function auditRowHash(prevHash: string, row: Omit<AuditRow, 'prev_hash' | 'hash'>): string {
  const content = canonicalJson({
    seq: row.seq,
    at: row.at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    detail: row.detail,
  });
  return createHash('sha256').update(`${prevHash}\n${content}`).digest('hex');
}

/** Appends one entry to the chain. Call inside the transaction of the change it records. */
export function appendAudit(db: Db, entry: NewAuditEntry): AuditEntry {
  const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at: entry.at,
    actor_id: entry.actorId,
    actor_name: entry.actorName,
    action: entry.action,
    target_type: entry.targetType,
    target_id: entry.targetId,
    detail: canonicalJson(entry.detail),
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = auditRowHash(prevHash, row);
  db.prepare(
    `INSERT INTO audit_log (seq, at, actor_id, actor_name, action, target_type, target_id, detail, prev_hash, hash)
     VALUES (@seq, @at, @actor_id, @actor_name, @action, @target_type, @target_id, @detail, @prev_hash, @hash)`,
  ).run({ ...row, prev_hash: prevHash, hash });
  return fromRow({ ...row, prev_hash: prevHash, hash });
}

function fromRow(row: AuditRow): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
    hash: row.hash,
  };
}

/** Which entries to list or export; times are instants (`from` inclusive, `to` exclusive). */
export interface AuditQuery {
  accountId?: string | undefined;
  action?: string | undefined;
  area?: string | undefined;
  fromAt?: string | undefined;
  toAt?: string | undefined;
  documentId?: string | undefined;
  /** Free text; `actions` are the actions whose label contains it. */
  q?: { text: string; actions: string[] } | undefined;
}

/** The names an entry's object goes by, joined from the tables it points to. */
interface AuditNameColumns {
  actor_login: string | null;
  document_id: string | null;
  document_title: string | null;
  user_name: string | null;
  user_login: string | null;
  version_seq: number | null;
  version_label: string | null;
  version_created_at: string | null;
  review_round: number | null;
  attachment_name: string | null;
  report_number: string | null;
  filing_recipient: string | null;
  campaign_name: string | null;
  catalog_year: number | null;
  item_name: string | null;
}

/** An entry with the current names of what it concerns (the facts auditSubject.ts words). */
export type AuditNamedEntry = AuditEntry & {
  names: Omit<AuditSubjectFacts, 'action' | 'targetType' | 'detail'> & {
    actorLogin: string | null;
    documentId: string | null;
  };
};

/** Tables whose rows belong to one document, by the target type the audit entry records. */
const DOCUMENT_CHILDREN: Record<string, string> = {
  versions: 'document_versions',
  review_cases: 'review_cases',
  attachments: 'attachments',
  signoffs: 'signoffs',
  filing_packages: 'filing_packages',
  filing_submissions: 'filing_submissions',
  annotations: 'annotations',
  decision_catalog_items: 'decision_catalog_items',
};

/**
 * Entries about any document of `set` (an SQL list: `(@documentId)` or a subquery). Each term can use an
 * index (the target, or one of the two recorded document ids), so SQLite answers the OR by a union.
 */
function documentCondition(set: string): string {
  const children = Object.entries(DOCUMENT_CHILDREN).map(
    ([type, table]) =>
      `(a.target_type = '${type}' AND a.target_id IN (SELECT id FROM ${table} WHERE document_id IN ${set}))`,
  );
  return [
    `(a.target_type = 'documents' AND a.target_id IN ${set})`,
    ...children,
    `json_extract(a.detail, '$.documentId') IN ${set}`,
    `json_extract(a.detail, '$.input.documentId') IN ${set}`,
  ].join('\n OR ');
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

function whereOf(query: AuditQuery): { sql: string; params: Record<string, unknown> } {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (query.accountId) {
    // With a document as well, the document's few entries are the ones to start from: the unary plus
    // keeps SQLite from walking all of an account's entries by the actor index instead.
    conditions.push(query.documentId ? '+a.actor_id = @accountId' : 'a.actor_id = @accountId');
    params.accountId = query.accountId;
  }
  if (query.action) {
    conditions.push('a.action = @action');
    params.action = query.action;
  }
  if (query.area) {
    // A range over the action index: every `area.…` action sorts between `area.` and `area/`.
    conditions.push('a.action >= @areaFrom AND a.action < @areaTo');
    params.areaFrom = `${query.area}.`;
    params.areaTo = `${query.area}/`;
  }
  if (query.fromAt) {
    conditions.push('a.at >= @fromAt');
    params.fromAt = query.fromAt;
  }
  if (query.toAt) {
    conditions.push('a.at < @toAt');
    params.toAt = query.toAt;
  }
  if (query.documentId) {
    conditions.push(`(${documentCondition('(@documentId)')})`);
    params.documentId = query.documentId;
  }
  if (query.q) {
    params.q = likePattern(query.q.text);
    const users =
      "(SELECT id FROM users WHERE username LIKE @q ESCAPE '\\' OR display_name LIKE @q ESCAPE '\\')";
    const documents = "(SELECT id FROM documents WHERE title LIKE @q ESCAPE '\\')";
    const actions = query.q.actions.map((action, index) => {
      params[`qAction${index}`] = action;
      return `@qAction${index}`;
    });
    conditions.push(
      `(a.detail LIKE @q ESCAPE '\\' OR a.actor_name LIKE @q ESCAPE '\\' OR a.actor_id IN ${users}
        OR (a.target_type IN ('users', 'auth', 'setup') AND a.target_id IN ${users})
        ${actions.length > 0 ? `OR a.action IN (${actions.join(', ')})` : ''}
        OR ${documentCondition(documents)})`,
    );
  }
  return { sql: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** The page's entries with every name joined in one query (no lookup per entry). */
const NAMED_SELECT = `
  SELECT p.*, au.username AS actor_login,
    tu.display_name AS user_name, tu.username AS user_login,
    v.seq AS version_seq, v.label AS version_label, v.created_at AS version_created_at,
    rc.round AS review_round, att.file_name AS attachment_name,
    fp.report_number AS report_number, fs.recipient AS filing_recipient,
    cc.name AS campaign_name, dc.year AS catalog_year, dci.name AS item_name,
    d.title AS document_title,
    COALESCE(CASE p.target_type WHEN 'documents' THEN p.target_id END, v.document_id, rc.document_id,
      att.document_id, so.document_id, fp.document_id, fs.document_id, an.document_id, dci.document_id,
      json_extract(p.detail, '$.documentId'), json_extract(p.detail, '$.input.documentId')) AS document_id
  FROM page p
  LEFT JOIN users au ON au.id = p.actor_id
  LEFT JOIN users tu ON p.target_type IN ('users', 'auth', 'setup') AND tu.id = p.target_id
  LEFT JOIN document_versions v ON p.target_type = 'versions' AND v.id = p.target_id
  LEFT JOIN review_cases rc ON p.target_type = 'review_cases' AND rc.id = p.target_id
  LEFT JOIN attachments att ON p.target_type = 'attachments' AND att.id = p.target_id
  LEFT JOIN signoffs so ON p.target_type = 'signoffs' AND so.id = p.target_id
  LEFT JOIN filing_packages fp ON p.target_type = 'filing_packages' AND fp.id = p.target_id
  LEFT JOIN filing_submissions fs ON p.target_type = 'filing_submissions' AND fs.id = p.target_id
  LEFT JOIN annotations an ON p.target_type = 'annotations' AND an.id = p.target_id
  LEFT JOIN cleanup_campaigns cc ON p.target_type = 'cleanup_campaigns' AND cc.id = p.target_id
  LEFT JOIN decision_catalogs dc ON p.target_type = 'decision_catalogs' AND dc.id = p.target_id
  LEFT JOIN decision_catalog_items dci ON p.target_type = 'decision_catalog_items' AND dci.id = p.target_id
  LEFT JOIN documents d ON d.id = COALESCE(CASE p.target_type WHEN 'documents' THEN p.target_id END,
    v.document_id, rc.document_id, att.document_id, so.document_id, fp.document_id, fs.document_id,
    an.document_id, dci.document_id, json_extract(p.detail, '$.documentId'),
    json_extract(p.detail, '$.input.documentId'))
  ORDER BY p.seq DESC`;

function fromNamedRow(row: AuditRow & AuditNameColumns): AuditNamedEntry {
  return {
    ...fromRow(row),
    names: {
      actorLogin: row.actor_login,
      documentId: row.document_id,
      documentTitle: row.document_title,
      userName: row.user_name,
      userLogin: row.user_login,
      versionSeq: row.version_seq,
      versionLabel: row.version_label,
      versionCreatedAt: row.version_created_at,
      reviewRound: row.review_round,
      attachmentName: row.attachment_name,
      reportNumber: row.report_number,
      filingRecipient: row.filing_recipient,
      campaignName: row.campaign_name,
      catalogYear: row.catalog_year,
      itemName: row.item_name,
    },
  };
}

/** One page of the filtered entries, newest first, with their names, and how many entries match. */
export function listAudit(
  db: Db,
  query: AuditQuery & { page: number; pageSize: number },
): { items: AuditNamedEntry[]; total: number } {
  const where = whereOf(query);
  const total = (
    db.prepare(`SELECT count(*) AS n FROM audit_log a ${where.sql}`).get(where.params) as {
      n: number;
    }
  ).n;
  const rows = db
    .prepare(
      `WITH page AS (SELECT a.* FROM audit_log a ${where.sql} ORDER BY a.seq DESC LIMIT @limit OFFSET @offset)
       ${NAMED_SELECT}`,
    )
    .all({ ...where.params, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }) as (AuditRow &
    AuditNameColumns)[];
  return { items: rows.map(fromNamedRow), total };
}

/** Every filtered entry with its names, newest first, read in batches (for the export). */
export function* iterateAudit(db: Db, query: AuditQuery, batchSize = 2_000): Generator<AuditNamedEntry> {
  const where = whereOf(query);
  const statement = db.prepare(
    `WITH page AS (SELECT a.* FROM audit_log a ${where.sql ? `${where.sql} AND` : 'WHERE'} a.seq < @before
       ORDER BY a.seq DESC LIMIT @limit)
     ${NAMED_SELECT}`,
  );
  let before = Number.MAX_SAFE_INTEGER;
  for (;;) {
    const rows = statement.all({ ...where.params, before, limit: batchSize }) as (AuditRow &
      AuditNameColumns)[];
    for (const row of rows) yield fromNamedRow(row);
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    before = last.seq;
  }
}

/**
 * Walks the whole chain in order and reports the first row that does not hold: a gap in the sequence,
 * a row whose prev_hash is not its predecessor's hash, or a row whose own hash does not match its content.
 */
export function verifyAuditChain(db: Db): AuditVerification {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  for (const row of db
    .prepare('SELECT * FROM audit_log ORDER BY seq')
    .iterate() as IterableIterator<AuditRow>) {
    const broken = (reason: string): AuditVerification => ({
      ok: false,
      checked,
      firstBrokenSeq: row.seq,
      reason,
    });
    if (row.seq !== expectedSeq)
      return broken(`序号不连续：应为 ${expectedSeq}，实为 ${row.seq}（有记录被删除或插入）`);
    if (row.prev_hash !== prevHash) return broken('与前一条记录的哈希不衔接（前序记录被改动或删除）');
    if (auditRowHash(prevHash, row) !== row.hash) return broken('记录内容与其哈希不符（该条记录被改动）');
    prevHash = row.hash;
    expectedSeq += 1;
    checked += 1;
  }
  return { ok: true, checked, firstBrokenSeq: null, reason: null };
}
