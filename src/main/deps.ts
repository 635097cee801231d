import { randomUUID } from 'node:crypto';
import type { Db } from './db/connection';

/** Time source; services never call Date.now() so tests control time. */
export interface Clock {
  now(): Date;
}

export interface Ids {
  next(): string;
}

export interface Deps {
  db: Db;
  clock: Clock;
  ids: Ids;
  /** Folder beside the database for attachments and exports. */
  dataDir: string;
}

export const systemClock: Clock = { now: () => new Date() };
export const randomIds: Ids = { next: () => randomUUID() };
