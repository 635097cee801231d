import { seedIssuedDocument } from './seed';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { ListFilingsInput } from '../../src/shared/api';
import type { Session } from '../../src/main/api/context';
import { openApp, type App } from '../../src/main/app';
import { insertFilingPackage } from '../../src/main/db/repos/filingPackages';
import { insertFilingSubmission } from '../../src/main/db/repos/filingSubmissions';
import { addDays } from '../../src/shared/domain/calendar/isoDate';
import { corpusTitles } from '../support/corpus';
import { report } from './stats';
import { timeQueries } from './timeQueries';

/** 5,000 filed documents × 2 filing organs = 10,000 submissions, plus 500 issued documents not yet sent. */
const FILED_DOCUMENTS = 5_000;
const UNSENT_DOCUMENTS = 500;
const RECIPIENTS = ['上一级人民政府', '本级人大常委会'];
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const P95_LIMIT_MS = 20;

let dataDir: string;
let app: App;
const session: Session = { accountId: null };

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'normdesk-bench-'));
  app = openApp(dataDir);
  const admin = await app.dispatcher.dispatch(session, 'setup.initialize', {
    agency: { agencyName: '某区统计局', agencyCode: '某统' },
    admin: { username: 'bench', displayName: '基准测试', password: 'bench-password', roles: ['reviewer'] },
  });
  if (!admin.ok) throw new Error(admin.error.message);
  seedRegister(app, (admin.value as { id: string }).id);
});

afterAll(() => {
  app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Documents, their issuance, one package each and a submission per organ, through the repos. */
function seedRegister(target: App, userId: string): void {
  const db = target.deps.db;
  const titles = corpusTitles();
  const states = ['filed', 'filed', 'filed', 'awaiting', 'correction', 'refused', 'superseded'] as const;
  db.transaction(() => {
    for (let i = 0; i < FILED_DOCUMENTS + UNSENT_DOCUMENTS; i += 1) {
      const year = 2018 + (i % 9);
      const publishedOn = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      const at = `${publishedOn}T02:00:00.000Z`;
      const sent = i < FILED_DOCUMENTS;
      const filingDueOn = addDays(publishedOn, 30);
      const documentId = seedIssuedDocument(db, {
        index: i,
        kind: i % 5 === 0 ? 'party_normative' : 'admin_normative',
        title: `${titles[i % titles.length] ?? '文件'}（${i}）`,
        issuingAuthority: '某区统计局',
        status: sent ? 'filed' : 'issued',
        publishedOn,
        effectiveOn: publishedOn,
        validUntil: null,
        docNumber: `某统〔${year}〕${i + 1}号`,
        registrationNumber: `区统规〔${year}〕${String(i + 1).padStart(3, '0')}`,
        filingDueOn,
        userId,
      });
      if (!sent) continue;
      insertFilingPackage(
        db,
        {
          id: `pkg-${i}`,
          documentId,
          reportNumber: `区统规备〔${year}〕${i + 1}号`,
          recipients: RECIPIENTS,
          fileName: `备案材料-${i}.zip`,
          size: 4,
          sha256: 'a'.repeat(64),
          manifest: '{}',
          overrideReason: '',
          builtAt: at,
          builtBy: userId,
        },
        Buffer.from('zip!'),
      );
      RECIPIENTS.forEach((recipient, r) => {
        const state = states[(i + r) % states.length] ?? 'filed';
        const sentOn = addDays(publishedOn, (i % 40) + 1);
        insertFilingSubmission(db, {
          id: `sub-${i}-${r}`,
          documentId,
          packageId: `pkg-${i}`,
          packageSha256: 'a'.repeat(64),
          round: 1,
          recipient,
          method: 'platform',
          sentOn,
          dueOn: filingDueOn,
          late: sentOn > filingDueOn,
          state,
          outcome: state === 'awaiting' ? null : 'REGISTERED',
          outcomeLabel: state === 'awaiting' ? null : '予以备案登记',
          outcomeOn: state === 'awaiting' ? null : addDays(sentOn, 10),
          outcomeNote: '',
          writtenReminder: false,
          correctionDueOn: state === 'correction' || state === 'superseded' ? addDays(sentOn, 25) : null,
          createdAt: at,
          createdBy: userId,
          updatedAt: at,
        });
      });
    }
  })();
}

/** The register through the real dispatch (validation, role check, SQL, working days, output check). */
test(`filing register pages over ${FILED_DOCUMENTS * RECIPIENTS.length} submissions`, async () => {
  const signedIn = await app.dispatcher.dispatch(session, 'auth.signIn', {
    username: 'bench',
    password: 'bench-password',
  });
  if (!signedIn.ok) throw new Error(signedIn.error.message);
  const queries: Record<string, Partial<ListFilingsInput>> = {
    'all, first page': {},
    待报送: { view: 'to_submit' },
    已报送待登记: { view: 'awaiting' },
    '暂缓/补正中': { view: 'correction' },
    已备案: { view: 'filed' },
    逾期: { view: 'overdue' },
    'recipient + year': { recipient: '本级人大常委会', year: 2022 },
    'text search': { q: '管理' },
    'page 100 of 50': { page: 100, pageSize: 50 },
  };
  const rows = await timeQueries(app.dispatcher, session, 'filings.list', queries, RUNS);
  report('filing-register', rows);
  for (const row of rows) expect(row.p95_ms, row.query).toBeLessThan(P95_LIMIT_MS);
  expect(rows[0]?.matches).toBe(FILED_DOCUMENTS * RECIPIENTS.length + UNSENT_DOCUMENTS);
});
