import type { RosterEntry } from '../../../shared/api/schemas/signing';
import type { Db } from '../connection';

interface RosterRow {
  fingerprint: string;
  user_id: string;
  username: string;
  display_name: string;
  roles: string;
  public_key: string;
  valid_from: string;
  valid_until: string | null;
  ended_by: RosterEntry['endedBy'];
}

function fromRow(row: RosterRow): RosterEntry {
  return {
    fingerprint: row.fingerprint,
    accountId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    roles: JSON.parse(row.roles) as string[],
    publicKey: row.public_key,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    endedBy: row.ended_by,
  };
}

export function insertRosterEntry(db: Db, entry: RosterEntry): void {
  db.prepare(
    `INSERT INTO signing_key_roster
       (fingerprint, user_id, username, display_name, roles, public_key, valid_from, valid_until, ended_by)
     VALUES (@fingerprint, @accountId, @username, @displayName, @roles, @publicKey, @validFrom, @validUntil,
       @endedBy)`,
  ).run({ ...entry, roles: JSON.stringify(entry.roles) });
}

/** Ends an account's current key; returns the entry as it was, or null when it had none. */
export function endCurrentKey(
  db: Db,
  accountId: string,
  at: string,
  endedBy: NonNullable<RosterEntry['endedBy']>,
): RosterEntry | null {
  const current = findCurrentKey(db, accountId);
  if (!current) return null;
  const result = db
    .prepare('UPDATE signing_key_roster SET valid_until = ?, ended_by = ? WHERE fingerprint = ?')
    .run(at, endedBy, current.fingerprint);
  if (result.changes !== 1) throw new Error(`key ${current.fingerprint} not ended`);
  return current;
}

export function findCurrentKey(db: Db, accountId: string): RosterEntry | null {
  const row = db
    .prepare('SELECT * FROM signing_key_roster WHERE user_id = ? AND valid_until IS NULL')
    .get(accountId) as RosterRow | undefined;
  return row ? fromRow(row) : null;
}

export function findRosterEntry(db: Db, fingerprint: string): RosterEntry | null {
  const row = db.prepare('SELECT * FROM signing_key_roster WHERE fingerprint = ?').get(fingerprint) as
    RosterRow | undefined;
  return row ? fromRow(row) : null;
}

export function listRoster(db: Db): RosterEntry[] {
  return (db.prepare('SELECT * FROM signing_key_roster ORDER BY valid_from, rowid').all() as RosterRow[]).map(
    fromRow,
  );
}
