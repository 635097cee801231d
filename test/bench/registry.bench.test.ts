import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ListDocumentsInput } from '../../src/shared/api';
import type { Session } from '../../src/main/api/context';
import { openApp, type App } from '../../src/main/app';
import { seedDocuments } from './seed';
import { report } from './stats';
import { timeQueries } from './timeQueries';

const DOCUMENTS = 10_000;
const RUNS = 200;

let dataDir: string;
let app: App;
const session: Session = { accountId: null };

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'normdesk-bench-'));
  app = openApp(dataDir);
  const admin = await app.dispatcher.dispatch(session, 'setup.initialize', {
    agency: { agencyName: '某区统计局', agencyCode: '某统' },
    admin: { username: 'bench', displayName: '基准测试', password: 'bench-password', roles: ['drafter'] },
  });
  if (!admin.ok) throw new Error(admin.error.message);
  seedDocuments(app, (admin.value as { id: string }).id, DOCUMENTS);
});

afterAll(() => {
  app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Registry list/filter through the real dispatch (validation, role check, SQL, output check). */
test(`registry list and filter over ${DOCUMENTS} documents`, async () => {
  const queries: Record<string, Partial<ListDocumentsInput>> = {
    'first page (updatedAt desc)': {},
    'kind filter': { kind: 'party_normative' },
    'status + year filter': { status: 'in_review', year: 2024 },
    'title text search': { q: '管理' },
    'sort by title asc': { sort: 'title', order: 'asc' },
    'page 100 of 50': { page: 100, pageSize: 50 },
    '500 rows per page': { pageSize: 500 },
  };
  const rows = await timeQueries(app.dispatcher, session, 'documents.list', queries, RUNS);
  report('registry-queries', rows);
  expect(rows).toHaveLength(Object.keys(queries).length);
});
