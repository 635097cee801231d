import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseDamagedError, openDatabase } from '../../src/main/db/connection';
import {
  DatabaseTooNewError,
  bundledMigrations,
  migrate,
  parseMigrations,
  type Migration,
} from '../../src/main/db/migrations';
import { generateSigningKey, keyFingerprint } from '../../src/main/signing/keys';
import { makeTempDir, removeTempDir } from '../support/tempDir';

let dir: string;
let file: string;

beforeEach(() => {
  dir = makeTempDir();
  file = join(dir, 'normdesk.sqlite');
});
afterEach(() => removeTempDir(dir));

function fingerprint(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function userVersion(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}

function schema(db: Database.Database): { type: string; name: string; sql: string | null }[] {
  return db
    .prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as { type: string; name: string; sql: string | null }[];
}

describe('openDatabase on a new file', () => {
  it('applies every bundled migration and records the count in user_version', () => {
    const migrations = bundledMigrations();
    expect(migrations.length).toBeGreaterThanOrEqual(1);
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    } finally {
      db.close();
    }
  });

  it('creates only STRICT tables, including the foundation ones', () => {
    const db = openDatabase(file);
    try {
      const tables = db
        .prepare(
          "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'",
        )
        .all() as { name: string; strict: number }[];
      expect(tables.map((t) => t.name)).toEqual(
        expect.arrayContaining([
          'settings',
          'users',
          'documents',
          'document_versions',
          'events',
          'audit_log',
        ]),
      );
      expect(tables.filter((t) => t.strict !== 1).map((t) => t.name)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('turns on WAL and enforced foreign keys', () => {
    const db = openDatabase(file);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(() =>
        db
          .prepare(
            `INSERT INTO documents (id, kind, title, drafting_unit, issuing_authority, status, year, created_at, created_by, updated_at)
             VALUES ('d1', 'contract', 't', 'u', 'a', 'drafting', 2025, 'x', 'nobody', 'x')`,
          )
          .run(),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      db.close();
    }
  });

  it('is idempotent: opening the same file again changes neither schema nor data', () => {
    const first = openDatabase(file);
    first.prepare("INSERT INTO settings (key, value) VALUES ('k', '1')").run();
    const before = schema(first);
    first.close();

    const second = openDatabase(file);
    try {
      expect(schema(second)).toEqual(before);
      expect(second.pragma('user_version', { simple: true })).toBe(bundledMigrations().length);
      expect(second.prepare('SELECT value FROM settings WHERE key = ?').pluck().get('k')).toBe('1');
    } finally {
      second.close();
    }
  });
});

describe('refusing a database', () => {
  it('refuses a database from a newer app with a Chinese message and leaves the file untouched', () => {
    const latest = bundledMigrations().length;
    const raw = new Database(file);
    raw.exec("CREATE TABLE future (x TEXT) STRICT; INSERT INTO future VALUES ('from the future');");
    raw.pragma(`user_version = ${latest + 1}`);
    raw.close();
    const before = fingerprint(file);

    let caught: unknown;
    try {
      openDatabase(file).close();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatabaseTooNewError);
    const error = caught as DatabaseTooNewError;
    expect(error.message).toContain('更新版本');
    expect(error.fileVersion).toBe(latest + 1);
    expect(error.appVersion).toBe(latest);

    expect(fingerprint(file)).toBe(before);
    expect(readdirSync(dir)).toEqual(['normdesk.sqlite']);
    expect(userVersion(file)).toBe(latest + 1);
  });

  it('refuses a file that is not a database, with a Chinese message, and leaves it as it was', () => {
    const garbage = Buffer.alloc(8192);
    for (let i = 0; i < garbage.length; i += 1) garbage[i] = (i * 7919 + 13) % 251;
    writeFileSync(file, garbage);

    expect(() => openDatabase(file)).toThrow(DatabaseDamagedError);
    expect(() => openDatabase(file)).toThrow(/损坏/);
    expect(readFileSync(file).equals(garbage)).toBe(true);
  });

  it('refuses a database whose pages were damaged', () => {
    const db = openDatabase(file);
    const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i += 1)
        insert.run(`key-${i}`, JSON.stringify({ text: '规范性文件'.repeat(20), i }));
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Overwrite the middle of the file, past the schema page, with a repeating pattern.
    const start = pageSize * Math.floor(bytes.length / pageSize / 2);
    bytes.fill(0x5a, start, start + pageSize * 3);
    writeFileSync(file, bytes);

    expect(() => openDatabase(file)).toThrow(DatabaseDamagedError);
  });
});

describe('migrate', () => {
  const good: Migration = { version: 1, name: 'first', sql: 'CREATE TABLE one (x INTEGER) STRICT;' };

  it('rolls a failing migration back completely and keeps the version of the last one that worked', () => {
    const broken: Migration = {
      version: 2,
      name: 'broken',
      sql: 'CREATE TABLE two (x INTEGER) STRICT; INSERT INTO one VALUES (1); CREATE TABLE oops (;',
    };
    expect(() => openDatabase(file, [good, broken])).toThrow();

    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(1);
      const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
      expect(tables).toEqual(['one']);
      expect(db.prepare('SELECT count(*) FROM one').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it('runs only the migrations a database does not have yet', () => {
    const db = new Database(file);
    try {
      expect(migrate(db, [good])).toBe(1);
      db.prepare('INSERT INTO one VALUES (42)').run();
      const second: Migration = { version: 2, name: 'second', sql: 'ALTER TABLE one ADD COLUMN y TEXT;' };
      expect(migrate(db, [good, second])).toBe(2);
      expect(db.pragma('user_version', { simple: true })).toBe(2);
      expect(db.prepare('SELECT x, y FROM one').all()).toEqual([{ x: 42, y: null }]);
    } finally {
      db.close();
    }
  });
});

describe('parseMigrations', () => {
  it('orders the files by number and names them', () => {
    const migrations = parseMigrations({
      './migrations/0002_reviews.sql': 'B',
      './migrations/0001_init.sql': 'A',
    });
    expect(migrations).toEqual([
      { version: 1, name: 'init', sql: 'A' },
      { version: 2, name: 'reviews', sql: 'B' },
    ]);
  });

  it('refuses a gap in the numbering', () => {
    expect(() =>
      parseMigrations({ './migrations/0001_init.sql': '', './migrations/0003_later.sql': '' }),
    ).toThrow(/without gaps/);
  });

  it('refuses a numbering that does not start at 0001', () => {
    expect(() => parseMigrations({ './migrations/0002_init.sql': '' })).toThrow(/without gaps/);
  });

  it('refuses two files with the same number', () => {
    expect(() => parseMigrations({ './migrations/0001_a.sql': '', './migrations/0001_b.sql': '' })).toThrow(
      /without gaps/,
    );
  });

  it('refuses a file name that is not NNNN_name.sql', () => {
    expect(() => parseMigrations({ './migrations/init.sql': '' })).toThrow(/NNNN_name\.sql/);
  });

  it('finds the bundled migration files next to the runner', () => {
    const onDisk = readdirSync(join(__dirname, '../../src/main/db/migrations')).filter((f) =>
      f.endsWith('.sql'),
    );
    expect(bundledMigrations().map((m) => `${String(m.version).padStart(4, '0')}_${m.name}.sql`)).toEqual(
      onDisk.sort(),
    );
    expect(existsSync(join(__dirname, '../../src/main/db/migrations/0001_init.sql'))).toBe(true);
  });
});

describe('0005 signing roster', () => {
  it('enters the stored keys, and keys earlier resets replaced that survive only in sign-offs', () => {
    const old = openDatabase(file, bundledMigrations().slice(0, 4));
    const current = generateSigningKey('counsel-password-1');
    const replaced = generateSigningKey('counsel-password-0');
    old.pragma('foreign_keys = OFF');
    old
      .prepare(
        `INSERT INTO users (id, username, display_name, password_hash, roles, created_at, updated_at)
         VALUES ('u1', 'counsel', '李顾问', 'x', '["counsel"]', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`,
      )
      .run();
    old
      .prepare("INSERT INTO signing_keys VALUES ('u1', ?, ?, '2025-06-01T00:00:00.000Z')")
      .run(current.publicKey, current.encryptedPrivateKey);
    old
      .prepare(
        `INSERT INTO signoffs (id, document_id, version_id, content_hash, signer_id, signer_name, signer_role,
           opinion, text, signed_at, payload, signature, public_key)
         VALUES ('s1', 'd1', 'v1', 'h', 'u1', '李顾问', 'counsel', 'agree', '同意。', '2025-03-01T00:00:00.000Z',
           '{}', 'sig', ?)`,
      )
      .run(replaced.publicKey);
    old.close();

    const db = openDatabase(file);
    const rows = db
      .prepare(
        'SELECT fingerprint, user_id, valid_from, valid_until, ended_by FROM signing_key_roster ORDER BY valid_from',
      )
      .all();
    db.close();
    expect(rows).toEqual([
      {
        fingerprint: keyFingerprint(replaced.publicKey),
        user_id: 'u1',
        valid_from: '2025-03-01T00:00:00.000Z',
        valid_until: '2025-06-01T00:00:00.000Z',
        ended_by: 'replaced',
      },
      {
        fingerprint: keyFingerprint(current.publicKey),
        user_id: 'u1',
        valid_from: '2025-06-01T00:00:00.000Z',
        valid_until: null,
        ended_by: null,
      },
    ]);
  });
});
