import { join } from 'node:path';
import type { ApiResult, Channel, ChannelInput, ChannelOutput } from '../../src/shared/api';
import type { Session } from '../../src/main/api/context';
import { DATABASE_FILE, openApp, type App } from '../../src/main/app';
import type { Clock, Ids } from '../../src/main/deps';
import { makeTempDir, removeTempDir } from './tempDir';

/** A clock that stands still until a test moves it, so stored times are predictable. */
export interface ManualClock extends Clock {
  set(at: Date | string): void;
  advance(ms: number): void;
}

export const DEFAULT_START = '2025-03-10T02:00:00.000Z';

export function manualClock(start: Date | string = DEFAULT_START): ManualClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
}

/** Ids `id-0001`, `id-0002`, … in the order they are asked for. */
export function sequentialIds(prefix = 'id'): Ids & { count(): number } {
  let n = 0;
  return {
    next: () => `${prefix}-${String(++n).padStart(4, '0')}`,
    count: () => n,
  };
}

export interface TestApp extends App {
  dataDir: string;
  databaseFile: string;
  clock: ManualClock;
  ids: ReturnType<typeof sequentialIds>;
  /** Unexpected errors the dispatcher logged (INTERNAL results), instead of printing them. */
  loggedErrors: { channel: string; error: unknown }[];
  /** Calls a channel with a typed input; the result is typed by the contract's output. */
  call<C extends Channel>(
    session: Session,
    channel: C,
    input: ChannelInput<C>,
  ): Promise<ApiResult<ChannelOutput<C>>>;
  /** Closes the database and removes the data folder (unless it was given by the caller). */
  close(): void;
}

/** openApp on a temp data folder with a manual clock and sequential ids. */
export function openTestApp(options: { dataDir?: string; clock?: ManualClock } = {}): TestApp {
  const dataDir = options.dataDir ?? makeTempDir();
  const clock = options.clock ?? manualClock();
  const ids = sequentialIds();
  const loggedErrors: TestApp['loggedErrors'] = [];
  const app = openApp(dataDir, {
    clock,
    ids,
    logError: (error, channel) => loggedErrors.push({ channel, error }),
  });
  return {
    ...app,
    dataDir,
    databaseFile: join(dataDir, DATABASE_FILE),
    clock,
    ids,
    loggedErrors,
    call: (session, channel, input) =>
      app.dispatcher.dispatch(session, channel, input) as Promise<ApiResult<ChannelOutput<typeof channel>>>,
    close: () => {
      if (app.deps.db.open) app.close();
      if (!options.dataDir) removeTempDir(dataDir);
    },
  };
}

export function auditCount(app: App): number {
  return (app.deps.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
}

export function rowCount(app: App, table: string): number {
  return (app.deps.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** The rows of each table, to show that a refused operation wrote nothing. */
export function rowCounts(app: App, tables: readonly string[]): Record<string, number> {
  return Object.fromEntries(tables.map((table) => [table, rowCount(app, table)]));
}
