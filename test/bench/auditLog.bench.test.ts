import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { openApp, type App } from '../../src/main/app';
import { appendAudit } from '../../src/main/db/repos/auditLog';
import { report } from './stats';
import { timeQueries } from './timeQueries';

/**
 * The audit log viewer over 120,000 entries (about two years of a busy office): three accounts, five
 * actions, 200 documents; each filter, a search, and a deep page, through the full dispatch.
 */
const ENTRIES = 120_000;
const DOCUMENTS = 200;
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
/** A page the viewer shows must come back well within a click's patience. */
const P95_LIMIT_MS = 150;
/** Free text scans every entry's details. */
const SEARCH_P95_LIMIT_MS = 600;

let dataDir: string;
let app: App;
const session: Session = { accountId: null };
let adminId = '';

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'normdesk-bench-'));
  app = openApp(dataDir, { clock: { now: () => new Date('2026-12-07T02:00:00.000Z') } });
  const admin = await app.dispatcher.dispatch(session, 'setup.initialize', {
    agency: { agencyName: '某区统计局', agencyCode: '某统' },
    admin: {
      username: 'bench',
      displayName: '基准测试',
      password: 'bench-password',
      roles: ['admin', 'drafter'],
    },
  });
  if (!admin.ok) throw new Error(admin.error.message);
  adminId = (admin.value as { id: string }).id;
  const documentIds: string[] = [];
  for (let i = 0; i < DOCUMENTS; i += 1) {
    const created = await app.dispatcher.dispatch(session, 'documents.create', {
      kind: 'admin_normative',
      title: `某区统计管理办法（${i}）`,
      draftingUnit: '法制科',
      issuingAuthority: '某区统计局',
    });
    if (!created.ok) throw new Error(created.error.message);
    documentIds.push((created.value as { id: string }).id);
  }
  const db = app.deps.db;
  const actions = [
    'drafts.save',
    'versions.save',
    'materials.upload',
    'workflow.transition',
    'legalBases.add',
  ];
  const start = Date.parse('2025-01-01T02:00:00.000Z');
  db.transaction(() => {
    for (let i = 0; i < ENTRIES; i += 1) {
      const documentId = documentIds[i % DOCUMENTS] ?? '';
      const action = actions[i % actions.length] ?? 'drafts.save';
      appendAudit(db, {
        at: new Date(start + i * 480_000).toISOString(),
        actorId: i % 3 === 0 ? adminId : `account-${i % 3}`,
        actorName: i % 3 === 0 ? '基准测试' : `同事${i % 3}`,
        action,
        targetType: action === 'materials.upload' ? 'attachments' : 'documents',
        targetId: action === 'materials.upload' ? `material-${i}` : documentId,
        detail:
          action === 'materials.upload'
            ? { documentId, fileName: i % 500 === 2 ? '起草说明（复核稿）.txt' : '征求意见情况.txt' }
            : { title: '', input: { documentId, note: '例行' } },
      });
    }
  })();
}, 600_000);

afterAll(() => {
  app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test(`audit log pages over ${ENTRIES} entries`, async () => {
  const document = (
    app.deps.db.prepare('SELECT id FROM documents ORDER BY created_at LIMIT 1 OFFSET 17').get() as {
      id: string;
    }
  ).id;
  const queries = {
    全部首页: { page: 1, pageSize: 100 },
    '第 1000 页（每页 100 条）': { page: 1000, pageSize: 100 },
    按操作人: { accountId: adminId, page: 1, pageSize: 100 },
    按操作: { action: 'materials.upload', page: 1, pageSize: 100 },
    按业务范围: { area: 'versions', page: 1, pageSize: 100 },
    按月份: { from: '2025-06-01', to: '2025-06-30', page: 1, pageSize: 100 },
    按文件: { documentId: document, page: 1, pageSize: 100 },
    '按文件 + 操作人 + 第 2 页': { documentId: document, accountId: adminId, page: 2, pageSize: 100 },
  };
  const rows = await timeQueries(app.dispatcher, session, 'audit.list', queries, RUNS);
  const search = await timeQueries(
    app.dispatcher,
    session,
    'audit.list',
    { '搜索“复核稿”': { q: '复核稿', page: 1, pageSize: 100 } },
    Math.min(RUNS, 20),
  );
  report('auditLog', [...rows, ...search]);
  for (const row of rows) expect(row.p95_ms, row.query).toBeLessThan(P95_LIMIT_MS);
  for (const row of search) expect(row.p95_ms, row.query).toBeLessThan(SEARCH_P95_LIMIT_MS);
  expect(rows[0]?.matches).toBeGreaterThan(ENTRIES);
  expect(rows[6]?.matches).toBe(ENTRIES / DOCUMENTS + 1);
  expect(search[0]?.matches).toBe(ENTRIES / 500);
});
