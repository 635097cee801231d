import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { openTestApp, rowCounts, type TestApp } from '../support/app';
import { createUser, expectError, expectOk, signIn } from '../support/session';
import {
  bringToReviewed,
  deliberationEvent,
  documentDetail,
  legalOpinionEvent,
  step,
  todayOf,
  uploadMaterial,
  type WorkflowTeam,
  workflowTeam,
} from '../support/workflowPath';

/**
 * 重大行政决策 through the dispatcher: the 法律顾问/公职律师 opinion before 集体讨论决定 (第二十八条), a 不同意
 * opinion that blocks the meeting until the reviewer states the legal risk (第二十五条), each step on the
 * timeline and in the audit log, and 公众参与 left out only as a matter not to be disclosed (第十四条).
 */

let app: TestApp;
let team: WorkflowTeam;
let counsel: Session;
let counselId: string;

const TABLES = ['deliberations', 'events', 'audit_log'];

const transition = (session: Session, documentId: string, event: Record<string, unknown>) =>
  app.call(session, 'workflow.transition', { documentId, event: event as never });

const meeting = deliberationEvent({ meetingType: '常务会议', meetingName: '区政府第8次常务会议' });

function lastAudit(): { action: string; actor_name: string; detail: Record<string, unknown> } {
  const row = app.deps.db
    .prepare('SELECT action, actor_name, detail FROM audit_log ORDER BY seq DESC LIMIT 1')
    .get() as {
    action: string;
    actor_name: string;
    detail: string;
  };
  return { ...row, detail: JSON.parse(row.detail) as Record<string, unknown> };
}

function timeline(documentId: string): string[] {
  const rows = app.deps.db
    .prepare(
      "SELECT detail FROM events WHERE document_id = ? AND kind IN ('workflow_step', 'status_changed') ORDER BY at, rowid",
    )
    .all(documentId) as { detail: string }[];
  return rows.map((row) => {
    const detail = JSON.parse(row.detail) as { title: string; description: string };
    return `${detail.title}：${detail.description}`;
  });
}

beforeAll(async () => {
  app = openTestApp({});
  app.clock.set('2026-05-12T02:00:00.000Z');
  team = await workflowTeam(app);
  counselId = (await createUser(app, team.admin, 'counsel', ['counsel'])).id;
  counsel = await signIn(app, 'counsel');
});
afterAll(() => app.close());

describe('法律顾问、公职律师法律意见 before 集体讨论决定', () => {
  test('refused without the opinion, refused on 不同意, allowed once the legal risk is stated; each step audited', async () => {
    const reviewed = await bringToReviewed(app, team, { kind: 'major_decision', legalOpinion: false });
    const { documentId } = reviewed;
    const view = expectOk(await app.call(team.leader, 'workflow.get', { documentId }));
    const missing =
      '尚未登记法律顾问、公职律师的法律意见，不得提交集体讨论决定（重大行政决策程序暂行条例第二十八条：合法性审查中应当组织法律顾问、公职律师提出法律意见）。';
    expect(view.events.find((event) => event.type === 'RECORD_DELIBERATION')?.blockedReason).toBe(missing);
    const before = rowCounts(app, TABLES);
    expect(expectError(await transition(team.leader, documentId, meeting), 'INVALID_STATE').message).toBe(
      missing,
    );
    expect(rowCounts(app, TABLES)).toEqual(before);

    // The written opinion is a material of the document; another kind of file is not accepted as it.
    const notice = await uploadMaterial(app, team.reviewer, documentId, 'consultation', '征求意见情况.txt');
    const wrong = { ...legalOpinionEvent(todayOf(app), 'disagree'), attachmentId: notice };
    expect(
      expectError(await transition(team.reviewer, documentId, wrong), 'INVALID_INPUT').message,
    ).toContain('不是法律顾问、公职律师法律意见书');
    const letter = await uploadMaterial(app, team.reviewer, documentId, 'legal_opinion', '法律意见书.pdf');
    expectError(await transition(team.drafter, documentId, legalOpinionEvent(todayOf(app))), 'FORBIDDEN');
    await step(app, team.reviewer, documentId, {
      ...legalOpinionEvent(todayOf(app), 'disagree'),
      adviserRole: 'public_lawyer',
      adviserName: '吴敏',
      attachmentId: letter,
    });
    expect(lastAudit()).toMatchObject({
      action: 'workflow.transition',
      actor_name: 'reviewer 用户',
      detail: {
        event: {
          type: 'RECORD_LEGAL_OPINION',
          opinion: 'disagree',
          adviserName: '吴敏',
          attachmentId: letter,
        },
      },
    });
    const refused = expectError(await transition(team.leader, documentId, meeting), 'INVALID_STATE').message;
    expect(refused).toBe(
      '公职律师吴敏（2026-05-12）：不同意（认为不合法），认为不合法的，不得提交集体讨论决定。属于国家尚无明确规定的探索性改革决策事项的，审查人员可以登记提交讨论的理由并明示法律风险（第二十五条）。',
    );

    const risk = {
      type: 'ACCEPT_LEGAL_RISK',
      reason: '电子统计台账属于国家尚无明确规定的探索性改革事项',
      legalRisk: '要求企业使用电子台账可能被认为增加企业义务，存在被备案审查机关要求纠正的风险',
    };
    expectError(await transition(team.drafter, documentId, risk), 'FORBIDDEN');
    expectError(await transition(team.leader, documentId, risk), 'FORBIDDEN');
    const noRisk = expectError(
      await transition(team.reviewer, documentId, { type: 'ACCEPT_LEGAL_RISK', reason: risk.reason }),
      'INVALID_INPUT',
    );
    expect(noRisk.message).toContain('请填写法律风险');
    await step(app, team.reviewer, documentId, risk);
    expect(lastAudit()).toMatchObject({
      action: 'workflow.transition',
      detail: { event: risk, from: 'reviewed', to: 'reviewed' },
    });
    const context = expectOk(await app.call(team.leader, 'workflow.get', { documentId })).context;
    expect(context.legalOpinion).toMatchObject({
      opinion: 'disagree',
      riskAccepted: { reason: risk.reason, legalRisk: risk.legalRisk, on: '2026-05-12' },
    });

    await step(app, team.leader, documentId, meeting);
    const stored = app.deps.db
      .prepare('SELECT materials FROM deliberations WHERE document_id = ?')
      .get(documentId) as { materials: string };
    expect(JSON.parse(stored.materials)).toContainEqual({
      item: 'legal_opinion',
      label: '法律顾问、公职律师法律意见',
      present: true,
      note: `公职律师吴敏（2026-05-12）：不同意（认为不合法）；明示法律风险后提交讨论。理由：${risk.reason}；法律风险：${risk.legalRisk}`,
    });
    expect((await documentDetail(app, team.leader, documentId)).document.status).toBe('deliberated');
    const lines = timeline(documentId);
    expect(lines).toContain(
      '登记法律顾问意见：公职律师吴敏（2026-05-12）：不同意（认为不合法）。草案要求企业报送统计调查制度以外的资料，缺乏法律、法规依据。',
    );
    expect(lines).toContain(
      `明示法律风险后提交讨论：法律顾问、公职律师认为不合法，经审查人员说明后提交集体讨论决定。理由：${risk.reason}；明示的法律风险：${risk.legalRisk}`,
    );
  });

  test('a counsel account records its own opinion under its own name, never in another name', async () => {
    const { documentId } = await bringToReviewed(app, team, {
      kind: 'major_decision',
      title: '某区统计信息化建设项目实施方案',
      legalOpinion: false,
    });
    const forOther = { ...legalOpinionEvent(todayOf(app)), counselId: team.reviewer.accountId ?? '' };
    expect(expectError(await transition(counsel, documentId, forOther), 'FORBIDDEN').message).toBe(
      '不能以他人名义登记法律意见。',
    );
    expectError(
      await transition(counsel, documentId, { type: 'ACCEPT_LEGAL_RISK', reason: '探索', legalRisk: '风险' }),
      'FORBIDDEN',
    );
    await step(app, counsel, documentId, { ...legalOpinionEvent(todayOf(app)), adviserName: '随便写的名字' });
    const { context } = expectOk(await app.call(team.leader, 'workflow.get', { documentId }));
    expect(context.legalOpinion).toMatchObject({
      adviserName: 'counsel 用户',
      counselId,
      opinion: 'agree',
    });
    // A reviewer naming a non-counsel account is refused.
    const notCounsel = { ...legalOpinionEvent(todayOf(app)), counselId: team.drafter.accountId ?? '' };
    expect(expectError(await transition(team.reviewer, documentId, notCounsel), 'NOT_FOUND').message).toBe(
      '所选账号不是在用的法律顾问账号。',
    );
    await step(app, team.leader, documentId, meeting);
  });
});

describe('公众参与 not applicable', () => {
  test('only as 依法不予公开的决策事项 with a reason; any other ground is refused', async () => {
    const { id: documentId } = expectOk(
      await app.call(team.drafter, 'documents.create', {
        kind: 'major_decision',
        title: '某区统计数据安全保护专项方案',
        draftingUnit: '法制科',
        issuingAuthority: '某区统计局',
      }),
    );
    const before = rowCounts(app, TABLES);
    const urgent = {
      type: 'RECORD_PROCEDURE',
      procedure: 'public_participation',
      notApplicableGround: 'urgent',
      notApplicableReason: '时间紧迫',
    };
    expect(expectError(await transition(team.drafter, documentId, urgent), 'INVALID_STATE').message).toBe(
      '公众参与是法定必经程序，只有依法不予公开的决策事项（重大行政决策程序暂行条例第十四条：除依法不予公开的决策事项外，决策承办单位应当向社会公开征求意见）才能注明不适用，请选择该情形并说明理由。',
    );
    const noGround = { ...urgent, notApplicableGround: undefined };
    expect(
      expectError(await transition(team.drafter, documentId, noGround), 'INVALID_STATE').message,
    ).toContain('只有依法不予公开的决策事项');
    expect(rowCounts(app, TABLES)).toEqual(before);
    await step(app, team.drafter, documentId, {
      ...urgent,
      notApplicableGround: 'undisclosable',
      notApplicableReason: '方案涉及统计数据安全防护措施，属于依法不予公开的事项',
    });
    expect(lastAudit().detail).toMatchObject({
      event: { procedure: 'public_participation', notApplicableGround: 'undisclosable' },
    });
    const view = expectOk(await app.call(team.drafter, 'workflow.get', { documentId }));
    expect(view.context.procedures).toEqual({
      public_participation: {
        notApplicableReason: '方案涉及统计数据安全防护措施，属于依法不予公开的事项',
        ground: 'undisclosable',
      },
    });
    expect(view.events.find((event) => event.type === 'SUBMIT')?.blockedReason).toContain(
      '尚未完成：专家论证（或注明不适用的理由）、风险评估（或注明不适用的理由）',
    );
  });
});
