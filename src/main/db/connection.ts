import Database from 'better-sqlite3';
import { DatabaseTooNewError, migrate, type Migration, bundledMigrations } from './migrations';

export type Db = Database.Database;

export class DatabaseDamagedError extends Error {
  constructor(detail: string) {
    super(`数据库文件已损坏（完整性检查未通过：${detail}）。请从备份恢复。`);
    this.name = 'DatabaseDamagedError';
  }
}

/**
 * Opens (or creates) the database file: WAL, foreign keys, a busy timeout, an integrity check, then the
 * migrations. A file that fails the check or comes from a newer app is closed again and refused, before
 * anything is written to it (switching to WAL alone rewrites the file header).
 */
export function openDatabase(file: string, migrations: Migration[] = bundledMigrations()): Db {
  // `npm start` keeps a copy of the native module built for Electron's ABI apart from Node's (STACK.md).
  const nativeBinding = process.versions.electron ? process.env.NORMDESK_SQLITE_BINDING : undefined;
  const db = new Database(file, nativeBinding ? { nativeBinding } : {});
  try {
    db.pragma('busy_timeout = 5000');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > migrations.length) throw new DatabaseTooNewError(version, migrations.length);
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    if (integrity !== 'ok') throw new DatabaseDamagedError(integrity);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    const damaged = damageReported(error);
    throw damaged === null ? error : new DatabaseDamagedError(damaged);
  }
}

/** SQLite's own message when a file is not a database or is corrupt (in English); null for other errors. */
function damageReported(error: unknown): string | null {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (!(error instanceof Database.SqliteError) || typeof message !== 'string') return null;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' ? message : null;
}
