import type { Account } from '../../../shared/api';
import type { Role } from '../../../shared/domain/roles';
import type { Db } from '../connection';

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  roles: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface UserRecord extends Account {
  passwordHash: string;
}

function fromRow(row: UserRow): UserRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roles: JSON.parse(row.roles) as Role[],
    active: row.active === 1,
    createdAt: row.created_at,
    passwordHash: row.password_hash,
  };
}

export function toAccount({ passwordHash: _omit, ...account }: UserRecord): Account {
  return account;
}

export function countUsers(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
}

export function findUserById(db: Db, id: string): UserRecord | null {
  const row = db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
  return row ? fromRow(row) : null;
}

export function findUserByUsername(db: Db, username: string): UserRecord | null {
  const row = db.prepare('SELECT * FROM users WHERE username = ?').get(username) as UserRow | undefined;
  return row ? fromRow(row) : null;
}

export function listUsers(db: Db): UserRecord[] {
  return (db.prepare('SELECT * FROM users ORDER BY created_at, username').all() as UserRow[]).map(fromRow);
}

export function insertUser(
  db: Db,
  user: {
    id: string;
    username: string;
    displayName: string;
    passwordHash: string;
    roles: Role[];
    at: string;
  },
): void {
  db.prepare(
    `INSERT INTO users (id, username, display_name, password_hash, roles, active, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 1, ?, ?)`,
  ).run(
    user.id,
    user.username,
    user.displayName,
    user.passwordHash,
    JSON.stringify(user.roles),
    user.at,
    user.at,
  );
}

export function updateUser(
  db: Db,
  id: string,
  changes: { displayName: string; roles: Role[]; active: boolean; at: string },
): void {
  const result = db
    .prepare('UPDATE users SET display_name = ?, roles = ?, active = ?, updated_at = ? WHERE id = ?')
    .run(changes.displayName, JSON.stringify(changes.roles), changes.active ? 1 : 0, changes.at, id);
  if (result.changes !== 1) throw new Error(`user ${id} not updated`);
}

export function updatePasswordHash(db: Db, id: string, passwordHash: string, at: string): void {
  const result = db
    .prepare('UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?')
    .run(passwordHash, at, id);
  if (result.changes !== 1) throw new Error(`user ${id} not updated`);
}

/** Active accounts that hold the admin role (the last one may not be demoted or disabled). */
export function countActiveAdmins(db: Db): number {
  return (
    db
      .prepare(
        `SELECT count(*) AS n FROM users
         WHERE active = 1 AND EXISTS (SELECT 1 FROM json_each(users.roles) WHERE value = 'admin')`,
      )
      .get() as { n: number }
  ).n;
}
