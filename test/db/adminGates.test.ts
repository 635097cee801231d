import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { addDays } from '../../src/shared/domain/calendar/isoDate';
import { plainTextToBlocks } from '../../src/shared/domain/readers/plainTextToBlocks';
import { openTestApp, rowCounts, type TestApp } from '../support/app';
import { expectError, expectOk } from '../support/session';
import {
  bringToDeliberated,
  bringToReviewed,
  deliberationEvent,
  documentDetail,
  issueEvent,
  recordFairCompetition,
  step,
  todayOf,
  uploadMaterial,
  type WorkflowTeam,
  workflowTeam,
} from '../support/workflowPath';

/**
 * The 行政规范性文件 gates through the dispatcher: 涉及市场主体经济活动? answered on registration (or
 * suggested by the draft's terms), the 公平竞争审查 conclusion before 集体审议 and 出台, and 评估论证 /
 * 公开征求意见 before 送审 with the comment window checked against the profile — each refused with the
 * Chinese reason naming the missing step, then allowed, and audited.
 */

let app: TestApp;
let team: WorkflowTeam;

const transition = (session: Session, documentId: string, event: Record<string, unknown>) =>
  app.call(session, 'workflow.transition', { documentId, event: event as never });

async function auditOf(action: string) {
  return expectOk(await app.call(team.admin, 'audit.list', { action, pageSize: 500 })).items;
}

async function timelineOf(documentId: string) {
  return (await documentDetail(app, team.drafter, documentId)).events.map((event) => event.detail);
}

beforeAll(async () => {
  app = openTestApp({});
  app.clock.set('2026-05-12T02:00:00.000Z');
  team = await workflowTeam(app);
});
afterAll(() => app.close());

describe('公平竞争审查 before 集体审议', () => {
  test('answered 是 on registration: the meeting is refused until the conclusion is recorded', async () => {
    const { documentId } = await bringToReviewed(app, team, { touchesBusiness: false });
    const answered = expectOk(
      await app.call(team.drafter, 'fairCompetition.answer', { documentId, touchesBusiness: true }),
    );
    expect(answered.answer).toMatchObject({ touchesBusiness: true, answeredByName: 'drafter 用户' });
    const before = rowCounts(app, ['deliberations', 'fair_competition_reviews']);
    const refused = expectError(
      await transition(team.leader, documentId, deliberationEvent()),
      'INVALID_STATE',
    );
    expect(refused.message).toBe(
      '文件涉及市场主体经济活动：提交集体审议前应当完成公平竞争审查并登记审查结论（公平竞争审查条例第十八条），尚未登记公平竞争审查。',
    );
    const workflow = expectOk(await app.call(team.leader, 'workflow.get', { documentId }));
    expect(workflow.events.find((event) => event.type === 'RECORD_DELIBERATION')?.blockedReason).toBe(
      refused.message,
    );
    expect(rowCounts(app, ['deliberations', 'fair_competition_reviews'])).toEqual(before);

    const view = await recordFairCompetition(app, team.drafter, documentId);
    expect(view.reviews[0]).toMatchObject({
      conclusion: 'compliant',
      conclusionLabel: '符合公平竞争审查标准',
      attachmentName: '公平竞争审查结论.txt',
      recordedByName: 'drafter 用户',
    });
    await step(app, team.leader, documentId, deliberationEvent());
    const { deliberations } = await documentDetail(app, team.leader, documentId);
    expect(deliberations[0]?.materials).toContainEqual({
      item: 'fair_competition',
      label: '公平竞争审查情况',
      present: true,
      note: '符合公平竞争审查标准',
    });

    const answers = (await auditOf('fairCompetition.answer')).filter(
      (entry) => entry.targetId === documentId,
    );
    expect(
      answers.map((entry) => [entry.actorName, entry.detail.touchesBusiness, entry.detail.previous]),
    ).toEqual([['drafter 用户', true, false]]);
    const records = (await auditOf('fairCompetition.record')).filter(
      (entry) => entry.targetId === documentId,
    );
    expect(records).toHaveLength(1);
    expect(records[0]?.detail).toMatchObject({ conclusion: 'compliant', reviewedOn: todayOf(app) });
    const titles = (await timelineOf(documentId)).map(
      (detail) => `${String(detail.title)}：${String(detail.description)}`,
    );
    expect(titles).toContain(
      '公平竞争审查：文件涉及市场主体经济活动：提交集体审议前应当完成公平竞争审查并登记审查结论。',
    );
    expect(titles).toContain(`公平竞争审查：${todayOf(app)} 审查结论：符合公平竞争审查标准。`);
  });

  test('unanswered, a draft naming subsidies and procurement is held as touching business, with the sentences shown', async () => {
    const text = [
      '某区统计数据采集服务管理办法',
      '第一条　为规范统计数据采集服务，制定本办法。',
      '第二条　对承担统计调查辅助工作的企业，区财政给予补贴。',
      '第三条　统计数据采集服务通过政府采购方式确定供应商。',
      '第四条　本办法自印发之日起施行。',
    ].join('\n');
    const { documentId } = await bringToReviewed(app, team, { title: '某区统计数据采集服务管理办法', text });
    const view = expectOk(await app.call(team.reviewer, 'fairCompetition.get', { documentId }));
    expect(view).toMatchObject({ applies: true, answer: null, touchesBusiness: true, reviews: [] });
    expect(view.suggestion.sentences.map((sentence) => sentence.text)).toEqual([
      '第二条　对承担统计调查辅助工作的企业，区财政给予补贴。',
      '第三条　统计数据采集服务通过政府采购方式确定供应商。',
    ]);
    const refused = expectError(
      await transition(team.leader, documentId, deliberationEvent()),
      'INVALID_STATE',
    );
    expect(refused.message).toContain('预审发现文件涉及市场主体经济活动');
    expect(refused.message).toContain('尚未登记公平竞争审查');
    // A person answers 否: the answer wins over the suggestion.
    expectOk(await app.call(team.reviewer, 'fairCompetition.answer', { documentId, touchesBusiness: false }));
    await step(app, team.leader, documentId, deliberationEvent());
  });

  test('不符合 blocks 出台 (第十八条); a later conclusion (适用例外, explained) lets it issue', async () => {
    const deliberated = await bringToDeliberated(app, team, { touchesBusiness: true });
    const { documentId } = deliberated;
    await recordFairCompetition(app, team.reviewer, documentId, 'non_compliant');
    const refused = expectError(
      await transition(team.leader, documentId, issueEvent(todayOf(app))),
      'INVALID_STATE',
    );
    expect(refused.message).toContain('不得出台（公平竞争审查条例第十八条）');
    expect((await documentDetail(app, team.leader, documentId)).document.status).toBe('deliberated');
    const view = await recordFairCompetition(app, team.reviewer, documentId, 'exception');
    expect(view.reviews.map((review) => review.conclusion)).toEqual([
      'exception',
      'non_compliant',
      'compliant',
    ]);
    await step(app, team.leader, documentId, issueEvent(todayOf(app)));
    const locked = expectError(
      await app.call(team.drafter, 'fairCompetition.answer', { documentId, touchesBusiness: false }),
      'INVALID_STATE',
    );
    expect(locked.message).toContain('文件已印发');
  });

  test('refuses a conclusion without its explanation, dated later than today, or naming another kind of material', async () => {
    const { documentId } = await bringToReviewed(app, team, { touchesBusiness: true });
    const unexplained = expectError(
      await app.call(team.drafter, 'fairCompetition.record', {
        documentId,
        conclusion: 'exception',
        reviewedOn: todayOf(app),
      }),
      'INVALID_INPUT',
    );
    expect(unexplained.issues?.join('')).toContain('应当说明理由');
    const later = expectError(
      await app.call(team.drafter, 'fairCompetition.record', {
        documentId,
        conclusion: 'compliant',
        reviewedOn: addDays(todayOf(app), 1),
      }),
      'INVALID_INPUT',
    );
    expect(later.message).toContain('不能晚于今天');
    const other = await uploadMaterial(app, team.drafter, documentId, 'other');
    expectError(
      await app.call(team.drafter, 'fairCompetition.record', {
        documentId,
        conclusion: 'compliant',
        reviewedOn: todayOf(app),
        attachmentId: other,
      }),
      'NOT_FOUND',
    );
    expectError(
      await app.call(team.leader, 'fairCompetition.answer', { documentId, touchesBusiness: false }),
      'FORBIDDEN',
    );
  });
});

describe('评估论证 and 公开征求意见 before 送审', () => {
  async function draftedUnder(profileId: string, touchesBusiness: boolean) {
    expectOk(await app.call(team.admin, 'rules.setProfile', { id: profileId }));
    const { id: documentId } = expectOk(
      await app.call(team.drafter, 'documents.create', {
        kind: 'admin_normative',
        title: '某区统计信用管理办法',
        draftingUnit: '法制科',
        issuingAuthority: '某区统计局',
        touchesBusiness,
      }),
    );
    const blocks = plainTextToBlocks('某区统计信用管理办法\n第一条　为加强统计信用管理，制定本办法。');
    expectOk(await app.call(team.drafter, 'drafts.save', { documentId, blocks, revision: 0 }));
    const { id: versionId } = expectOk(
      await app.call(team.drafter, 'versions.save', { documentId, label: '送审稿' }),
    );
    for (const kind of ['drafting_explanation', 'consultation'] as const)
      await uploadMaterial(app, team.drafter, documentId, kind);
    expectOk(
      await app.call(team.drafter, 'legalBases.add', { documentId, lawTitle: '中华人民共和国统计法' }),
    );
    return { documentId, versionId };
  }

  test('a profile requiring both refuses 送审 naming each, then the 30-day market minimum holds the window unless explained', async () => {
    try {
      const { documentId, versionId } = await draftedUnder('shanghai-example', true);
      const submit = { type: 'SUBMIT', versionId };
      const refused = expectError(await transition(team.drafter, documentId, submit), 'INVALID_STATE');
      expect(refused.message).toBe(
        '送请合法性审核前应当履行起草程序（地方组织法第七十五条；国办发〔2018〕37号），尚未完成：评估论证；公开征求意见（或登记不适用的理由）',
      );
      const report = await uploadMaterial(app, team.drafter, documentId, 'assessment_report');
      await step(app, team.drafter, documentId, {
        type: 'RECORD_PROCEDURE',
        procedure: 'assessment',
        completedOn: '2026-05-08',
        attachmentIds: [report],
      });
      const window = { from: '2026-04-20', to: '2026-05-08' };
      const consultation = {
        type: 'RECORD_PROCEDURE',
        procedure: 'public_consultation',
        commentPeriod: window,
      };
      const short = expectError(await transition(team.drafter, documentId, consultation), 'INVALID_STATE');
      expect(short.message).toContain('与市场主体生产经营活动密切相关的文件一般不少于30日');
      expect(short.message).toContain(
        '本次征求意见 2026-04-20 至 2026-05-08，为 18 日。缩短期限的应当说明理由。',
      );
      const reason = '上级部署限期出台，已召开企业座谈会听取意见';
      await step(app, team.drafter, documentId, { ...consultation, shortenedReason: reason });
      await step(app, team.drafter, documentId, submit);

      const recorded = (await auditOf('workflow.transition')).filter(
        (entry) =>
          entry.targetId === documentId &&
          entry.detail.event &&
          (entry.detail.event as { type: string }).type === 'RECORD_PROCEDURE',
      );
      // Newest first.
      expect(recorded.map((entry) => (entry.detail.event as { procedure: string }).procedure)).toEqual([
        'public_consultation',
        'assessment',
      ]);
      expect((recorded[0]?.detail.event as { shortenedReason?: string }).shortenedReason).toBe(reason);
      const lines = (await timelineOf(documentId)).map((detail) => String(detail.description));
      expect(lines).toContain(`2026-05-08 完成评估论证，附材料 1 件。`);
      expect(lines).toContain(
        `2026-05-08 完成公开征求意见，征求意见期间 2026-04-20 至 2026-05-08（与市场主体生产经营活动密切相关的文件一般不少于30日）。期限缩短的理由：${reason}`,
      );
    } finally {
      expectOk(await app.call(team.admin, 'rules.setProfile', { id: 'national-default' }));
    }
  });

  test('公开征求意见 declared not applicable only with its reason; 评估论证 never', async () => {
    try {
      const { documentId, versionId } = await draftedUnder('shanghai-example', false);
      const noReason = expectError(
        await transition(team.drafter, documentId, {
          type: 'RECORD_PROCEDURE',
          procedure: 'assessment',
          notApplicableReason: '内容简单',
        }),
        'INVALID_STATE',
      );
      expect(noReason.message).toContain('评估论证不能登记为不适用');
      await step(app, team.drafter, documentId, {
        type: 'RECORD_PROCEDURE',
        procedure: 'public_consultation',
        notApplicableReason: '涉及工作秘密，依法需要保密',
      });
      const refused = expectError(
        await transition(team.drafter, documentId, { type: 'SUBMIT', versionId }),
        'INVALID_STATE',
      );
      expect(refused.message).toMatch(/尚未完成：评估论证$/);
    } finally {
      expectOk(await app.call(team.admin, 'rules.setProfile', { id: 'national-default' }));
    }
  });
});
