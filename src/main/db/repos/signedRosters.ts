import type { SignedRoster } from '../../../shared/api/schemas/signing';
import type { Db } from '../connection';

/** A roster as an administrator signed it for export. */
export interface SignedRosterRecord {
  id: string;
  signedAt: string;
  signerId: string;
  signerFingerprint: string;
  roster: SignedRoster;
}

interface SignedRosterRow {
  id: string;
  signed_at: string;
  signer_id: string;
  signer_fingerprint: string;
  document: string;
}

function fromRow(row: SignedRosterRow): SignedRosterRecord {
  return {
    id: row.id,
    signedAt: row.signed_at,
    signerId: row.signer_id,
    signerFingerprint: row.signer_fingerprint,
    roster: JSON.parse(row.document) as SignedRoster,
  };
}

export function insertSignedRoster(db: Db, record: SignedRosterRecord): void {
  db.prepare(
    `INSERT INTO signed_rosters (id, signed_at, signer_id, signer_fingerprint, document)
     VALUES (@id, @signedAt, @signerId, @signerFingerprint, @document)`,
  ).run({
    id: record.id,
    signedAt: record.signedAt,
    signerId: record.signerId,
    signerFingerprint: record.signerFingerprint,
    document: JSON.stringify(record.roster),
  });
}

export function latestSignedRoster(db: Db): SignedRosterRecord | null {
  const row = db.prepare('SELECT * FROM signed_rosters ORDER BY signed_at DESC, rowid DESC LIMIT 1').get() as
    SignedRosterRow | undefined;
  return row ? fromRow(row) : null;
}
