import { seedIssuedDocument } from './seed';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { openApp, type App } from '../../src/main/app';
import { replaceVersionCitations } from '../../src/main/db/repos/issuedCitations';
import { insertLawChange } from '../../src/main/db/repos/lawChanges';
import { documentsInScope } from '../../src/main/services/lifecycle';
import { CampaignScope } from '../../src/shared/domain/cleanup/campaigns';
import { corpusTitles } from '../support/corpus';
import { percentile, report, round } from './stats';

/**
 * 10,000 issued documents with their citation rows (seeded through the repos): every document cites
 * three laws, 统计法 in one document of ten. Scoping a campaign by "cites law X" and a law change's impact.
 */
const DOCUMENTS = 10_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const SCOPE_P95_LIMIT_MS = 100;
const OTHER_LAWS = ['行政处罚法', '行政许可法', '行政强制法', '立法法', '行政复议法', '统计法实施条例'];

let dataDir: string;
let app: App;
let changeId: string;
const session: Session = { accountId: null };

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'normdesk-bench-'));
  app = openApp(dataDir);
  const admin = await app.dispatcher.dispatch(session, 'setup.initialize', {
    agency: { agencyName: '某区人民政府', agencyCode: '某府' },
    admin: { username: 'bench', displayName: '基准测试', password: 'bench-password', roles: ['reviewer'] },
  });
  if (!admin.ok) throw new Error(admin.error.message);
  changeId = seed(app, (admin.value as { id: string }).id);
  const signedIn = await app.dispatcher.dispatch(session, 'auth.signIn', {
    username: 'bench',
    password: 'bench-password',
  });
  if (!signedIn.ok) throw new Error(signedIn.error.message);
}, 300_000);

afterAll(() => {
  app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function seed(target: App, userId: string): string {
  const db = target.deps.db;
  const titles = corpusTitles();
  db.transaction(() => {
    for (let i = 0; i < DOCUMENTS; i += 1) {
      const year = 2016 + (i % 10);
      const publishedOn = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      const at = `${publishedOn}T02:00:00.000Z`;
      const documentId = seedIssuedDocument(db, {
        index: i,
        kind: i % 5 === 0 ? 'party_normative' : 'admin_normative',
        title: `${titles[i % titles.length] ?? '文件'}（${i}）`,
        issuingAuthority: i % 3 === 0 ? '某区人民政府' : '某区统计局',
        status: 'filed',
        publishedOn,
        effectiveOn: publishedOn,
        validUntil: `${year + 5}-${publishedOn.slice(5)}`,
        docNumber: `某统〔${year}〕${i + 1}号`,
        registrationNumber: `区统规〔${year}〕${String(i + 1).padStart(4, '0')}`,
        filingDueOn: null,
        userId,
      });
      const laws = [
        i % 10 === 0 ? '统计法' : OTHER_LAWS[i % OTHER_LAWS.length],
        OTHER_LAWS[(i + 1) % OTHER_LAWS.length],
        OTHER_LAWS[(i + 2) % OTHER_LAWS.length],
      ] as string[];
      replaceVersionCitations(
        db,
        { versionId: `ver-${i}`, documentId, indexedAt: at },
        laws.map((lawId, seq) => ({
          seq: seq + 1,
          lawId,
          citedAs: `《${lawId}》`,
          articles: '第四十一条',
          blockId: `b${seq}`,
          path: `第${seq + 1}条`,
          sentence: `违反本办法的，依照《${lawId}》第四十一条的规定处理；`,
        })),
      );
    }
    insertLawChange(db, {
      id: 'change-1',
      lawId: '统计法',
      title: '中华人民共和国统计法',
      change: 'amended',
      changedOn: '2024-09-13',
      supersededBy: null,
      note: '',
      origin: 'edit',
      recordedAt: '2026-12-07T02:00:00.000Z',
      recordedBy: userId,
    });
  })();
  return 'change-1';
}

async function time(runs: number, call: () => unknown): Promise<{ samples: number[]; size: number }> {
  const samples: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const result = await call();
    samples.push(performance.now() - started);
    size = Array.isArray(result) ? result.length : size;
  }
  return { samples, size };
}

test(`campaign scope "cites law X" and a law change's impact over ${DOCUMENTS} issued documents`, async () => {
  const scope = CampaignScope.parse({ citesLaw: '统计法' });
  const scoped = await time(RUNS, () => documentsInScope(app.deps, scope));
  const impact = await time(Math.min(RUNS, 50), async () => {
    const result = await app.dispatcher.dispatch(session, 'laws.changeImpact', { id: changeId });
    if (!result.ok) throw new Error(result.error.message);
    return (result.value as { documents: unknown[] }).documents;
  });
  const rows = [
    {
      query: 'documentsInScope citesLaw 统计法',
      matches: scoped.size,
      p50_ms: round(percentile(scoped.samples, 50)),
      p95_ms: round(percentile(scoped.samples, 95)),
    },
    {
      query: 'laws.changeImpact (dispatch)',
      matches: impact.size,
      p50_ms: round(percentile(impact.samples, 50)),
      p95_ms: round(percentile(impact.samples, 95)),
    },
  ];
  report('cleanup-scope', rows);
  expect(scoped.size).toBe(DOCUMENTS / 10);
  expect(impact.size).toBeGreaterThan(0);
  expect(rows[0]?.p95_ms).toBeLessThan(SCOPE_P95_LIMIT_MS);
});
