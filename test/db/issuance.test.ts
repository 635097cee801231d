import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { openApp } from '../../src/main/app';
import { insertLifecycleEvent } from '../../src/main/db/repos/lifecycleEvents';
import { defaultRuleProfile } from '../../src/shared/domain/builtinRuleProfiles';
import { plainTextToBlocks } from '../../src/shared/domain/readers/plainTextToBlocks';
import { openTestApp, rowCount, rowCounts, sequentialIds, type TestApp } from '../support/app';
import { createUser, expectError, expectOk, signIn } from '../support/session';
import {
  bringToDeliberated,
  bringToIssued,
  bringToReviewed,
  deliberationEvent,
  documentDetail,
  issueEvent,
  step,
  uploadMaterial,
  type WorkflowTeam,
  workflowTeam,
} from '../support/workflowPath';

/**
 * 集体审议, 签发 and 三统一 through the real services: who may record them, what the meeting needs before
 * it, the record on the exact version deliberated, 原则通过 that asks for a changed text, and numbers that
 * main gives from the profile's templates — consecutive, per series and year, never given twice.
 */

let app: TestApp;
let team: WorkflowTeam;

const DELIBERATION_TABLES = ['deliberations', 'document_versions', 'events', 'audit_log', 'attachments'];
const ISSUE_TABLES = ['issuances', 'issued_numbers', 'number_counters', 'events', 'audit_log'];

const transition = (session: Session, documentId: string, event: Record<string, unknown>) =>
  app.call(session, 'workflow.transition', { documentId, event: event as never });

const statusOf = async (documentId: string) =>
  (await documentDetail(app, team.leader, documentId)).document.status;

beforeAll(async () => {
  app = openTestApp({});
  app.clock.set('2026-05-12T02:00:00.000Z');
  team = await workflowTeam(app);
});
afterAll(() => app.close());

describe('集体审议', () => {
  test('only the 负责人 records it, and a refused step writes nothing', async () => {
    const { documentId } = await bringToReviewed(app, team);
    const before = rowCounts(app, DELIBERATION_TABLES);
    for (const session of [team.drafter, team.reviewer]) {
      const refused = expectError(await transition(session, documentId, deliberationEvent()), 'FORBIDDEN');
      expect(refused.message).toBe('只有负责人可以执行这一步。');
    }
    expectError(await transition(team.admin, documentId, deliberationEvent()), 'FORBIDDEN');
    expect(rowCounts(app, DELIBERATION_TABLES)).toEqual(before);
    expect(await statusOf(documentId)).toBe('reviewed');
  });

  test('is refused before a conclusion that allows it, and before the conclusion date', async () => {
    const { documentId: unconcluded } = await bringToReviewed(app, team);
    // A second document still in review: no deliberation yet.
    const { id: inReview } = expectOk(
      await app.call(team.drafter, 'documents.create', {
        kind: 'admin_normative',
        title: '某区统计执法检查规定',
        draftingUnit: '法制科',
        issuingAuthority: '某区统计局',
      }),
    );
    expect(
      expectError(await transition(team.leader, inReview, deliberationEvent()), 'INVALID_STATE').message,
    ).toContain('处于“起草”时不能记录集体审议');
    const before = rowCounts(app, DELIBERATION_TABLES);
    const early = deliberationEvent({ heldOn: '2026-05-11' });
    expect(expectError(await transition(team.leader, unconcluded, early), 'INVALID_STATE').message).toBe(
      '审议日期（2026-05-11）不能早于审核结论日期（2026-05-12）。',
    );
    const later = deliberationEvent({ heldOn: '2026-05-13' });
    expect(expectError(await transition(team.leader, unconcluded, later), 'INVALID_STATE').message).toContain(
      '不能晚于今天',
    );
    const noAttendees = { ...deliberationEvent(), attendees: [] };
    expect(
      expectError(await transition(team.leader, unconcluded, noAttendees), 'INVALID_INPUT').message,
    ).toContain('请填写出席人员（至少一人）');
    expect(rowCounts(app, DELIBERATION_TABLES)).toEqual(before);
  });

  test('is kept on the exact version reviewed, with attendees, decision, dissent and the minutes', async () => {
    const reviewed = await bringToReviewed(app, team);
    const minutesId = await uploadMaterial(app, team.leader, reviewed.documentId, 'deliberation_record');
    const view = await step(app, team.leader, reviewed.documentId, {
      ...deliberationEvent({ dissent: '王副局长：建议第二条增加过渡期规定。' }),
      minutesAttachmentId: minutesId,
    });
    expect(view.state).toBe('deliberated');
    const detail = await documentDetail(app, team.drafter, reviewed.documentId);
    expect(detail.deliberations).toEqual([
      expect.objectContaining({
        versionId: reviewed.versionId,
        versionSeq: 1,
        meetingType: '局务会议',
        meetingName: '2026年第12次局务会议',
        heldOn: '2026-05-12',
        attendees: ['张局长', '李副局长', '王副局长'],
        decision: 'approved',
        decisionLabel: '审议通过',
        dissent: '王副局长：建议第二条增加过渡期规定。',
        minutes: { id: minutesId, fileName: '集体审议（讨论）记录.txt', withdrawn: false },
        recordedByName: 'leader 用户',
        materials: [{ item: 'review_opinion', label: '合法性审核意见', present: true, note: '合法' }],
      }),
    ]);
    const timeline = detail.events.at(-1)?.detail as { description?: string };
    expect(timeline.description).toContain('出席：张局长、李副局长、王副局长');
    const audit = app.deps.db
      .prepare(
        "SELECT actor_name, detail FROM audit_log WHERE action = 'workflow.transition' ORDER BY seq DESC LIMIT 1",
      )
      .get() as { actor_name: string; detail: string };
    expect(audit.actor_name).toBe('leader 用户');
    expect(JSON.parse(audit.detail)).toMatchObject({
      from: 'reviewed',
      to: 'deliberated',
      event: {
        type: 'RECORD_DELIBERATION',
        attendees: ['张局长', '李副局长', '王副局长'],
        minutesAttachmentId: minutesId,
      },
    });
    expect(timeline.description).toContain('不同意见：王副局长');
  });
});

describe('集体审议: minutes, 重大行政决策 materials, 暂缓 and 不通过', () => {
  test('the minutes must be a 集体审议记录 of this document, not withdrawn', async () => {
    const { documentId } = await bringToReviewed(app, team);
    const other = await bringToReviewed(app, team);
    const elsewhere = await uploadMaterial(app, team.leader, other.documentId, 'deliberation_record');
    const wrongKind = await uploadMaterial(app, team.drafter, documentId, 'other', '会议通知.txt');
    const withdrawn = await uploadMaterial(app, team.leader, documentId, 'deliberation_record', '旧纪要.txt');
    expectOk(await app.call(team.drafter, 'materials.withdraw', { id: withdrawn, reason: '上传错误' }));
    const before = rowCounts(app, DELIBERATION_TABLES);
    const attempt = (minutesAttachmentId: string) =>
      transition(team.leader, documentId, { ...deliberationEvent(), minutesAttachmentId });
    expect(expectError(await attempt(elsewhere), 'NOT_FOUND').message).toBe(
      '所选的会议纪要不是本文件的材料。',
    );
    expect(expectError(await attempt(wrongKind), 'INVALID_INPUT').message).toContain(
      '“会议通知.txt”不是集体审议（讨论）记录',
    );
    expect(expectError(await attempt(withdrawn), 'INVALID_STATE').message).toContain('已经撤回');
    expect(rowCounts(app, DELIBERATION_TABLES)).toEqual(before);
  });

  test('the 负责人 uploads only minutes, no other material', async () => {
    const { documentId } = await bringToReviewed(app, team);
    const refused = await app.call(team.leader, 'materials.upload', {
      documentId,
      materialKind: 'consultation',
      fileName: '征求意见情况.txt',
      data: Buffer.from('征求意见').toString('base64'),
    });
    expect(expectError(refused, 'FORBIDDEN').message).toContain('负责人只能上传集体审议（讨论）记录');
  });

  test('重大行政决策: each missing material of 第二十九条 is named; a procedure not applicable counts as done', async () => {
    const reviewed = await bringToReviewed(app, team, {
      kind: 'major_decision',
      notApplicable: ['risk_assessment'],
    });
    const { files } = expectOk(await app.call(team.drafter, 'materials.list', reviewed));
    for (const kind of ['public_participation', 'expert_opinion'] as const) {
      const file = files.find((candidate) => candidate.materialKind === kind);
      expectOk(
        await app.call(team.drafter, 'materials.withdraw', { id: file?.id ?? '', reason: '需要更新' }),
      );
    }
    const before = rowCounts(app, DELIBERATION_TABLES);
    const view = expectOk(await app.call(team.leader, 'workflow.get', reviewed));
    const blocked = view.events.find((event) => event.type === 'RECORD_DELIBERATION')?.blockedReason;
    expect(blocked).toBe(
      '提请集体讨论决定前应当具备下列材料（重大行政决策程序暂行条例第二十九条），尚缺：公众意见采纳情况、专家论证意见（或登记专家论证不适用的理由）。',
    );
    const meeting = deliberationEvent({ meetingType: '常务会议', meetingName: '区政府第8次常务会议' });
    expect(
      expectError(await transition(team.leader, reviewed.documentId, meeting), 'INVALID_STATE').message,
    ).toBe(blocked);
    expect(rowCounts(app, DELIBERATION_TABLES)).toEqual(before);

    await uploadMaterial(app, team.drafter, reviewed.documentId, 'public_participation');
    await uploadMaterial(app, team.drafter, reviewed.documentId, 'expert_opinion');
    await step(app, team.leader, reviewed.documentId, meeting);
    const stored = app.deps.db
      .prepare('SELECT materials FROM deliberations WHERE document_id = ?')
      .get(reviewed.documentId) as { materials: string };
    expect(JSON.parse(stored.materials)).toEqual([
      { item: 'public_participation', label: '公众意见采纳情况', present: true },
      { item: 'expert_opinion', label: '专家论证意见', present: true },
      {
        item: 'risk_assessment',
        label: '风险评估报告',
        present: true,
        note: '不适用：决策事项仅涉及统计系统内部工作，不属于该程序的适用情形',
      },
      {
        item: 'legal_opinion',
        label: '法律顾问、公职律师法律意见',
        present: true,
        note: '法律顾问周律师（2026-05-12）：同意',
      },
      { item: 'review_opinion', label: '合法性审查意见', present: true, note: '合法' },
    ]);
    const { context } = expectOk(await app.call(team.leader, 'workflow.get', reviewed));
    expect(context.procedures).toMatchObject({ collective_decision: { completedOn: '2026-05-12' } });
  });

  test('暂缓审议: no issuance; a later meeting decides. 未通过: only 回到起草修改', async () => {
    const deferred = await bringToDeliberated(app, team, { deliberation: { decision: 'deferred' } });
    const view = expectOk(await app.call(team.leader, 'workflow.get', deferred));
    expect(view.events.map((event) => [event.type, event.blockedReason])).toEqual([
      ['ISSUE', '集体审议结果为“暂缓审议”，不能印发。'],
      ['RECORD_DELIBERATION', null],
      ['REVISE', null],
    ]);
    app.clock.set('2026-05-19T02:00:00.000Z');
    await step(app, team.leader, deferred.documentId, {
      ...deliberationEvent({ meetingName: '2026年第13次局务会议' }),
      minutesAttachmentId: deferred.minutesId,
    });
    const { deliberations } = await documentDetail(app, team.leader, deferred.documentId);
    expect(deliberations.map((meeting) => [meeting.meetingName, meeting.heldOn, meeting.decision])).toEqual([
      ['2026年第12次局务会议', '2026-05-12', 'deferred'],
      ['2026年第13次局务会议', '2026-05-19', 'approved'],
    ]);
    const again = expectError(
      await transition(team.leader, deferred.documentId, deliberationEvent()),
      'INVALID_STATE',
    );
    expect(again.message).toBe('集体审议已作出决定（审议通过），不再重复审议。');

    const rejected = await bringToDeliberated(app, team, { deliberation: { decision: 'rejected' } });
    expect(
      expectError(await transition(team.leader, rejected.documentId, deliberationEvent()), 'INVALID_STATE')
        .message,
    ).toContain('集体审议未通过');
    expect((await step(app, team.drafter, rejected.documentId, { type: 'REVISE' })).state).toBe('drafting');
    app.clock.set('2026-05-12T02:00:00.000Z');
  });
});

describe('原则通过（按审议意见修改后印发）', () => {
  test('makes a new version at once, earlier sign-offs turn stale, and 印发 waits for the changed text', async () => {
    await createUser(app, team.admin, 'counsel', ['counsel']);
    const counsel = await signIn(app, 'counsel');
    const reviewed = await bringToReviewed(app, team);
    const { documentId } = reviewed;
    expectOk(
      await app.call(counsel, 'signoffs.sign', {
        documentId,
        versionId: reviewed.versionId,
        opinion: 'agree',
        text: '同意审核意见。',
        password: 'secret-password-1',
      }),
    );
    const minutesId = await uploadMaterial(app, team.leader, documentId, 'deliberation_record');
    await step(app, team.leader, documentId, {
      ...deliberationEvent({ decision: 'approved_with_changes' }),
      minutesAttachmentId: minutesId,
    });

    const { versions, deliberations } = await documentDetail(app, team.drafter, documentId);
    const [copy, deliberated] = versions;
    expect(versions.map((version) => [version.seq, version.label])).toEqual([
      [2, '审议修改稿'],
      [1, '送审稿'],
    ]);
    expect(copy?.note).toBe(
      '2026-05-12 2026年第12次局务会议原则通过，要求按审议意见修改后印发；以第 1 版为底稿修改',
    );
    expect(copy?.contentHash).toBe(deliberated?.contentHash);
    expect(deliberations[0]).toMatchObject({
      versionId: reviewed.versionId,
      decision: 'approved_with_changes',
    });
    const [signoff] = expectOk(await app.call(team.drafter, 'signoffs.list', { documentId }));
    expect(signoff).toMatchObject({ versionId: reviewed.versionId, valid: true, stale: true });

    const draft = expectOk(await app.call(team.drafter, 'drafts.get', { documentId }));
    expect(draft.lockedReason).toBeNull();
    const blocked = expectOk(await app.call(team.leader, 'workflow.get', { documentId })).events.find(
      (event) => event.type === 'ISSUE',
    );
    expect(blocked?.blockedReason).toContain('审议要求修改后印发，尚未按审议意见修改');
    const before = rowCounts(app, ISSUE_TABLES);
    expect(
      expectError(await transition(team.leader, documentId, issueEvent('2026-05-20')), 'INVALID_STATE')
        .message,
    ).toContain('审议要求修改后印发，尚未按审议意见修改');
    expect(rowCounts(app, ISSUE_TABLES)).toEqual(before);

    const revised = [
      ...draft.blocks.slice(0, -1),
      ...plainTextToBlocks('第三条　本办法自2026年7月1日起施行。'),
    ];
    expectOk(
      await app.call(team.drafter, 'drafts.save', { documentId, blocks: revised, revision: draft.revision }),
    );
    const changed = expectOk(await app.call(team.drafter, 'versions.save', { documentId, label: '修改稿' }));
    await step(app, team.leader, documentId, issueEvent('2026-05-20'));
    const { issuance } = await documentDetail(app, team.drafter, documentId);
    expect(issuance).toMatchObject({ versionId: changed.id, versionSeq: 3 });
    expect(expectOk(await app.call(team.drafter, 'drafts.get', { documentId })).lockedReason).toContain(
      '文件已印发',
    );
  });
});

describe('签发 and 三统一 numbering', () => {
  let fresh: TestApp;
  let crew: WorkflowTeam;
  let chief: Session;

  const call: TestApp['call'] = (session, channel, input) => fresh.call(session, channel, input);
  const numbers = () =>
    fresh.deps.db
      .prepare('SELECT number, series, scope, year, seq FROM issued_numbers ORDER BY rowid')
      .all() as { number: string; series: string; scope: string; year: number; seq: number }[];

  beforeAll(async () => {
    fresh = openTestApp({});
    fresh.clock.set('2026-05-12T02:00:00.000Z');
    crew = await workflowTeam(fresh);
    await createUser(fresh, crew.admin, 'chief', ['leader', 'admin']);
    chief = await signIn(fresh, 'chief');
  });
  afterAll(() => fresh.close());

  test('only the 负责人 signs it; a refusal writes nothing', async () => {
    const { documentId } = await bringToDeliberated(fresh, crew);
    const tables = rowCounts(fresh, ISSUE_TABLES);
    for (const session of [crew.drafter, crew.reviewer]) {
      const refused = await call(session, 'workflow.transition', {
        documentId,
        event: issueEvent('2026-05-20') as never,
      });
      expect(expectError(refused, 'FORBIDDEN').message).toBe('只有负责人可以执行这一步。');
    }
    expect(rowCounts(fresh, ISSUE_TABLES)).toEqual(tables);
  });

  test('the preview says which numbers it will give, the format in words, 有效期 by title and 施行 interval', async () => {
    const { documentId } = await bringToDeliberated(fresh, crew, { title: '某区统计数据质量管理暂行办法' });
    const preview = expectOk(
      await call(crew.leader, 'issuance.preview', {
        documentId,
        publishedOn: '2026-05-20',
        effectiveOn: '2026-07-01',
      }),
    );
    expect(preview).toMatchObject({
      year: 2026,
      docNumber: {
        number: '某统〔2026〕1号',
        format: '机关代字“某统”＋六角括号年份＋顺序号＋“号”，顺序号不编虚位',
        note: null,
      },
      registrationNumber: {
        number: '某统规〔2026〕001',
        format: '区域简称“某统”＋“规”＋六角括号年份＋三位流水号（不足三位前面补零）',
        note: '规则配置未设置区域简称，暂以机关代字“某统”代替；可由管理员在规则配置中填写。',
      },
      canChangeNumbers: false,
      validity: {
        defaultYears: 2,
        maxYears: 2,
        basis: '名称冠以“暂行”的，有效期默认 2 年、一般不超过 2 年，自施行之日起计算',
        validUntil: '2028-06-30',
      },
      effectiveDate: { minDaysAfterPublication: 30, earliestEffectiveOn: '2026-06-19', reasonRequired: true },
      filingDueOn: '2026-06-22', // day 30 is 端午节 (2026-06-19), a holiday
    });
    expect(preview.validity?.source).toContain('（依据为外地做法，请按本地规定核实）');
    expect(preview.validity?.source).not.toContain('地方规定或做法');
    expect(preview.effectiveDate?.source).toContain('30日');
    expect(JSON.stringify(preview)).not.toMatch(/\{(agencyCode|year|seq|region)/);
    expect(expectOk(await call(chief, 'issuance.preview', { documentId })).canChangeNumbers).toBe(true);
    // Nothing is given by looking.
    expect(rowCount(fresh, 'issued_numbers')).toBe(0);
  });

  test('印发 gives the numbers in the same step, records the 签发, dates and channels, and keeps 文号 in the registry', async () => {
    const { documentId, title } = await bringToDeliberated(fresh, crew, {
      title: '某区统计数据质量管理暂行办法',
    });
    const tooSoon = issueEvent('2026-05-20', { effectiveOn: '2026-06-01' });
    const before = rowCounts(fresh, ISSUE_TABLES);
    const refused = await call(crew.leader, 'workflow.transition', { documentId, event: tooSoon as never });
    expect(expectError(refused, 'INVALID_STATE').message).toBe(
      '施行日期距公布日期仅 12 日，不足 30 日，应当说明理由（如因灾情、疫情等紧急情况）。',
    );
    const noChannel = { ...issueEvent('2026-05-20'), publishedIn: [] };
    const unpublished = await call(crew.leader, 'workflow.transition', {
      documentId,
      event: noChannel as never,
    });
    expect(expectError(unpublished, 'INVALID_INPUT').message).toContain('请选择公布渠道（至少一项）');
    expect(rowCounts(fresh, ISSUE_TABLES)).toEqual(before);

    const reason = '统计调查任务紧急，需与国家年报同步实施';
    await step(fresh, crew.leader, documentId, { ...tooSoon, shortEffectReason: reason });
    const detail = await documentDetail(fresh, crew.drafter, documentId);
    expect(detail.document).toMatchObject({ status: 'issued', docNumber: '某统〔2026〕1号' });
    expect(detail.issuance).toMatchObject({
      docNumber: '某统〔2026〕1号',
      registrationNumber: '某统规〔2026〕001',
      publishedOn: '2026-05-20',
      effectiveOn: '2026-06-01',
      validUntil: '2028-05-31',
      publishedIn: ['政府网站', '政府公报'],
      shortEffectReason: reason,
      filingDueOn: '2026-06-22', // day 30 is 端午节 (2026-06-19), a holiday
      approvedByName: 'leader 用户',
      approvedAt: '2026-05-12T02:00:00.000Z',
    });
    expect(numbers()).toEqual([
      { number: '某统〔2026〕1号', series: 'doc_number', scope: '某统〔{year}〕{seq}号', year: 2026, seq: 1 },
      {
        number: '某统规〔2026〕001',
        series: 'registration',
        scope: '某统规〔{year}〕{seq:3}',
        year: 2026,
        seq: 1,
      },
    ]);
    const [listed] = expectOk(await call(crew.drafter, 'documents.list', { q: '某统〔2026〕1号' })).items;
    expect(listed?.title).toBe(title);
    const audit = fresh.deps.db
      .prepare("SELECT detail FROM audit_log WHERE action = 'workflow.transition' ORDER BY seq DESC LIMIT 1")
      .get() as { detail: string };
    expect(JSON.parse(audit.detail)).toMatchObject({
      from: 'deliberated',
      to: 'issued',
      title,
      event: { type: 'ISSUE', docNumber: '某统〔2026〕1号', registrationNumber: '某统规〔2026〕001' },
    });
    const timeline = detail.events.at(-1)?.detail as { description?: string };
    expect(timeline.description).toContain(
      '发文字号 某统〔2026〕1号；登记号 某统规〔2026〕001；2026-05-20 在政府网站、政府公报公布',
    );
  });

  test('numbers run on per series and publication year; kinds sharing a template share its series', async () => {
    const second = await bringToIssued(fresh, crew, { issue: { publishedOn: '2026-05-20' } });
    expect([second.docNumber, second.registrationNumber]).toEqual(['某统〔2026〕2号', '某统规〔2026〕002']);
    const party = await bringToIssued(fresh, crew, {
      kind: 'party_normative',
      issue: { publishedOn: '2026-05-21' },
    });
    expect([party.docNumber, party.registrationNumber]).toEqual(['某统〔2026〕3号', null]);
    const nextYear = await bringToIssued(fresh, crew, { issue: { publishedOn: '2027-01-04' } });
    expect([nextYear.docNumber, nextYear.registrationNumber]).toEqual([
      '某统〔2027〕1号',
      '某统规〔2027〕001',
    ]);
  });

  test('a kind with its own template in the profile numbers in its own series', async () => {
    const profile = structuredClone(defaultRuleProfile());
    profile.id = 'with-party-series';
    profile.numbering.docNumber.byKind = { party_normative: '{agencyCode}党组发〔{year}〕{seq}号' };
    expectOk(await call(crew.admin, 'rules.setProfile', { profile }));
    const party = await bringToIssued(fresh, crew, {
      kind: 'party_normative',
      issue: { publishedOn: '2026-05-22' },
    });
    expect(party.docNumber).toBe('某统党组发〔2026〕1号');
    const admin = await bringToIssued(fresh, crew, { issue: { publishedOn: '2026-05-22' } });
    expect(admin.docNumber).toBe('某统〔2026〕4号');
    expectOk(await call(crew.admin, 'rules.setProfile', { id: 'national-default' }));
  });

  test('a number once given is never given again, even after its document is repealed', async () => {
    const repealed = await bringToIssued(fresh, crew, { issue: { publishedOn: '2026-05-25' } });
    expect(repealed.docNumber).toBe('某统〔2026〕5号');
    // 废止 as a cleanup campaign records it: a decision about this issuance (the lifecycle is computed).
    insertLifecycleEvent(fresh.deps.db, {
      id: 'repeal-1',
      documentId: repealed.documentId,
      docNumber: repealed.docNumber,
      event: 'repealed',
      decidedOn: '2026-05-25',
      reason: '上位法修改，决定废止',
      campaignId: null,
      recordedAt: fresh.clock.now().toISOString(),
      recordedBy: crew.reviewer.accountId ?? '',
    });
    const next = await bringToIssued(fresh, crew, { issue: { publishedOn: '2026-05-25' } });
    expect(next.docNumber).toBe('某统〔2026〕6号');
    expect(() => fresh.deps.db.prepare('DELETE FROM issued_numbers').run()).toThrow(
      'an issued number is never released',
    );
    const { documentId } = await bringToDeliberated(fresh, crew);
    const reused = await call(chief, 'workflow.transition', {
      documentId,
      event: { ...issueEvent('2026-05-26'), docNumber: '某统〔2026〕5号' } as never,
    });
    expect(expectError(reused, 'CONFLICT').message).toBe(
      `发文字号“某统〔2026〕5号”已于 2026-05-12 给予《${repealed.title}》，编号一经使用不得再用。`,
    );
  });

  test('only an administrator may give other numbers: they must read as the template and be unused', async () => {
    const { documentId } = await bringToDeliberated(fresh, crew);
    const attempt = (session: Session, numbers: Record<string, string>) =>
      call(session, 'workflow.transition', {
        documentId,
        event: { ...issueEvent('2026-05-26'), ...numbers } as never,
      });
    const before = rowCounts(fresh, ISSUE_TABLES);
    expect(
      expectError(await attempt(crew.leader, { docNumber: '某统〔2026〕9号' }), 'FORBIDDEN').message,
    ).toBe('发文字号和登记号由系统按规则配置统一编号；只有管理员可以改用其他编号。');
    expect(
      expectError(await attempt(chief, { docNumber: '某统〔2026〕第9号' }), 'INVALID_INPUT').message,
    ).toBe(
      '发文字号“某统〔2026〕第9号”不符合格式：机关代字“某统”＋六角括号年份＋顺序号＋“号”，顺序号不编虚位。',
    );
    expect(
      expectError(await attempt(chief, { docNumber: '某统〔2026〕09号' }), 'INVALID_INPUT').message,
    ).toContain('不符合格式');
    expect(
      expectError(await attempt(chief, { registrationNumber: '某统规〔2026〕0009' }), 'INVALID_INPUT')
        .message,
    ).toContain('（应写作“某统规〔2026〕009”）');
    expect(
      expectError(await attempt(chief, { registrationNumber: '某统规〔2026〕001' }), 'CONFLICT').message,
    ).toContain('登记号“某统规〔2026〕001”已于 2026-05-12 给予');
    expect(rowCounts(fresh, ISSUE_TABLES)).toEqual(before);

    await step(fresh, chief, documentId, { ...issueEvent('2026-05-26'), docNumber: '某统〔2026〕9号' });
    const after = await bringToIssued(fresh, crew, { issue: { publishedOn: '2026-05-26' } });
    expect(after.docNumber).toBe('某统〔2026〕10号');
    const series = numbers().filter((row) => row.scope === '某统〔{year}〕{seq}号' && row.year === 2026);
    expect(series.map((row) => row.seq)).toEqual([1, 2, 3, 4, 5, 6, 9, 10]);
  });
});

describe('numbers under concurrency: two connections on one database file', () => {
  let first: TestApp;
  let crew: WorkflowTeam;

  beforeAll(async () => {
    first = openTestApp({});
    first.clock.set('2026-05-12T02:00:00.000Z');
    crew = await workflowTeam(first);
  });
  afterAll(() => first.close());

  const docNumbers = (db: TestApp['deps']['db']) =>
    (
      db.prepare("SELECT number, seq FROM issued_numbers WHERE series = 'doc_number' ORDER BY seq").all() as {
        number: string;
        seq: number;
      }[]
    ).map((row) => row.seq);

  test('two app connections issuing in turn give distinct consecutive numbers, with no gaps', async () => {
    const documents = [];
    for (let i = 0; i < 6; i += 1) documents.push((await bringToDeliberated(first, crew)).documentId);
    const second = openApp(first.dataDir, { clock: first.clock, ids: sequentialIds('second') });
    try {
      const leaderThere = { accountId: null as string | null };
      expectOk(
        await second.dispatcher.dispatch(leaderThere, 'auth.signIn', {
          username: 'leader',
          password: 'secret-password-1',
        }),
      );
      const given = [];
      for (const [index, documentId] of documents.entries()) {
        const input = { documentId, event: issueEvent('2026-05-20') };
        const result =
          index % 2 === 0
            ? await first.call(crew.leader, 'workflow.transition', input as never)
            : await second.dispatcher.dispatch(leaderThere, 'workflow.transition', input);
        expectOk(result);
        given.push((await documentDetail(first, crew.leader, documentId)).issuance?.docNumber);
      }
      expect(given).toEqual([
        '某统〔2026〕1号',
        '某统〔2026〕2号',
        '某统〔2026〕3号',
        '某统〔2026〕4号',
        '某统〔2026〕5号',
        '某统〔2026〕6号',
      ]);
      expect(docNumbers(second.deps.db)).toEqual([1, 2, 3, 4, 5, 6]);
    } finally {
      second.close();
    }
  });

  test('while another process holds the write lock, 印发 waits for it and reads the counter it left', async () => {
    const { documentId } = await bringToDeliberated(first, crew);
    const holder = (
      first.deps.db.prepare("SELECT id FROM users WHERE username = 'leader'").get() as { id: string }
    ).id;
    // Another writer (another window, the CLI) gives number 7 and keeps its transaction open for a second.
    const child = spawn(
      process.execPath,
      [
        '-e',
        `
        const Database = require(process.env.SQLITE_MODULE);
        const db = new Database(process.env.DB_FILE);
        db.pragma('busy_timeout = 5000');
        db.exec('BEGIN IMMEDIATE');
        const scope = '某统〔{year}〕{seq}号';
        const seq = db.prepare("SELECT last_seq FROM number_counters WHERE series = 'doc_number' AND scope = ? AND year = 2026").get(scope).last_seq + 1;
        db.prepare('INSERT INTO issued_numbers (number, series, scope, year, seq, document_id, issued_at, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
          .run('某统〔2026〕' + seq + '号', 'doc_number', scope, 2026, seq, process.env.DOCUMENT_ID, new Date().toISOString(), process.env.USER_ID);
        db.prepare("UPDATE number_counters SET last_seq = ? WHERE series = 'doc_number' AND scope = ? AND year = 2026").run(seq, scope);
        process.stdout.write('locked ' + seq + '\\n');
        setTimeout(() => { db.exec('COMMIT'); db.close(); }, 1000);
        `,
      ],
      {
        env: {
          ...process.env,
          SQLITE_MODULE: createRequire(import.meta.url).resolve('better-sqlite3'),
          DB_FILE: first.databaseFile,
          DOCUMENT_ID: documentId,
          USER_ID: holder,
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const locked = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
      child.on('exit', () => reject(new Error('the other writer ended before taking the lock')));
    });
    expect(locked).toBe('locked 7');
    const started = Date.now();
    await step(first, crew.leader, documentId, issueEvent('2026-05-20'));
    expect(Date.now() - started).toBeGreaterThan(500);
    expect(await exited).toBe(0);
    expect((await documentDetail(first, crew.leader, documentId)).issuance?.docNumber).toBe(
      '某统〔2026〕8号',
    );
    expect(docNumbers(first.deps.db)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
