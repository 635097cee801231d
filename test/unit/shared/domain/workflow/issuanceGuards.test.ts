import { describe, expect, it } from 'vitest';
import type { WorkflowEvent } from '../../../../../src/shared/domain/workflow';
import { applyEffects, workflowMachine } from '../../../../../src/shared/domain/workflow';
import {
  type Point,
  env,
  expectAllowed,
  expectGroupCovered,
  expectRefused,
  machineWith,
  materials,
  pointAt,
  walk,
} from './fixtures';

const DELIBERATED = ['admin_normative', 'party_normative', 'major_decision'] as const;
const deliberate: WorkflowEvent = {
  type: 'RECORD_DELIBERATION',
  on: '2026-05-20',
  meetingType: '局务会议',
  meetingName: '2026年第12次局务会议',
  attendees: ['张局长', '李副局长'],
  decision: 'approved',
};
const issue = {
  type: 'ISSUE',
  on: '2026-05-25',
  docNumber: '某统字〔2026〕3号',
  registrationNumber: '某区规〔2026〕001',
  publishedOn: '2026-05-25',
  effectiveOn: '2026-07-01',
  publishedIn: ['政府网站'],
} as const satisfies WorkflowEvent;

const withContext = (point: Point, change: Partial<Point['context']>): Point => ({
  ...point,
  context: { ...point.context, ...change },
});

describe.each(DELIBERATED)('%s: deliberation and issuance guards', (kind) => {
  const machine = workflowMachine(kind, env);
  const reviewed = pointAt(machine, 'reviewed');
  const deliberated = pointAt(machine, 'deliberated');
  const refusing = kind === 'party_normative' ? 'NOT_A_NORMATIVE_DOC' : 'UNLAWFUL';

  it('no deliberation without a completed review whose conclusion allows it', () => {
    const unreviewed = withContext(reviewed, { review: null });
    expectRefused(machine, unreviewed, deliberate, 'review_allows_deliberation', '不得提交集体审议');
    const review = { ...reviewed.context.review!, conclusion: refusing } as const;
    const label = env.profile.reviewOutcomes[kind].find((outcome) => outcome.code === refusing)!.label;
    expectRefused(
      machine,
      withContext(reviewed, { review }),
      deliberate,
      'review_allows_deliberation',
      `结论为“${label}”`,
    );
    expect(expectAllowed(machine, reviewed, deliberate).state).toBe('deliberated');
  });

  it('needs the 公平竞争审查 conclusion first when the document touches business (where the kind asks for it)', () => {
    const business = withContext(reviewed, {
      touchesBusiness: true,
      materials: materials(kind, ['fair_competition']),
    });
    if (kind === 'party_normative') {
      // Party documents have no 公平竞争审查 requirement in materials.ts: nothing to block.
      expectAllowed(machine, business, deliberate);
      return;
    }
    expectRefused(machine, business, deliberate, 'fair_competition_reviewed', '尚未登记公平竞争审查');
    // An uploaded file is no conclusion: the review's conclusion is recorded.
    const uploaded = withContext(business, { materials: materials(kind) });
    expectRefused(machine, uploaded, deliberate, 'fair_competition_reviewed', '尚未登记公平竞争审查');
    const reviewedFairly = { conclusion: 'compliant', reviewedOn: '2026-05-16' } as const;
    expectAllowed(machine, withContext(uploaded, { fairCompetition: reviewedFairly }), deliberate);
    expectAllowed(machine, withContext(business, { touchesBusiness: false }), deliberate);
  });

  it('refuses a deliberation dated before the review conclusion, or held later than the day recorded', () => {
    expectRefused(
      machine,
      reviewed,
      { ...deliberate, on: '2026-05-14' },
      'deliberation_after_conclusion',
      '不能早于审核结论日期',
    );
    expectRefused(
      machine,
      reviewed,
      { ...deliberate, heldOn: '2026-05-14' },
      'deliberation_after_conclusion',
      '审议日期（2026-05-14）不能早于审核结论日期（2026-05-15）',
    );
    expectRefused(
      machine,
      reviewed,
      { ...deliberate, heldOn: '2026-05-21' },
      'deliberation_after_conclusion',
      '审议日期（2026-05-21）不能晚于今天（2026-05-20）',
    );
    const held = expectAllowed(machine, reviewed, { ...deliberate, heldOn: '2026-05-18' });
    expect(held.effects[0]).toMatchObject({ type: 'deliberation_recorded', heldOn: '2026-05-18' });
  });

  it('records the meeting on the version reviewed, with what was checked before it', () => {
    const facts = withContext(reviewed, {
      versions: { reviewed: { id: 'v2', contentHash: 'h2' }, latest: { id: 'v3', contentHash: 'h3' } },
    });
    const result = expectAllowed(machine, facts, { ...deliberate, dissent: '建议缩短过渡期' });
    const reviewName = machine.reviewName;
    expect(result.effects[0]).toMatchObject({
      type: 'deliberation_recorded',
      heldOn: '2026-05-20',
      meetingType: '局务会议',
      meetingName: '2026年第12次局务会议',
      attendees: ['张局长', '李副局长'],
      decision: 'approved',
      dissent: '建议缩短过渡期',
      minutesAttachmentId: null,
      versionId: 'v2',
      contentHash: 'h2',
    });
    const recorded = result.effects[0];
    const checked = recorded?.type === 'deliberation_recorded' ? recorded.materials : [];
    expect(checked.at(-1)).toEqual({
      item: 'review_opinion',
      label: `${reviewName}意见`,
      present: true,
      note: env.profile.reviewOutcomes[kind].find((outcome) => outcome.allowsDeliberation)?.label,
    });
    expect(result.timeline.description).toContain(
      '出席：张局长、李副局长；结果：审议通过。不同意见：建议缩短过渡期',
    );
  });

  it('after 暂缓审议 a later meeting decides; after another decision no meeting is recorded again', () => {
    const deferred = walk(machine, [{ ...deliberate, decision: 'deferred' }], reviewed).at(-1)!;
    expect(deferred.state).toBe('deliberated');
    expectRefused(machine, deferred, issue, 'deliberation_approved', '“暂缓审议”，不能印发');
    expectRefused(
      machine,
      deferred,
      { ...deliberate, on: '2026-05-22', heldOn: '2026-05-19' },
      'deliberation_after_conclusion',
      '不能早于上次审议日期（2026-05-20）',
    );
    const again = expectAllowed(machine, deferred, { ...deliberate, on: '2026-05-27' });
    expect(again.state).toBe('deliberated');
    const approved = applyEffects(deferred.context, again.effects);
    expect(approved.deliberation).toMatchObject({ heldOn: '2026-05-27', decision: 'approved' });
    expectRefused(
      machine,
      { state: 'deliberated', context: approved },
      { ...deliberate, on: '2026-05-28' },
      'deliberation_deferred',
      '集体审议已作出决定（审议通过），不再重复审议',
    );
    const rejected = withContext(deliberated, {
      deliberation: { heldOn: '2026-05-20', decision: 'rejected' },
    });
    expectRefused(machine, rejected, deliberate, 'deliberation_deferred', '请“回到起草修改”后重新送审');
    expect(expectAllowed(machine, rejected, { type: 'REVISE', on: '2026-05-21' }).state).toBe('drafting');
  });

  it('原则通过（修改后印发）: issuance waits until the newest version differs from the deliberated text', () => {
    const deliberation = {
      heldOn: '2026-05-20',
      decision: 'approved_with_changes',
      versionId: 'v2',
      contentHash: 'h2',
    } as const;
    const unchanged = withContext(deliberated, {
      deliberation,
      versions: { reviewed: { id: 'v2', contentHash: 'h2' }, latest: { id: 'v3', contentHash: 'h2' } },
    });
    expectRefused(
      machine,
      unchanged,
      issue,
      'changed_after_deliberation',
      '审议要求修改后印发，尚未按审议意见修改',
    );
    const changed = withContext(unchanged, {
      versions: { reviewed: { id: 'v2', contentHash: 'h2' }, latest: { id: 'v4', contentHash: 'h4' } },
    });
    expect(expectAllowed(machine, changed, issue).state).toBe('issued');
    // 审议通过 needs no change.
    const approved = withContext(unchanged, { deliberation: { ...deliberation, decision: 'approved' } });
    expect(expectAllowed(machine, approved, issue).state).toBe('issued');
  });

  it('issuance needs an approving deliberation record', () => {
    expectRefused(
      machine,
      withContext(deliberated, { deliberation: null }),
      issue,
      'deliberation_approved',
      '尚无集体审议记录',
    );
    const rejected = withContext(deliberated, {
      deliberation: { heldOn: '2026-05-20', decision: 'rejected' },
    });
    expectRefused(machine, rejected, issue, 'deliberation_approved', '“未通过”');
    const changes = withContext(deliberated, {
      deliberation: { heldOn: '2026-05-20', decision: 'approved_with_changes' },
    });
    expectAllowed(machine, changes, issue);
  });

  it('issuance needs the deliberation-stage materials (集体审议记录)', () => {
    const missing = withContext(deliberated, { materials: materials(kind, ['deliberation_record']) });
    expectRefused(machine, missing, issue, 'deliberation_materials_complete', '集体审议（讨论）记录');
  });

  it('checks the 发文字号 against the profile (〔〕, no 第, no leading zero) and the 登记号 where required', () => {
    for (const bad of ['某统字[2026]3号', '某统字〔2026〕第3号', '某统字〔2026〕03号', '某统字（2026）3号']) {
      expectRefused(
        machine,
        deliberated,
        { ...issue, docNumber: bad },
        'numbers_follow_profile',
        `发文字号“${bad}”不符合格式`,
      );
    }
    const required = env.profile.numbering.registration.requiredFor.includes(kind);
    const { registrationNumber: _omitted, ...withoutRegistration } = issue;
    if (required) {
      expectRefused(
        machine,
        deliberated,
        withoutRegistration,
        'numbers_follow_profile',
        '统一登记、统一编号、统一印发',
      );
      expectRefused(
        machine,
        deliberated,
        { ...issue, registrationNumber: '某区规〔2026〕1' },
        'numbers_follow_profile',
        '登记号',
      );
    } else {
      expectAllowed(machine, deliberated, withoutRegistration);
    }
  });

  it('refuses publication before deliberation, and a 施行日 before publication without a reason', () => {
    expectRefused(
      machine,
      deliberated,
      { ...issue, publishedOn: '2026-05-19' },
      'issue_dates_in_order',
      '不能早于集体审议日期',
    );
    const retroactive = { ...issue, effectiveOn: '2026-05-01' };
    expectRefused(machine, deliberated, retroactive, 'issue_dates_in_order', '属于溯及既往，应当说明理由');
    const explained = expectAllowed(machine, deliberated, {
      ...retroactive,
      shortEffectReason: '减免统计报表报送义务，有利于调查对象',
    });
    expect(explained.timeline.description).toContain('施行日期的说明：减免统计报表报送义务');
  });

  it('asks a reason when 施行日 is less than the profile’s 30 days after publication (kinds the rule applies to)', () => {
    const strict = machineWith(kind, (profile) => profile.effectiveDate.appliesTo.push(kind));
    const point = pointAt(strict, 'deliberated');
    const soon = { ...issue, effectiveOn: '2026-06-10' };
    expectRefused(strict, point, soon, 'effective_date_gap', '仅 16 日，不足 30 日');
    expectAllowed(strict, point, { ...soon, shortEffectReason: '统计调查任务紧急，需与国家调查同步实施' });
    expectAllowed(strict, point, { ...issue, effectiveOn: '2026-06-24' });
    const applies = env.profile.effectiveDate.appliesTo.includes(kind);
    expect(attempt(deliberated, soon)).toBe(!applies);
  });

  it('keeps validity within the profile’s maximum for the title unless a reason is given', () => {
    const strict = machineWith(kind, (profile) => profile.validity.appliesTo.push(kind));
    const point = pointAt(strict, 'deliberated');
    expectRefused(
      strict,
      point,
      { ...issue, validityYears: 6 },
      'validity_within_maximum',
      '一般不超过 5 年',
    );
    expectAllowed(strict, point, { ...issue, validityYears: 6, longValidityReason: '统计制度周期为六年' });
    const provisional = { ...point, context: { ...point.context, title: '某区统计数据质量管理暂行办法' } };
    expectRefused(
      strict,
      provisional,
      { ...issue, validityYears: 3 },
      'validity_within_maximum',
      '一般不超过 2 年',
    );
    const result = expectAllowed(strict, provisional, issue);
    expect(result.effects[0]).toMatchObject({ validUntil: '2028-06-30', expiryReminderOn: '2027-12-30' });
  });

  /** Whether the step passes on the unmodified national profile. */
  function attempt(point: Point, event: WorkflowEvent): boolean {
    try {
      expectAllowed(machine, point, event);
      return true;
    } catch {
      return false;
    }
  }

  it('refused every deliberation and issuance guard of this kind', () => {
    expectGroupCovered('issuance', kind, kind === 'party_normative' ? ['fair_competition_reviewed'] : []);
  });
});
