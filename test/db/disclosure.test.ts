import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openTestApp, type TestApp } from '../support/app';
import { expectError, expectOk } from '../support/session';
import { bringToIssued, workflowTeam, type WorkflowTeam } from '../support/workflowPath';

let app: TestApp;
let team: WorkflowTeam;
let documentId: string;

const auditRows = (targetType: string) =>
  app.deps.db.prepare('SELECT action, detail FROM audit_log WHERE target_type = ?').all(targetType) as {
    action: string;
    detail: string;
  }[];

beforeAll(async () => {
  app = openTestApp({});
  app.clock.set('2026-04-30T02:00:00.000Z');
  team = await workflowTeam(app);
  documentId = expectOk(
    await app.call(team.drafter, 'documents.create', {
      kind: 'disclosure',
      title: '关于张某申请公开2025年统计执法检查情况的答复',
      draftingUnit: '办公室',
      issuingAuthority: '某区统计局',
    }),
  ).id;
});
afterAll(() => app.close());

describe('政府信息公开 reply clock through the dispatcher', () => {
  test('the receipt starts a 20-working-day clock (条例第三十三条)', async () => {
    const view = expectOk(
      await app.call(team.drafter, 'disclosure.recordRequest', {
        documentId,
        receivedOn: '2026-04-30',
        applicant: '张某',
      }),
    );
    expect(view.clock).toMatchObject({ dueOn: '2026-06-01', state: 'running', stateLabel: '期限内' });
    expect(view.basis.reply).toContain('第三十三条');
    expect(auditRows('disclosure_requests')).toHaveLength(1);
    const clocks = expectOk(await app.call(team.reviewer, 'disclosure.clocks', {}));
    expect(clocks.items).toContainEqual(
      expect.objectContaining({ documentId, clock: 'reply', dueOn: '2026-06-01' }),
    );
  });

  test('third-party consultation days are not counted; overlaps and early dates are refused in Chinese', async () => {
    app.clock.set('2026-05-20T02:00:00.000Z');
    const view = expectOk(
      await app.call(team.reviewer, 'disclosure.recordConsultation', {
        documentId,
        thirdParty: '某制造有限公司',
        fromOn: '2026-05-11',
        toOn: '2026-05-15',
      }),
    );
    expect(view.clock).toMatchObject({ dueOn: '2026-06-08', excludedWorkingDays: 5 });
    const overlap = expectError(
      await app.call(team.reviewer, 'disclosure.recordConsultation', {
        documentId,
        thirdParty: '另一公司',
        fromOn: '2026-05-14',
        toOn: '2026-05-18',
      }),
      'INVALID_INPUT',
    );
    expect(overlap.message).toContain('重叠');
    expect(auditRows('disclosure_consultations')).toHaveLength(1);
  });

  test('an extension is approved only by a 负责人, at most 20 working days, once', async () => {
    const extension = {
      documentId,
      workingDays: 20,
      reason: '申请内容涉及多个年度档案，需要调取核对',
      notifiedOn: '2026-05-20',
    };
    expectError(await app.call(team.reviewer, 'disclosure.recordExtension', extension), 'FORBIDDEN');
    const tooLong = expectError(
      await app.call(team.leader, 'disclosure.recordExtension', { ...extension, workingDays: 25 }),
      'INVALID_INPUT',
    );
    expect(tooLong.message).toContain('最长不得超过 20 个工作日');
    const view = expectOk(await app.call(team.leader, 'disclosure.recordExtension', extension));
    expect(view.extension).toMatchObject({
      workingDays: 20,
      approvedOn: '2026-05-20',
      notifiedOn: '2026-05-20',
    });
    expect((view.clock?.dueOn ?? '') > '2026-06-08').toBe(true);
    expect(view.clock?.extensionDays).toBe(20);
    const again = expectError(
      await app.call(team.leader, 'disclosure.recordExtension', extension),
      'INVALID_STATE',
    );
    expect(again.message).toContain('不能再次延长');
    expect(auditRows('disclosure_extensions')).toHaveLength(1);
  });

  test('the answer ends the clock; the list drops it', async () => {
    const view = expectOk(
      await app.call(team.drafter, 'disclosure.recordAnswer', { documentId, answeredOn: '2026-05-20' }),
    );
    expect(view.clock).toMatchObject({ state: 'done', stateLabel: '已按期办结' });
    const clocks = expectOk(await app.call(team.reviewer, 'disclosure.clocks', {}));
    expect(clocks.items.find((item) => item.documentId === documentId)).toBeUndefined();
    const late = expectError(
      await app.call(team.drafter, 'disclosure.recordConsultation', {
        documentId,
        thirdParty: '某公司',
        fromOn: '2026-05-18',
        toOn: '2026-05-19',
      }),
      'INVALID_STATE',
    );
    expect(late.message).toContain('已于 2026-05-20 作出答复');
  });

  test('a document of another kind has no disclosure request', async () => {
    const other = expectOk(
      await app.call(team.drafter, 'documents.create', {
        kind: 'contract',
        title: '统计调查服务采购合同',
        draftingUnit: '办公室',
        issuingAuthority: '某区统计局',
      }),
    );
    const refused = expectError(
      await app.call(team.drafter, 'disclosure.recordRequest', {
        documentId: other.id,
        receivedOn: '2026-05-20',
      }),
      'INVALID_STATE',
    );
    expect(refused.message).toContain('只有政府信息公开类文件');
  });
});

describe('主动公开 of an issued normative document (条例第二十六条)', () => {
  test('due 20 working days after 印发, overdue until recorded, then done', async () => {
    app.clock.set('2026-04-30T02:00:00.000Z');
    const issued = await bringToIssued(app, team, {});
    const view = expectOk(
      await app.call(team.reviewer, 'disclosure.proactive', { documentId: issued.documentId }),
    );
    expect(view).not.toBeNull();
    const due = view?.dueOn ?? '';
    expect(view?.state).toBe('running');
    const clocks = expectOk(await app.call(team.reviewer, 'disclosure.clocks', {}));
    expect(clocks.items).toContainEqual(
      expect.objectContaining({ documentId: issued.documentId, clock: 'proactive' }),
    );

    const after = new Date(`${due}T02:00:00.000Z`);
    after.setUTCDate(after.getUTCDate() + 3);
    app.clock.set(after.toISOString());
    const overdue = expectOk(
      await app.call(team.reviewer, 'disclosure.proactive', { documentId: issued.documentId }),
    );
    expect(overdue?.stateLabel).toBe('已逾期');

    const early = expectError(
      await app.call(team.reviewer, 'disclosure.recordProactive', {
        documentId: issued.documentId,
        disclosedOn: '2020-01-01',
        channel: '政府网站',
      }),
      'INVALID_INPUT',
    );
    expect(early.message).toContain('不能早于印发公布日期');
    const recorded = expectOk(
      await app.call(team.reviewer, 'disclosure.recordProactive', {
        documentId: issued.documentId,
        disclosedOn: due,
        channel: '政府网站',
      }),
    );
    expect(recorded).toMatchObject({ state: 'done', disclosedOn: due, channel: '政府网站' });
    expect(auditRows('proactive_disclosures')).toHaveLength(1);
  });
});
