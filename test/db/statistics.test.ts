import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { computeStats } from '../../src/main/services/statistics';
import { formatRate } from '../../src/shared/domain/statistics';
import { openTestApp, type TestApp } from '../support/app';
import { expectError, expectOk } from '../support/session';
import {
  bringToDeliberated,
  bringToReviewed,
  buildPackage,
  counselSignsIssued,
  filingTeam,
  type FilingTeam,
  issueDeliberated,
  type IssuedDocument,
} from '../support/workflowPath';
import { runCli } from '../support/cli';

/**
 * The statistics of a hand-built year, every document taken through the real services on the day the
 * clock is moved to (2026 holiday calendar, RULES.md §10):
 * - 甲, 乙, 丙 (行政规范性文件) received 09-01 and concluded after 2, 3 and 4 working days, published
 *   09-07, so filing is due 10-08 (day 30, 10-07, is in the 国庆 holiday). 甲 is sent on 10-08, the
 *   deadline day, and registered by both organs; 乙 is sent on 10-09, a day late, deferred (暂缓) by
 *   the government and registered after its corrected package; 丙 is never sent.
 * - 丁 received 06-01 and concluded 07-01 (21 working days: 端午 06-19 is a holiday), past its deadline.
 * - 戊, a contract registered in the second quarter and never sent to review.
 * - A cleanup campaign proposes 继续有效 for 甲 and 废止 for 丙 on 11-02.
 */

const GOVERNMENT = '上一级人民政府';
const CONGRESS = '本级人大常委会';

let app: TestApp;
let cast: FilingTeam;
let jia: IssuedDocument;
let yi: IssuedDocument;
let bing: IssuedDocument;
let ding: string;
let wu: string;

const at = (day: string) => app.clock.set(`${day}T02:00:00.000Z`);
/** The figures with the documents behind each, as the service computes them on the real database. */
const stats = (input: { year: number; quarter?: 1 | 2 | 3 | 4 }) =>
  Promise.resolve(computeStats(app.deps, input));

async function reviewedAndIssued(title: string, concludedOn: string): Promise<IssuedDocument> {
  at('2026-09-01');
  const deliberated = await bringToDeliberated(app, cast, {
    title,
    beforeConclusion: () => Promise.resolve(at(concludedOn)),
  });
  at('2026-09-07');
  const issued = await issueDeliberated(app, cast, deliberated, {
    publishedOn: '2026-09-07',
    effectiveOn: '2026-10-15',
  });
  await counselSignsIssued(app, cast, issued);
  return issued;
}

async function outcome(documentId: string, recipient: string, code: string, on: string) {
  const filing = expectOk(await app.call(cast.reviewer, 'filings.forDocument', { documentId }));
  const submission = filing.submissions.find(
    (row) => row.recipient === recipient && row.state === 'awaiting',
  );
  expectOk(
    await app.call(cast.reviewer, 'filings.recordOutcome', {
      submissionId: submission?.id ?? '',
      outcome: code,
      on,
      ...(code === 'DEFERRED' ? { note: '缺少制定依据文本' } : {}),
    } as never),
  );
}

beforeAll(async () => {
  app = openTestApp({});
  at('2026-05-20');
  cast = await filingTeam(app);
  wu = expectOk(
    await app.call(cast.drafter, 'documents.create', {
      kind: 'contract',
      title: '统计调查数据采集服务合同',
      draftingUnit: '综合统计科',
      issuingAuthority: '某区统计局',
    }),
  ).id;
  at('2026-06-01');
  ding = (
    await bringToReviewed(app, cast, {
      title: '某区统计执法检查办法',
      beforeConclusion: () => Promise.resolve(at('2026-07-01')),
    })
  ).documentId;
  jia = await reviewedAndIssued('某区统计数据质量管理办法', '2026-09-03');
  yi = await reviewedAndIssued('某区统计调查项目管理规定', '2026-09-04');
  bing = await reviewedAndIssued('某区统计信息共享办法', '2026-09-07');

  at('2026-10-08');
  for (const issued of [jia, yi])
    await buildPackage(app, cast.reviewer, issued.documentId, [GOVERNMENT, CONGRESS]);
  const send = async (documentId: string) => {
    const [latest] = expectOk(await app.call(cast.reviewer, 'filingPackages.list', { documentId }));
    expectOk(
      await app.call(cast.reviewer, 'filings.submit', {
        documentId,
        packageId: latest?.id ?? '',
        method: 'paper',
      }),
    );
  };
  await send(jia.documentId);
  at('2026-10-09');
  await send(yi.documentId);
  at('2026-10-16');
  await outcome(jia.documentId, GOVERNMENT, 'REGISTERED', '2026-10-16');
  await outcome(jia.documentId, CONGRESS, 'REGISTERED', '2026-10-16');
  await outcome(yi.documentId, GOVERNMENT, 'DEFERRED', '2026-10-16');
  await outcome(yi.documentId, CONGRESS, 'REGISTERED', '2026-10-16');
  at('2026-10-20');
  await buildPackage(app, cast.reviewer, yi.documentId, [GOVERNMENT, CONGRESS]);
  await send(yi.documentId);
  at('2026-10-27');
  await outcome(yi.documentId, GOVERNMENT, 'REGISTERED', '2026-10-27');

  at('2026-11-02');
  const campaign = expectOk(
    await app.call(cast.reviewer, 'cleanup.create', {
      kind: 'special',
      name: '2026年统计规范性文件专项清理',
      scope: { kinds: ['admin_normative'], yearFrom: 2026, yearTo: 2026 },
      dueOn: '2026-12-31',
    }),
  );
  for (const [documentId, disposition] of [
    [jia.documentId, 'continue'],
    [bing.documentId, 'repeal'],
  ] as const) {
    expectOk(
      await app.call(cast.reviewer, 'cleanup.decide', {
        campaignId: campaign.id,
        documentIds: [documentId],
        disposition,
        reason: '清理意见',
      }),
    );
  }
  at('2026-12-01');
}, 240_000);
afterAll(() => app.close());

describe('the year 2026', () => {
  test('documents by kind and by state, each with the documents behind it', async () => {
    const { documents } = await stats({ year: 2026 });
    expect(documents.total.count).toBe(5);
    expect(documents.byKind.map((figure) => [figure.label, figure.count])).toEqual([
      ['行政规范性文件', 4],
      ['合同', 1],
    ]);
    expect(documents.byKind[1]?.documentIds).toEqual([wu]);
    const byStatus = Object.fromEntries(
      documents.byStatus.map((figure) => [figure.label, figure.documentIds]),
    );
    expect(byStatus['起草']).toEqual([wu]);
    expect(byStatus['审核完成']).toEqual([ding]);
  });

  test('reviews: outcomes, reviewer, working days per review and the one over its deadline', async () => {
    const { reviews } = await stats({ year: 2026 });
    const all = [jia.documentId, yi.documentId, bing.documentId, ding].sort();
    expect(reviews.received.documentIds).toEqual(all);
    expect(reviews.concluded.documentIds).toEqual(all);
    expect(reviews.byOutcome.map((figure) => figure.count)).toEqual([4]);
    expect(reviews.byReviewer.map((figure) => [figure.label, figure.count])).toEqual([['reviewer 用户', 4]]);
    // 2, 3, 4 and 21 working days.
    expect(reviews.medianWorkingDays).toBe(3.5);
    expect(reviews.p90WorkingDays).toBe(21);
    expect(reviews.overdue.documentIds).toEqual([ding]);
  });

  test('filings: the deadline day is on time, a day late is not; 暂缓 is not 规范; corrections', async () => {
    const { filings } = await stats({ year: 2026 });
    expect(filings.shouldFile.documentIds).toEqual([jia.documentId, yi.documentId, bing.documentId].sort());
    expect(filings.filed.documentIds).toEqual([jia.documentId, yi.documentId].sort());
    expect(filings.onTime.documentIds).toEqual([jia.documentId]);
    expect(filings.registeredClean.documentIds).toEqual([jia.documentId]);
    expect([filings.filingRate.numerator.count, filings.filingRate.denominator.count]).toEqual([2, 3]);
    expect(formatRate(filings.filingRate.value)).toBe('66.7%');
    expect(formatRate(filings.timelyRate.value)).toBe('50.0%');
    expect(formatRate(filings.regularRate.value)).toBe('50.0%');
    expect(filings.correctionsRequested.documentIds).toEqual([yi.documentId]);
    expect(filings.correctionsDone.documentIds).toEqual([yi.documentId]);
  });

  test('cleanup dispositions and sign-offs by counsel', async () => {
    const { cleanup, signoffs } = await stats({ year: 2026 });
    expect(cleanup.byDisposition.map((figure) => [figure.label, figure.documentIds])).toEqual([
      ['继续有效', [jia.documentId]],
      ['修改', []],
      ['废止', [bing.documentId]],
      ['宣布失效', []],
    ]);
    expect(signoffs.byCounsel.map((figure) => [figure.label, figure.count])).toEqual([['counsel 用户', 3]]);
  });

  test('the channel gives the counts; the documents behind a figure come when it is opened', async () => {
    const view = expectOk(await app.call(cast.drafter, 'stats.get', { year: 2026 }));
    expect(JSON.stringify(view)).not.toContain('documentIds');
    expect(view.filings.filingRate).toMatchObject({
      value: 2 / 3,
      numerator: { key: 'filings:filed', count: 2 },
    });
    expect(view.years).toContain(2026);
    const filed = expectOk(
      await app.call(cast.drafter, 'stats.documents', { year: 2026, key: 'filings:filed' }),
    );
    expect(filed.map((document) => [document.id, document.title, document.kindLabel])).toEqual(
      [
        [jia.documentId, '某区统计数据质量管理办法', '行政规范性文件'],
        [yi.documentId, '某区统计调查项目管理规定', '行政规范性文件'],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(jia.docNumber).toBeTruthy();
    expect(filed.find((document) => document.id === jia.documentId)?.docNumber).toBe(jia.docNumber);
    const quarter = expectOk(
      await app.call(cast.drafter, 'stats.documents', { year: 2026, quarter: 2, key: 'documents' }),
    );
    expect(quarter.map((document) => document.id).sort()).toEqual([ding, wu].sort());
    expectError(
      await app.call(cast.drafter, 'stats.documents', { year: 2026, key: 'no-such-figure' }),
      'NOT_FOUND',
    );
  });
});

describe('a quarter, other years and bad input', () => {
  test('the second quarter has 丁 and 戊 only; the fourth has nothing to file, so its rates are “—”', async () => {
    const second = await stats({ year: 2026, quarter: 2 });
    expect(second.from).toBe('2026-04-01');
    expect(second.to).toBe('2026-06-30');
    expect(second.documents.total.documentIds).toEqual([ding, wu].sort());
    expect(second.reviews.received.documentIds).toEqual([ding]);
    expect(second.reviews.concluded.count).toBe(0);
    expect(second.reviews.medianWorkingDays).toBeNull();
    const fourth = await stats({ year: 2026, quarter: 4 });
    expect(fourth.filings.shouldFile.count).toBe(0);
    expect(fourth.filings.filingRate.value).toBeNull();
    expect(formatRate(fourth.filings.timelyRate.value)).toBe('—');
    expect(fourth.cleanup.total.count).toBe(2);
    const empty = expectOk(await app.call(cast.reviewer, 'stats.get', { year: 2025 }));
    expect(empty.documents.total.count).toBe(0);
    expect(empty.years).toEqual([2026, 2025]);
  });

  test('refuses a quarter 5 or a year out of range with a code and a Chinese message', async () => {
    const quarter = expectError(
      await app.call(cast.reviewer, 'stats.get', { year: 2026, quarter: 5 } as never),
      'INVALID_INPUT',
    );
    expect(JSON.stringify(quarter)).toContain('季度');
    expectError(await app.call(cast.reviewer, 'stats.get', { year: 1800 }), 'INVALID_INPUT');
  });
});

describe('cli stats', () => {
  test('prints the year in lines, and one JSON line with --json', async () => {
    const text = await runCli(app, 'reviewer', ['stats', '--year', '2026']);
    expect(text.code).toBe(0);
    const lines = text.out.join('\n');
    expect(lines).toContain('2026年统计');
    expect(lines).toContain('报备率 66.7%（2/3）');
    expect(lines).toContain('报备及时率 50.0%（1/2）');
    const json = await runCli(app, 'reviewer', ['stats', '--year', '2026', '--quarter', '4', '--json']);
    expect(json.code).toBe(0);
    expect(json.out).toHaveLength(1);
    const parsed = JSON.parse(json.out[0] ?? '') as {
      ok: boolean;
      value: { filings: { filingRate: { value: unknown } } };
    };
    expect(parsed.ok).toBe(true);
    expect(parsed.value.filings.filingRate.value).toBeNull();
  });

  test('usage errors answer one JSON line with exit code 2', async () => {
    const run = await runCli(app, 'reviewer', ['stats', '--year', '2026', '--quarter', '5', '--json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.out[0] ?? '')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const missing = await runCli(app, 'reviewer', ['stats']);
    expect(missing.code).toBe(2);
    expect(missing.err.join('')).toContain('--year');
  });
});
