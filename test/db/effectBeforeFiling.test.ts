import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openTestApp, type TestApp } from '../support/app';
import { expectError, expectOk } from '../support/session';
import {
  bringToFilingReady,
  buildPackage,
  documentDetail,
  filingTeam,
  type FilingTeam,
  type IssuedDocument,
  step,
} from '../support/workflowPath';

/**
 * 施行 follows the 施行日期, not the filing result: a 行政规范性文件 published 2026-09-07 takes effect on
 * 2026-10-07 although nothing was filed yet; its two filing organs (上一级人民政府 and 本级人大常委会) then
 * answer, each with its own result, while the document stays 有效. One organ's 暂缓 does not undo the
 * other's registration, and the filing counts as done only when both registered it.
 */

const GOVERNMENT = '上一级人民政府';
const CONGRESS = '本级人大常委会';

let app: TestApp;
let cast: FilingTeam;
let issued: IssuedDocument;

const at = (day: string) => app.clock.set(`${day}T02:00:00.000Z`);
const filing = async () =>
  expectOk(await app.call(cast.reviewer, 'filings.forDocument', { documentId: issued.documentId }));
const workflow = async () =>
  expectOk(await app.call(cast.reviewer, 'workflow.get', { documentId: issued.documentId }));

beforeAll(async () => {
  app = openTestApp({});
  at('2026-09-07');
  cast = await filingTeam(app);
  issued = await bringToFilingReady(app, cast, { title: '某区统计数据质量管理办法' });
}, 120_000);
afterAll(() => app.close());

describe('施行 before the filing result', () => {
  test('not before the 施行日期; on it, in force with the filing still to be sent', async () => {
    expect(issued.effectiveOn).toBe('2026-10-07');
    at('2026-10-06');
    const early = expectError(
      await app.call(cast.reviewer, 'workflow.transition', {
        documentId: issued.documentId,
        event: { type: 'ENTER_INTO_FORCE' } as never,
      }),
      'INVALID_STATE',
    );
    expect(early.message).toBe('施行日期为 2026-10-07，尚未到施行日。');
    at('2026-10-07');
    const view = await step(app, cast.reviewer, issued.documentId, { type: 'ENTER_INTO_FORCE' });
    expect(view.state).toBe('in_force');
    const detail = await documentDetail(app, cast.reviewer, issued.documentId);
    // The registry computes the same lifecycle from the issuance: 现行有效.
    const listed = expectOk(
      await app.call(cast.reviewer, 'documents.list', { q: '某区统计数据质量管理办法' }),
    );
    expect(listed.items.map((item) => [item.status, item.lifecycle?.state])).toEqual([
      ['in_force', 'in_force'],
    ]);
    expect(detail.events.map((event) => (event.detail as { description?: string }).description)).toContain(
      '自 2026-10-07 起施行。备案尚未办结，在备案登记簿中继续办理。',
    );
    // The register still lists it as 待报送 (overdue: due 10-08 is tomorrow, not yet).
    const page = expectOk(await app.call(cast.reviewer, 'filings.list', { view: 'to_submit' }));
    expect(page.items.map((row) => row.documentId)).toEqual([issued.documentId]);
    expect((await filing()).state).toBe('to_submit');
  });

  test('each organ answers on its own; 暂缓 by one keeps the other’s registration; 已备案 when both registered', async () => {
    const built = await buildPackage(app, cast.reviewer, issued.documentId, [GOVERNMENT, CONGRESS]);
    const sent = expectOk(
      await app.call(cast.reviewer, 'filings.submit', {
        documentId: issued.documentId,
        packageId: built.id,
        method: 'platform',
      }),
    );
    expect(sent.submissions.map((row) => [row.recipient, row.state])).toEqual([
      [GOVERNMENT, 'awaiting'],
      [CONGRESS, 'awaiting'],
    ]);
    expect(sent.status).toBe('in_force');
    expect((await workflow()).context.filing).toMatchObject({ status: 'submitted' });

    at('2026-10-12');
    const [government, congress] = sent.submissions;
    const one = expectOk(
      await app.call(cast.reviewer, 'filings.recordOutcome', {
        submissionId: congress?.id ?? '',
        outcome: 'REGISTERED',
      }),
    );
    expect(one.state).toBe('awaiting');
    expect((await workflow()).context.filing).toMatchObject({ status: 'submitted' });
    const deferred = expectOk(
      await app.call(cast.reviewer, 'filings.recordOutcome', {
        submissionId: government?.id ?? '',
        outcome: 'DEFERRED',
        note: '请补充制定依据文本',
      }),
    );
    expect(deferred.state).toBe('correction');
    expect(deferred.submissions.map((row) => [row.recipient, row.state])).toEqual([
      [GOVERNMENT, 'correction'],
      [CONGRESS, 'filed'],
    ]);
    const corrected = await workflow();
    expect(corrected.state).toBe('in_force');
    expect(corrected.context.filing).toMatchObject({ status: 'correction' });

    at('2026-10-14');
    const again = await buildPackage(app, cast.reviewer, issued.documentId, [GOVERNMENT, CONGRESS]);
    const resent = expectOk(
      await app.call(cast.reviewer, 'filings.submit', {
        documentId: issued.documentId,
        packageId: again.id,
        method: 'platform',
      }),
    );
    // Only the deferring organ gets the corrected package; the other's registration stands.
    expect(resent.submissions.map((row) => [row.round, row.recipient, row.state])).toEqual([
      [1, GOVERNMENT, 'superseded'],
      [1, CONGRESS, 'filed'],
      [2, GOVERNMENT, 'awaiting'],
    ]);
    at('2026-10-16');
    const done = expectOk(
      await app.call(cast.reviewer, 'filings.recordOutcome', {
        submissionId: resent.submissions[2]?.id ?? '',
        outcome: 'REGISTERED',
      }),
    );
    expect(done.state).toBe('filed');
    expect(done.status).toBe('in_force');
    const finished = await workflow();
    expect(finished.state).toBe('in_force');
    expect(finished.context.filing).toMatchObject({ status: 'filed' });
    const filedRows = expectOk(await app.call(cast.reviewer, 'filings.list', { view: 'filed' }));
    expect(filedRows.items.map((row) => row.recipient).sort()).toEqual([GOVERNMENT, CONGRESS].sort());
  });
});
