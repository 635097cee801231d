import type Database from 'better-sqlite3';
import { keyFingerprint } from '../signing/keys';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Every file in ./migrations named NNNN_name.sql, bundled at build time. */
const files = import.meta.glob<string>('./migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export function bundledMigrations(): Migration[] {
  return parseMigrations(files);
}

export function parseMigrations(sources: Record<string, string>): Migration[] {
  const migrations = Object.entries(sources).map(([path, sql]) => {
    const match = /(\d{4})_([a-z0-9_]+)\.sql$/.exec(path);
    if (!match) throw new Error(`migration file name must be NNNN_name.sql: ${path}`);
    return { version: Number(match[1]), name: match[2] ?? '', sql };
  });
  migrations.sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migrations must be numbered 0001, 0002, … without gaps (found ${migration.version})`);
    }
  });
  return migrations;
}

export class DatabaseTooNewError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `数据库版本（${fileVersion}）高于本程序支持的版本（${appVersion}），它由更新版本的 NormDesk 创建。` +
        '为避免损坏数据，已拒绝打开。请升级 NormDesk 后再打开此数据库。',
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** Brings the schema up to date, one transaction per migration; refuses a database newer than the app. */
export function migrate(db: Database.Database, migrations: Migration[] = bundledMigrations()): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length;
  if (current > latest) throw new DatabaseTooNewError(current, latest);
  // 0005 fills the key roster from the stored keys and needs their fingerprints.
  db.function('key_fingerprint', { deterministic: true }, (publicKey) => keyFingerprint(String(publicKey)));
  for (const migration of migrations.slice(current)) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return latest;
}
