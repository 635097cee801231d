import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { openApp, type App } from '../../src/main/app';
import { addDays, fromDayNumber, toDayNumber } from '../../src/shared/domain/calendar/isoDate';
import { corpusTitles } from '../support/corpus';
import { seedIssuedDocument } from './seed';
import { percentile, report, round } from './stats';

/**
 * The 统计 page's figures for a year of 10,000 documents, each reviewed, issued, filed with two organs
 * and signed by one of three counsel, a tenth of them in a cleanup campaign: `stats.get` through the full
 * dispatch (validation, role check, SQL, working days per review, output check).
 */
const DOCUMENTS = 10_000;
const RECIPIENTS = ['上一级人民政府', '本级人大常委会'];
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const P95_LIMIT_MS = 100;

let dataDir: string;
let app: App;
const session: Session = { accountId: null };

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'normdesk-bench-'));
  app = openApp(dataDir, { clock: { now: () => new Date('2026-12-07T02:00:00.000Z') } });
  const admin = await app.dispatcher.dispatch(session, 'setup.initialize', {
    agency: { agencyName: '某区统计局', agencyCode: '某统' },
    admin: { username: 'bench', displayName: '基准测试', password: 'bench-password', roles: ['reviewer'] },
  });
  if (!admin.ok) throw new Error(admin.error.message);
  seedYear(app, (admin.value as { id: string }).id);
}, 120_000);

afterAll(() => {
  app.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A year of documents through the repos, and their reviews, filings, sign-offs and cleanup by SQL. */
function seedYear(target: App, userId: string): void {
  const db = target.deps.db;
  const titles = corpusTitles();
  const yearStart = toDayNumber('2026-01-01');
  const review = db.prepare(
    `INSERT INTO review_cases (id, document_id, version_id, round, state, received_on, materials_complete_on,
       earliest_conclusion_on, due_on, reviewer_id, profile_id, conclusion, conclusion_label, concluded_on,
       concluded_by, created_at, created_by)
     VALUES (?, ?, ?, 1, 'concluded', ?, ?, ?, ?, ?, 'national', ?, ?, ?, ?, ?, ?)`,
  );
  const submission = db.prepare(
    `INSERT INTO filing_submissions (id, document_id, package_id, package_sha256, round, recipient, method,
       sent_on, due_on, late, state, created_at, created_by, updated_at)
     VALUES (?, ?, ?, 'h', 1, ?, 'platform', ?, ?, ?, ?, ?, ?, ?)`,
  );
  const filingPackage = db.prepare(
    `INSERT INTO filing_packages (id, document_id, report_number, recipients, file_name, size, sha256, manifest,
       content, built_at, built_by)
     VALUES (?, ?, ?, ?, 'p.zip', 1, 'h', '{}', x'00', ?, ?)`,
  );
  const signoff = db.prepare(
    `INSERT INTO signoffs (id, document_id, version_id, content_hash, signer_id, signer_name, signer_role, opinion,
       text, signed_at, payload, signature, public_key)
     VALUES (?, ?, ?, 'h', ?, ?, 'counsel', 'agree', '同意', ?, '{}', 's', 'k')`,
  );
  const item = db.prepare(
    `INSERT INTO cleanup_items (campaign_id, document_id, doc_number, added_at, added_by, disposition, decided_at,
       decided_by)
     VALUES ('bench-campaign', ?, ?, ?, ?, ?, ?, ?)`,
  );
  const conclusions = [
    ['LAWFUL', '合法'],
    ['LAWFUL_WITH_CHANGES', '修改后合法'],
    ['UNLAWFUL', '不合法'],
  ] as const;
  const states = ['filed', 'filed', 'filed', 'awaiting', 'correction', 'superseded'] as const;
  const dispositions = ['continue', 'amend', 'repeal', 'declare_invalid'] as const;
  db.transaction(() => {
    db.prepare(
      `INSERT INTO cleanup_campaigns (id, kind, name, scope, due_on, status, created_at, created_by)
       VALUES ('bench-campaign', 'periodic', '2026年定期清理', '{}', '2026-12-31', 'open', ?, ?)`,
    ).run('2026-11-01T02:00:00.000Z', userId);
    for (let i = 0; i < DOCUMENTS; i += 1) {
      const receivedOn = fromDayNumber(yearStart + (i % 300));
      const concludedOn = addDays(receivedOn, (i % 25) + 1);
      const publishedOn = addDays(concludedOn, 10);
      const filingDueOn = addDays(publishedOn, 30);
      const at = `${publishedOn}T02:00:00.000Z`;
      const documentId = seedIssuedDocument(db, {
        index: i,
        kind: i % 5 === 0 ? 'party_normative' : 'admin_normative',
        title: `${titles[i % titles.length] ?? '文件'}（${i}）`,
        issuingAuthority: '某区统计局',
        status: 'issued',
        publishedOn,
        effectiveOn: publishedOn,
        validUntil: null,
        docNumber: `某统〔2026〕${i + 1}号`,
        registrationNumber: `区统规〔2026〕${String(i + 1).padStart(5, '0')}`,
        filingDueOn,
        userId,
      });
      // The documents' registration is dated on their publication: a year of documents in 2026.
      const [code, label] = conclusions[i % conclusions.length] ?? conclusions[0];
      review.run(
        `rc-${i}`,
        documentId,
        `ver-${i}`,
        receivedOn,
        receivedOn,
        receivedOn,
        addDays(receivedOn, 20),
        userId,
        code,
        label,
        concludedOn,
        userId,
        at,
        userId,
      );
      if (i % 10 !== 9) {
        filingPackage.run(
          `pkg-${i}`,
          documentId,
          `区统规备〔2026〕${i + 1}号`,
          JSON.stringify(RECIPIENTS),
          at,
          userId,
        );
        RECIPIENTS.forEach((recipient, r) => {
          const sentOn = addDays(publishedOn, (i % 35) + 1);
          submission.run(
            `sub-${i}-${r}`,
            documentId,
            `pkg-${i}`,
            recipient,
            sentOn,
            filingDueOn,
            sentOn > filingDueOn ? 1 : 0,
            states[(i + r) % states.length] ?? 'filed',
            at,
            userId,
            at,
          );
        });
      }
      signoff.run(`so-${i}`, documentId, `ver-${i}`, userId, ['李敏', '赵律师', '孙律师'][i % 3] ?? '', at);
      if (i % 10 === 0) {
        item.run(
          documentId,
          `某统〔2026〕${i + 1}号`,
          at,
          userId,
          dispositions[i % 4] ?? 'continue',
          '2026-11-02T02:00:00.000Z',
          userId,
        );
      }
    }
  })();
}

test(`statistics for a year of ${DOCUMENTS} documents`, async () => {
  const signedIn = await app.dispatcher.dispatch(session, 'auth.signIn', {
    username: 'bench',
    password: 'bench-password',
  });
  if (!signedIn.ok) throw new Error(signedIn.error.message);
  const queries = { '2026 全年': { year: 2026 }, '2026 第二季度': { year: 2026, quarter: 2 } };
  const rows = [];
  for (const [name, input] of Object.entries(queries)) {
    const samples: number[] = [];
    let documents = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const started = performance.now();
      const result = await app.dispatcher.dispatch(session, 'stats.get', input);
      samples.push(performance.now() - started);
      if (!result.ok) throw new Error(result.error.message);
      documents = (result.value as { documents: { total: { count: number } } }).documents.total.count;
    }
    rows.push({
      query: name,
      documents,
      p50_ms: round(percentile(samples, 50)),
      p95_ms: round(percentile(samples, 95)),
    });
  }
  report('statistics', rows);
  expect(rows[0]?.documents).toBe(DOCUMENTS);
  for (const row of rows) expect(row.p95_ms, row.query).toBeLessThan(P95_LIMIT_MS);
});
