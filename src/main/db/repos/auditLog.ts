import { createHash } from 'node:crypto';
import type { AuditEntry, AuditVerification } from '../../../shared/api';
import { canonicalJson } from '../../../shared/domain/canonicalJson';
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

export function listAudit(
  db: Db,
  query: { page: number; pageSize: number; action?: string | undefined },
): { items: AuditEntry[]; total: number } {
  const where = query.action ? 'WHERE action = @action' : '';
  const params = { action: query.action };
  const total = (db.prepare(`SELECT count(*) AS n FROM audit_log ${where}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT * FROM audit_log ${where} ORDER BY seq DESC LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }) as AuditRow[];
  return { items: rows.map(fromRow), total };
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
