import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openTestApp, rowCounts, type TestApp } from '../support/app';
import { expectError, expectOk } from '../support/session';
import {
  bringToFilingReady,
  buildPackage,
  filingTeam,
  type FilingTeam,
  type IssuedDocument,
} from '../support/workflowPath';

/**
 * The filing register on a real database: submissions to each filing organ, their outcomes and
 * correction clocks on the 2026 holiday calendar, letters, and the document's workflow following.
 * Dates (RULES.md §10): published 2026-09-07, filed within 30 days → 10-07 is a holiday → due 10-08.
 * The documents are reviewed, deliberated, issued and packaged through the real services, each on the
 * day the clock is moved to.
 */

const TABLES = ['filing_submissions', 'filing_letters', 'events', 'audit_log'] as const;
const GOVERNMENT = '上一级人民政府';
const CONGRESS = '本级人大常委会';
const PARTY_ORGAN = '上级党组织（党委办公厅（室））';

let app: TestApp;
let cast: FilingTeam;
let main: IssuedDocument;
let late: IssuedDocument;
let party: IssuedDocument;
let firstPackage: string;
let latePackage: string;
let partyPackage: string;

const at = (day: string) => app.clock.set(`${day}T02:00:00.000Z`);
const view = (documentId: string) => app.call(cast.reviewer, 'filings.forDocument', { documentId });

beforeAll(async () => {
  app = openTestApp({});
  at('2026-08-03');
  cast = await filingTeam(app);
  // Published 08-03: due 09-02, and sent on 09-18 it is late.
  late = await bringToFilingReady(app, cast, { title: '某区统计调查项目管理规定' });
  at('2026-09-07');
  main = await bringToFilingReady(app, cast, { title: '某区统计数据质量管理办法' });
  party = await bringToFilingReady(app, cast, {
    kind: 'party_normative',
    title: '中共某区统计局党组关于加强统计领域党风廉政建设的规定',
  });
  at('2026-09-10');
  firstPackage = (await buildPackage(app, cast.reviewer, main.documentId, [GOVERNMENT, CONGRESS])).id;
  latePackage = (await buildPackage(app, cast.reviewer, late.documentId, [GOVERNMENT])).id;
  partyPackage = (await buildPackage(app, cast.reviewer, party.documentId, [PARTY_ORGAN])).id;
}, 120_000);
afterAll(() => app.close());

describe('the register before anything is sent', () => {
  test('lists issued documents as 待报送 with their deadline, the overdue one red', async () => {
    at('2026-09-18');
    const page = expectOk(await app.call(cast.reviewer, 'filings.list', { view: 'to_submit' }));
    expect(page.items.map((row) => row.title)).toEqual([
      '某区统计调查项目管理规定',
      '某区统计数据质量管理办法',
      '中共某区统计局党组关于加强统计领域党风廉政建设的规定',
    ]);
    const [overdue, inTime] = page.items;
    expect(overdue?.clock).toMatchObject({ dueOn: '2026-09-02', overdue: true, workingDaysLeft: -12 });
    // Fri 09-18 → 10-08: make-up Sunday 09-20, 09-21…24, 09-28…30 (09-25 is 中秋节), then 10-08 → 9.
    expect(inTime?.clock).toMatchObject({ dueOn: '2026-10-08', overdue: false, workingDaysLeft: 9 });
    const overdueOnly = expectOk(await app.call(cast.reviewer, 'filings.list', { view: 'overdue' }));
    expect(overdueOnly.items.map((row) => row.documentId)).toEqual([late.documentId]);
    const filing = expectOk(await view(main.documentId));
    expect(filing.state).toBe('to_submit');
    expect(filing.nextRecipients).toEqual([GOVERNMENT, CONGRESS]);
  });
});

describe('submission', () => {
  test('refuses the wrong role, the generic workflow button and a date after today, writing nothing', async () => {
    const before = rowCounts(app, TABLES);
    const input = { documentId: main.documentId, packageId: firstPackage, method: 'paper' as const };
    expectError(await app.call(cast.leader, 'filings.submit', input), 'FORBIDDEN');
    expectError(await app.call(cast.drafter, 'filings.submit', input), 'FORBIDDEN');
    expect(
      expectError(
        await app.call(cast.reviewer, 'filings.submit', { ...input, sentOn: '2026-09-19' }),
        'INVALID_INPUT',
      ).message,
    ).toContain('不能晚于今天');
    expect(
      expectError(
        await app.call(cast.reviewer, 'filings.submit', { ...input, sentOn: '2026-09-01' }),
        'INVALID_STATE',
      ).message,
    ).toContain('不能早于公布日期');
    const generic = await app.call(cast.reviewer, 'workflow.transition', {
      documentId: main.documentId,
      event: { type: 'SUBMIT_FILING', recipients: [GOVERNMENT] } as never,
    });
    expect(expectError(generic, 'INVALID_STATE').message).toContain('备案');
    expect(rowCounts(app, TABLES)).toEqual(before);
  });

  test('records one submission per organ of the package, with the deadline from publication', async () => {
    const filing = expectOk(
      await app.call(cast.reviewer, 'filings.submit', {
        documentId: main.documentId,
        packageId: firstPackage,
        method: 'platform',
        sentOn: '2026-09-18',
      }),
    );
    expect(filing.state).toBe('awaiting');
    expect(
      filing.submissions.map((row) => [row.recipient, row.round, row.dueOn, row.late, row.state]),
    ).toEqual([
      [GOVERNMENT, 1, '2026-10-08', false, 'awaiting'],
      [CONGRESS, 1, '2026-10-08', false, 'awaiting'],
    ]);
    expect(filing.submissions[0]?.packageSha256).toMatch(/^[0-9a-f]{64}$/);
    const workflow = expectOk(await app.call(cast.reviewer, 'workflow.get', { documentId: main.documentId }));
    expect(workflow.context.filing).toMatchObject({ status: 'submitted', submittedOn: '2026-09-18' });
    expect(workflow.state).toBe('issued');
    const audit = app.deps.db
      .prepare("SELECT target_type, target_id FROM audit_log WHERE action = 'filings.submit'")
      .all();
    expect(audit).toEqual([{ target_type: 'filing_submissions', target_id: main.documentId }]);
  });

  test('flags a filing sent after its deadline as late', async () => {
    const filing = expectOk(
      await app.call(cast.reviewer, 'filings.submit', {
        documentId: late.documentId,
        packageId: latePackage,
        method: 'paper',
      }),
    );
    expect(filing.submissions.map((row) => [row.sentOn, row.dueOn, row.late])).toEqual([
      ['2026-09-18', '2026-09-02', true],
    ]);
    const awaiting = expectOk(
      await app.call(cast.reviewer, 'filings.list', { view: 'awaiting', q: '调查项目' }),
    );
    expect(awaiting.items.map((row) => [row.recipient, row.late])).toEqual([[GOVERNMENT, true]]);
  });

  test('cannot be sent twice while the organs have not answered', async () => {
    const before = rowCounts(app, TABLES);
    const again = await app.call(cast.reviewer, 'filings.submit', {
      documentId: main.documentId,
      packageId: firstPackage,
      method: 'paper',
    });
    expect(expectError(again, 'INVALID_STATE').message).toContain(GOVERNMENT);
    expect(rowCounts(app, TABLES)).toEqual(before);
  });
});

describe('outcomes, the 补正 clock and a new round', () => {
  test('refuses an outcome not in the profile for the kind, a date before sending, or the wrong role', async () => {
    at('2026-09-25');
    const [government] = expectOk(await view(main.documentId)).submissions;
    const before = rowCounts(app, TABLES);
    const submissionId = government?.id ?? '';
    expect(
      expectError(
        await app.call(cast.reviewer, 'filings.recordOutcome', { submissionId, outcome: 'PARTY_REMINDER' }),
        'INVALID_INPUT',
      ).message,
    ).toContain('予以备案登记');
    expectError(
      await app.call(cast.reviewer, 'filings.recordOutcome', {
        submissionId,
        outcome: 'REGISTERED',
        on: '2026-09-17',
      }),
      'INVALID_INPUT',
    );
    expectError(
      await app.call(cast.leader, 'filings.recordOutcome', { submissionId, outcome: 'REGISTERED' }),
      'FORBIDDEN',
    );
    expect(rowCounts(app, TABLES)).toEqual(before);
  });

  test('one organ registers, the other defers with its own 补正 clock: the document waits for the correction', async () => {
    const [government, congress] = expectOk(await view(main.documentId)).submissions;
    const registered = expectOk(
      await app.call(cast.reviewer, 'filings.recordOutcome', {
        submissionId: congress?.id ?? '',
        outcome: 'REGISTERED',
        on: '2026-09-24',
      }),
    );
    // One organ still has to answer: the document is not yet 已备案.
    expect(registered.state).toBe('awaiting');
    expect(registered.status).toBe('issued');

    const deferred = expectOk(
      await app.call(cast.reviewer, 'filings.recordOutcome', {
        submissionId: government?.id ?? '',
        outcome: 'DEFERRED',
        note: '缺少制定依据文本',
      }),
    );
    const row = deferred.submissions.find((submission) => submission.id === government?.id);
    // 15 days from 09-25 is Saturday 10-10, a make-up working day (调休上班): it stays the last day.
    expect(row).toMatchObject({
      state: 'correction',
      outcomeOn: '2026-09-25',
      correctionDueOn: '2026-10-10',
    });
    // Working days from 09-25 (中秋节): 09-28, 09-29, 09-30, 10-08, 10-09, 10-10.
    expect(row?.clock).toEqual({ dueOn: '2026-10-10', workingDaysLeft: 6, overdue: false });
    expect(deferred.state).toBe('correction');
    expect(deferred.clock?.dueOn).toBe('2026-10-10');
    const outcome = deferred.outcomes.find((candidate) => candidate.code === 'DEFERRED');
    expect(outcome?.correctionPeriod).toBe('15日');
    expect(outcome?.basis).toContain('第九条');
    const workflow = expectOk(await app.call(cast.reviewer, 'workflow.get', { documentId: main.documentId }));
    expect(workflow.state).toBe('issued');
    expect(workflow.context.filing).toMatchObject({ status: 'correction' });
    const corrections = expectOk(await app.call(cast.reviewer, 'filings.list', { view: 'correction' }));
    expect(corrections.items.map((entry) => entry.recipient)).toEqual([GOVERNMENT]);
  });

  test('a letter from an organ runs its own clock until the agency replies', async () => {
    const [, congress] = expectOk(await view(main.documentId)).submissions;
    const submissionId = congress?.id ?? '';
    const withLetter = expectOk(
      await app.call(cast.reviewer, 'filings.addLetter', {
        submissionId,
        kind: 'explanation_request',
        reference: '区人大法工委函〔2026〕12号',
        datedOn: '2026-09-25',
        text: '请说明第二条施行日期的确定理由。',
      }),
    );
    const letter = withLetter.submissions.find((row) => row.id === submissionId)?.letters[0];
    // 30 days from 09-25 is Sunday 10-25 → Monday 10-26.
    expect(letter).toMatchObject({ dueOn: '2026-10-26', replied: false });
    expect(letter?.clock?.overdue).toBe(false);
    const due = expectOk(await app.call(cast.reviewer, 'filings.due', {}));
    expect(due.letters.map((open) => open.reference)).toEqual(['区人大法工委函〔2026〕12号']);
    expect(due.corrections.items.map((row) => row.documentId)).toEqual([main.documentId]);

    at('2026-09-28');
    const replied = expectOk(
      await app.call(cast.reviewer, 'filings.addLetter', {
        submissionId,
        kind: 'reply',
        repliesTo: letter?.id ?? '',
        datedOn: '2026-09-28',
        text: '施行日期与上位法配套文件同步，特此说明。',
      }),
    );
    const letters = replied.submissions.find((row) => row.id === submissionId)?.letters ?? [];
    expect(letters.map((entry) => [entry.kind, entry.replied, entry.clock])).toEqual([
      ['explanation_request', true, null],
      ['reply', false, null],
    ]);
    expectError(
      await app.call(cast.reviewer, 'filings.addLetter', {
        submissionId,
        kind: 'reply',
        repliesTo: letter?.id ?? '',
        datedOn: '2026-09-28',
        text: '再次答复。',
      }),
      'INVALID_STATE',
    );
    expect(expectOk(await app.call(cast.reviewer, 'filings.due', {})).letters).toEqual([]);
  });

  test('the corrected package goes to the deferring organ as a new round; registration makes it 已备案', async () => {
    at('2026-09-29');
    const corrected = await buildPackage(app, cast.reviewer, main.documentId, [GOVERNMENT, CONGRESS]);
    // Only the latest package may be sent.
    expectError(
      await app.call(cast.reviewer, 'filings.submit', {
        documentId: main.documentId,
        packageId: firstPackage,
        method: 'platform',
      }),
      'INVALID_STATE',
    );
    const resent = expectOk(
      await app.call(cast.reviewer, 'filings.submit', {
        documentId: main.documentId,
        packageId: corrected.id,
        method: 'platform',
      }),
    );
    expect(resent.submissions.map((row) => [row.round, row.recipient, row.state, row.outcome])).toEqual([
      [1, GOVERNMENT, 'superseded', 'DEFERRED'],
      [1, CONGRESS, 'filed', 'REGISTERED'],
      [2, GOVERNMENT, 'awaiting', null],
    ]);
    // The re-submission is due at the end of the 补正 period.
    expect(resent.submissions[2]).toMatchObject({
      dueOn: '2026-10-10',
      late: false,
      packageId: corrected.id,
    });

    at('2026-10-09');
    const filed = expectOk(
      await app.call(cast.reviewer, 'filings.recordOutcome', {
        submissionId: resent.submissions[2]?.id ?? '',
        outcome: 'REGISTERED',
      }),
    );
    expect(filed.state).toBe('filed');
    expect(filed.status).toBe('filed');
    const document = expectOk(await app.call(cast.reviewer, 'documents.get', { id: main.documentId }));
    expect(document.document.status).toBe('filed');
    const timeline = document.events.map(
      (event) => (event.detail as { description?: string }).description ?? '',
    );
    expect(timeline.some((line) => line.includes(`${GOVERNMENT}：暂缓办理备案登记`))).toBe(true);
    const filedRows = expectOk(
      await app.call(cast.reviewer, 'filings.list', { view: 'filed', q: '质量管理' }),
    );
    expect(filedRows.total).toBe(2);
  });
});

describe('a 党内规范性文件 filed with its superior Party organ', () => {
  test('passes with a 书面提醒 and becomes 已备案', async () => {
    at('2026-09-18');
    const sent = expectOk(
      await app.call(cast.reviewer, 'filings.submit', {
        documentId: party.documentId,
        packageId: partyPackage,
        method: 'paper',
      }),
    );
    expect(sent.submissions.map((row) => row.recipient)).toEqual([PARTY_ORGAN]);
    at('2026-10-09');
    expectError(
      await app.call(cast.reviewer, 'filings.recordOutcome', {
        submissionId: sent.submissions[0]?.id ?? '',
        outcome: 'DEFERRED',
      }),
      'INVALID_INPUT',
    );
    const filed = expectOk(
      await app.call(cast.reviewer, 'filings.recordOutcome', {
        submissionId: sent.submissions[0]?.id ?? '',
        outcome: 'PARTY_REMINDER',
        note: '规范性方面：个别表述不够规范',
      }),
    );
    expect(filed.submissions[0]).toMatchObject({ state: 'filed', writtenReminder: true });
    expect(filed.status).toBe('filed');
    // Recording again is refused.
    expectError(
      await app.call(cast.reviewer, 'filings.recordOutcome', {
        submissionId: sent.submissions[0]?.id ?? '',
        outcome: 'PARTY_PASSED',
      }),
      'INVALID_STATE',
    );
  });

  test('every change is in the audit log', () => {
    const actions = app.deps.db
      .prepare("SELECT action, count(*) AS n FROM audit_log WHERE action LIKE 'filings.%' GROUP BY action")
      .all();
    expect(actions).toEqual([
      { action: 'filings.addLetter', n: 2 },
      { action: 'filings.recordOutcome', n: 4 },
      { action: 'filings.submit', n: 4 },
    ]);
  });
});
