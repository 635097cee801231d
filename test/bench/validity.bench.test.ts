import { seedIssuedDocument } from './seed';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { openApp, type App } from '../../src/main/app';
import { insertLifecycleEvent } from '../../src/main/db/repos/lifecycleEvents';
import type { ListValidityInput } from '../../src/shared/api';
import { addDays } from '../../src/shared/domain/calendar/isoDate';
import { validUntil } from '../../src/shared/domain/issuance';
import { corpusTitles } from '../support/corpus';
import { percentile, report, round } from './stats';
import { timeQueries } from './timeQueries';

/**
 * The validity dashboard over 10,000 issued documents: published over ten years (2017–2026), in force
 * 30 days later for 5 years (暂行: 2), one in twenty without 有效期, one in ten with a cleanup decision;
 * today is 2026-12-07, so hundreds expire within the reminder window and thousands have expired.
 */
const DOCUMENTS = 10_000;
const TODAY = '2026-12-07';
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const P95_LIMIT_MS = 50;

let dataDir: string;
let app: App;
const session: Session = { accountId: null };

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'normdesk-bench-'));
  app = openApp(dataDir, { clock: { now: () => new Date(`${TODAY}T02:00:00.000Z`) } });
  const admin = await app.dispatcher.dispatch(session, 'setup.initialize', {
    agency: { agencyName: '某区统计局', agencyCode: '某统' },
    admin: { username: 'bench', displayName: '基准测试', password: 'bench-password', roles: ['reviewer'] },
  });
  if (!admin.ok) throw new Error(admin.error.message);
  seedIssued(app, (admin.value as { id: string }).id);
});

afterAll(() => {
  app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Documents, their 正式文本 and issuance, and some decisions, through the repos in one transaction. */
function seedIssued(target: App, userId: string): void {
  const db = target.deps.db;
  const titles = corpusTitles();
  db.transaction(() => {
    for (let i = 0; i < DOCUMENTS; i += 1) {
      // Spread over ten years, a day apart within each year's run of documents.
      const publishedOn = addDays(`${2017 + (i % 10)}-01-02`, Math.floor(i / 10) % 360);
      const effectiveOn = addDays(publishedOn, 30);
      const at = `${publishedOn}T02:00:00.000Z`;
      const provisional = i % 7 === 0;
      const docNumber = `某统〔${publishedOn.slice(0, 4)}〕${i + 1}号`;
      const documentId = seedIssuedDocument(db, {
        index: i,
        kind: 'admin_normative',
        title: `${titles[i % titles.length] ?? '文件'}${provisional ? '（暂行）' : ''}（${i}）`,
        issuingAuthority: i % 3 === 0 ? '某区人民政府' : '某区统计局',
        status: 'in_force',
        publishedOn,
        effectiveOn,
        validUntil: i % 20 === 0 ? null : validUntil(effectiveOn, provisional ? 2 : 5),
        docNumber,
        registrationNumber: `区统规〔${publishedOn.slice(0, 4)}〕${String(i + 1).padStart(5, '0')}`,
        filingDueOn: addDays(publishedOn, 30),
        userId,
      });
      if (i % 10 === 3) {
        insertLifecycleEvent(db, {
          id: `event-${i}`,
          documentId,
          docNumber,
          event: i % 30 === 3 ? 'repealed' : 'continued',
          decidedOn: addDays(effectiveOn, 700),
          reason: '清理决定',
          campaignId: null,
          recordedAt: at,
          recordedBy: userId,
        });
      }
    }
  })();
}

/** The dashboard's card and the 清理 page's views through the real dispatch. */
test(`validity dashboard over ${DOCUMENTS} issued documents`, async () => {
  const signedIn = await app.dispatcher.dispatch(session, 'auth.signIn', {
    username: 'bench',
    password: 'bench-password',
  });
  if (!signedIn.ok) throw new Error(signedIn.error.message);

  const samples: number[] = [];
  let counts = { expiring: 0, expiredUndecided: 0 };
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    const result = await app.dispatcher.dispatch(session, 'validity.summary', {});
    samples.push(performance.now() - started);
    if (!result.ok) throw new Error(result.error.message);
    counts = result.value as typeof counts;
  }
  const queries: Record<string, Partial<ListValidityInput>> = {
    即将到期: { view: 'expiring' },
    到期未处理: { view: 'expired_undecided' },
    'expiring, 12 months': { view: 'expiring', expiringMonths: 12 },
    'expiring + text': { view: 'expiring', q: '管理' },
  };
  const rows = [
    {
      query: 'validity.summary',
      matches: counts.expiring + counts.expiredUndecided,
      p50_ms: round(percentile(samples, 50)),
      p95_ms: round(percentile(samples, 95)),
    },
    ...(await timeQueries(app.dispatcher, session, 'validity.list', queries, RUNS)),
  ];
  report('validity', rows);
  for (const row of rows) expect(row.p95_ms, row.query).toBeLessThan(P95_LIMIT_MS);
  // The seed gives every view something to find.
  expect(counts.expiring).toBeGreaterThan(100);
  expect(counts.expiredUndecided).toBeGreaterThan(1000);
  expect(rows[1]?.matches).toBe(counts.expiring);
  expect(rows[2]?.matches).toBe(counts.expiredUndecided);
});
