import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createDispatcher, type Dispatcher, type DispatchOptions } from './api/dispatch';
import { handlers } from './api/handlers';
import { openDatabase, type Db } from './db/connection';
import { randomIds, systemClock, type Deps } from './deps';

export const DATABASE_FILE = 'normdesk.sqlite';

export interface App {
  deps: Deps;
  dispatcher: Dispatcher;
  close(): void;
}

/** Opens the data folder (creating it), migrates the database and wires the dispatch. */
export function openApp(
  dataDir: string,
  overrides: Partial<Omit<Deps, 'db' | 'dataDir'>> & DispatchOptions = {},
): App {
  mkdirSync(dataDir, { recursive: true });
  const db: Db = openDatabase(join(dataDir, DATABASE_FILE));
  const deps: Deps = { db, dataDir, clock: overrides.clock ?? systemClock, ids: overrides.ids ?? randomIds };
  const dispatcher = createDispatcher(deps, handlers, overrides);
  return { deps, dispatcher, close: () => db.close() };
}
