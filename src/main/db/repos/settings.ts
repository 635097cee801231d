import type { Db } from '../connection';

interface SettingRow {
  value: string;
}

function fromRow<T>(row: SettingRow): T {
  return JSON.parse(row.value) as T;
}

export function getSetting<T>(db: Db, key: string): T | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as SettingRow | undefined;
  return row ? fromRow<T>(row) : null;
}

export function putSetting(db: Db, key: string, value: unknown): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}
