import type { Db } from '../connection';

/** 政府信息公开申请, its 延期, its 征求第三方意见 periods, and 主动公开 records (migration review_clocks). */

export interface DisclosureRequestRecord {
  documentId: string;
  receivedOn: string;
  applicant: string;
  answeredOn: string | null;
}

interface DisclosureRequestRow {
  document_id: string;
  received_on: string;
  applicant: string;
  answered_on: string | null;
}

function fromRow(row: DisclosureRequestRow): DisclosureRequestRecord {
  return {
    documentId: row.document_id,
    receivedOn: row.received_on,
    applicant: row.applicant,
    answeredOn: row.answered_on,
  };
}

export function findDisclosureRequest(db: Db, documentId: string): DisclosureRequestRecord | null {
  const row = db.prepare('SELECT * FROM disclosure_requests WHERE document_id = ?').get(documentId) as
    DisclosureRequestRow | undefined;
  return row ? fromRow(row) : null;
}

export function listOpenDisclosureRequests(db: Db): (DisclosureRequestRecord & { title: string })[] {
  const rows = db
    .prepare(
      `SELECT r.*, d.title FROM disclosure_requests r JOIN documents d ON d.id = r.document_id
       WHERE r.answered_on IS NULL ORDER BY r.received_on`,
    )
    .all() as (DisclosureRequestRow & { title: string })[];
  return rows.map((row) => ({ ...fromRow(row), title: row.title }));
}

export function putDisclosureRequest(
  db: Db,
  request: { documentId: string; receivedOn: string; applicant: string; by: string; at: string },
): void {
  db.prepare(
    `INSERT INTO disclosure_requests (document_id, received_on, applicant, recorded_by, recorded_at, updated_at)
     VALUES (@documentId, @receivedOn, @applicant, @by, @at, @at)
     ON CONFLICT (document_id) DO UPDATE SET received_on = excluded.received_on,
       applicant = excluded.applicant, updated_at = excluded.updated_at`,
  ).run(request);
}

export function setDisclosureAnswered(db: Db, documentId: string, answeredOn: string, at: string): void {
  const result = db
    .prepare('UPDATE disclosure_requests SET answered_on = ?, updated_at = ? WHERE document_id = ?')
    .run(answeredOn, at, documentId);
  if (result.changes !== 1) throw new Error(`disclosure request ${documentId} not answered`);
}

export interface DisclosureExtensionRecord {
  workingDays: number;
  reason: string;
  approvedOn: string;
  approvedBy: string;
  notifiedOn: string;
}

export function findDisclosureExtension(db: Db, documentId: string): DisclosureExtensionRecord | null {
  const row = db
    .prepare(
      `SELECT working_days, reason, approved_on, approved_by, notified_on FROM disclosure_extensions
       WHERE document_id = ?`,
    )
    .get(documentId) as
    | { working_days: number; reason: string; approved_on: string; approved_by: string; notified_on: string }
    | undefined;
  return row
    ? {
        workingDays: row.working_days,
        reason: row.reason,
        approvedOn: row.approved_on,
        approvedBy: row.approved_by,
        notifiedOn: row.notified_on,
      }
    : null;
}

export function insertDisclosureExtension(
  db: Db,
  extension: DisclosureExtensionRecord & { documentId: string; at: string },
): void {
  db.prepare(
    `INSERT INTO disclosure_extensions (document_id, working_days, reason, approved_on, approved_by, notified_on, recorded_at)
     VALUES (@documentId, @workingDays, @reason, @approvedOn, @approvedBy, @notifiedOn, @at)`,
  ).run(extension);
}

export interface ConsultationRecord {
  id: string;
  thirdParty: string;
  fromOn: string;
  toOn: string;
}

export function listConsultations(db: Db, documentId: string): ConsultationRecord[] {
  const rows = db
    .prepare(
      `SELECT id, third_party, from_on, to_on FROM disclosure_consultations WHERE document_id = ?
       ORDER BY from_on, id`,
    )
    .all(documentId) as { id: string; third_party: string; from_on: string; to_on: string }[];
  return rows.map((row) => ({
    id: row.id,
    thirdParty: row.third_party,
    fromOn: row.from_on,
    toOn: row.to_on,
  }));
}

export function insertConsultation(
  db: Db,
  consultation: ConsultationRecord & { documentId: string; by: string; at: string },
): void {
  db.prepare(
    `INSERT INTO disclosure_consultations (id, document_id, third_party, from_on, to_on, recorded_by, recorded_at)
     VALUES (@id, @documentId, @thirdParty, @fromOn, @toOn, @by, @at)`,
  ).run(consultation);
}

export interface ProactiveDisclosureRecord {
  disclosedOn: string;
  channel: string;
}

export function findProactiveDisclosure(db: Db, documentId: string): ProactiveDisclosureRecord | null {
  const row = db
    .prepare('SELECT disclosed_on, channel FROM proactive_disclosures WHERE document_id = ?')
    .get(documentId) as { disclosed_on: string; channel: string } | undefined;
  return row ? { disclosedOn: row.disclosed_on, channel: row.channel } : null;
}

export function insertProactiveDisclosure(
  db: Db,
  record: ProactiveDisclosureRecord & { documentId: string; by: string; at: string },
): void {
  db.prepare(
    `INSERT INTO proactive_disclosures (document_id, disclosed_on, channel, recorded_by, recorded_at)
     VALUES (@documentId, @disclosedOn, @channel, @by, @at)`,
  ).run(record);
}

/** Issued 行政规范性文件 without a proactive-disclosure record, with their 公布日期. */
export function listUndisclosedIssued(db: Db): { documentId: string; title: string; publishedOn: string }[] {
  return db
    .prepare(
      `SELECT i.document_id AS documentId, d.title, i.published_on AS publishedOn
       FROM issuances i JOIN documents d ON d.id = i.document_id
       LEFT JOIN proactive_disclosures p ON p.document_id = i.document_id
       WHERE d.kind = 'admin_normative' AND p.document_id IS NULL ORDER BY i.published_on`,
    )
    .all() as { documentId: string; title: string; publishedOn: string }[];
}
