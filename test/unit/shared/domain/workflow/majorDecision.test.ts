import { describe, expect, it } from 'vitest';
import { type WorkflowEvent, applyEffects, workflowMachine } from '../../../../../src/shared/domain/workflow';
import {
  env,
  expectAllowed,
  expectGroupCovered,
  expectRefused,
  happyPath,
  materials,
  pointAt,
  walk,
} from './fixtures';

const machine = workflowMachine('major_decision', env);
const drafting = pointAt(machine, 'drafting');
const submit: WorkflowEvent = { type: 'SUBMIT', on: '2026-04-28', versionId: 'v2' };
const participation = (from: string, to: string, extra: Partial<WorkflowEvent> = {}) =>
  ({
    type: 'RECORD_PROCEDURE',
    on: '2026-04-10',
    procedure: 'public_participation',
    commentPeriod: { from, to },
    ...extra,
  }) as WorkflowEvent;

describe('重大行政决策: the five statutory procedures', () => {
  it('names its states and steps as the 条例 does', () => {
    expect(machine.reviewName).toBe('合法性审查');
    expect(machine.states.deliberated?.label).toBe('集体讨论决定');
    expect(machine.states.issued?.label).toBe('公布');
    expect(machine.eventLabels.SUBMIT).toBe('送请合法性审查');
  });

  it('may not go to 合法性审查 before 公众参与, and before 专家论证 / 风险评估 are done or declared not applicable', () => {
    expectRefused(
      machine,
      drafting,
      submit,
      'procedures_before_review',
      '尚未完成：公众参与、专家论证（或注明不适用的理由）、风险评估（或注明不适用的理由）',
    );
    const [publicDone, expertDone] = walk(machine, happyPath('major_decision').slice(0, 2)).slice(1);
    expectRefused(
      machine,
      publicDone!,
      submit,
      'procedures_before_review',
      '尚未完成：专家论证（或注明不适用的理由）、风险评估',
    );
    expectRefused(
      machine,
      expertDone!,
      submit,
      'procedures_before_review',
      '尚未完成：风险评估（或注明不适用的理由）。',
    );
    const ready = walk(machine, happyPath('major_decision').slice(0, 3)).at(-1)!;
    expect(expectAllowed(machine, ready, submit).state).toBe('submitted');
  });

  it('records procedures while drafting, as a step on the timeline that keeps the status', () => {
    const result = expectAllowed(machine, drafting, participation('2026-03-06', '2026-04-08'));
    expect(result.state).toBe('drafting');
    expect(result.timeline).toMatchObject({ kind: 'workflow_step', title: '记录决策程序' });
    expect(result.timeline.description).toBe('完成公众参与（公开征求意见 2026-03-06 至 2026-04-08）。');
    expect(applyEffects(drafting.context, result.effects).procedures).toEqual({
      public_participation: { completedOn: '2026-04-10' },
    });
  });

  it('refuses to record the review or the decision by hand, and a mandatory procedure as not applicable', () => {
    const byHand: WorkflowEvent = {
      type: 'RECORD_PROCEDURE',
      on: '2026-04-10',
      procedure: 'legality_review',
    };
    expectRefused(
      machine,
      drafting,
      byHand,
      'procedure_recorded_by_hand',
      '合法性审查由审查、审议环节自动记录',
    );
    const decision: WorkflowEvent = {
      type: 'RECORD_PROCEDURE',
      on: '2026-04-10',
      procedure: 'collective_decision',
    };
    expectRefused(
      machine,
      drafting,
      decision,
      'procedure_recorded_by_hand',
      '集体讨论决定由审查、审议环节自动记录',
    );
    const skipped = participation('2026-03-06', '2026-04-08', { notApplicableReason: '时间紧' });
    expectRefused(
      machine,
      drafting,
      skipped,
      'procedure_recorded_by_hand',
      '公众参与是法定必经程序，不能注明不适用',
    );
    const risk: WorkflowEvent = {
      type: 'RECORD_PROCEDURE',
      on: '2026-04-10',
      procedure: 'risk_assessment',
      notApplicableReason: '不涉及社会稳定',
    };
    expect(expectAllowed(machine, drafting, risk).timeline.description).toBe(
      '风险评估：不适用。理由：不涉及社会稳定',
    );
  });

  it('holds 公开征求意见 to at least 30 days (第十五条) unless the shortening is explained', () => {
    const noWindow: WorkflowEvent = {
      type: 'RECORD_PROCEDURE',
      on: '2026-04-10',
      procedure: 'public_participation',
    };
    expectRefused(machine, drafting, noWindow, 'comment_period_long_enough', '请填写公开征求意见的起止日期');
    expectRefused(
      machine,
      drafting,
      participation('2026-04-08', '2026-03-06'),
      'comment_period_long_enough',
      '截止日期不能早于开始日期',
    );
    expectRefused(
      machine,
      drafting,
      participation('2026-03-20', '2026-04-20'),
      'comment_period_long_enough',
      '截止后才能登记',
    );
    expectRefused(
      machine,
      drafting,
      participation('2026-03-11', '2026-03-31'),
      'comment_period_long_enough',
      '一般不少于30日，本次为 20 日',
    );
    expectAllowed(machine, drafting, participation('2026-03-01', '2026-03-31'));
    const shortened = expectAllowed(
      machine,
      drafting,
      participation('2026-03-11', '2026-03-31', { shortenedReason: '落实上级紧急部署' }),
    );
    expect(shortened.timeline.description).toContain('缩短期限的理由：落实上级紧急部署');
  });

  it('records 合法性审查 when the review passes and 集体讨论决定 when the decision is adopted', () => {
    const inReview = pointAt(machine, 'in_review');
    const lawful = expectAllowed(machine, inReview, {
      type: 'CONCLUDE_REVIEW',
      on: '2026-05-15',
      conclusion: 'LAWFUL',
    });
    expect(lawful.effects).toContainEqual({
      type: 'procedure_recorded',
      procedure: 'legality_review',
      record: { completedOn: '2026-05-15' },
    });
    const unlawful = expectAllowed(machine, inReview, {
      type: 'CONCLUDE_REVIEW',
      on: '2026-05-15',
      conclusion: 'UNLAWFUL',
    });
    expect(unlawful.effects.some((effect) => effect.type === 'procedure_recorded')).toBe(false);
    const risky = expectAllowed(machine, inReview, {
      type: 'CONCLUDE_REVIEW',
      on: '2026-05-15',
      conclusion: 'SUBMIT_WITH_LEGAL_RISK',
    });
    expect(risky.effects[0]).toMatchObject({
      allowsDeliberation: true,
      label: '可提交讨论（须说明法律风险）',
    });

    const reviewed = pointAt(machine, 'reviewed');
    const adopted = expectAllowed(machine, reviewed, {
      type: 'RECORD_DELIBERATION',
      on: '2026-05-20',
      meetingType: '常务会议',
      meetingName: '区政府第8次常务会议',
      attendees: ['区长', '副区长'],
      decision: 'approved',
    });
    expect(applyEffects(reviewed.context, adopted.effects).procedures?.collective_decision).toEqual({
      completedOn: '2026-05-20',
    });
    const deferred = expectAllowed(machine, reviewed, {
      type: 'RECORD_DELIBERATION',
      on: '2026-05-20',
      meetingType: '常务会议',
      meetingName: '区政府第8次常务会议',
      attendees: ['区长', '副区长'],
      decision: 'deferred',
      dissent: '需进一步论证',
    });
    expect(deferred.effects).toHaveLength(1);
    expect(deferred.timeline.description).toBe(
      '2026-05-20 区政府第8次常务会议（常务会议）集体审议，出席：区长、副区长；结果：暂缓审议。不同意见：需进一步论证',
    );
  });

  it('checks the materials of 第二十九条 before the meeting, naming each one missing', () => {
    const reviewed = pointAt(machine, 'reviewed');
    const meeting: WorkflowEvent = {
      type: 'RECORD_DELIBERATION',
      on: '2026-05-20',
      meetingType: '常务会议',
      meetingName: '区政府第8次常务会议',
      attendees: ['区长'],
      decision: 'approved',
    };
    const without = {
      ...reviewed,
      context: {
        ...reviewed.context,
        materials: materials('major_decision', ['public_participation', 'expert_opinion', 'risk_assessment']),
      },
    };
    // 风险评估 was recorded as not applicable in the happy path: its report is not asked for.
    expectRefused(
      machine,
      without,
      meeting,
      'materials_before_meeting',
      '尚缺：公众意见采纳情况、专家论证意见（或登记专家论证不适用的理由）。',
    );
    const result = expectAllowed(machine, reviewed, meeting);
    expect(result.effects[0]).toMatchObject({
      materials: [
        { item: 'public_participation', label: '公众意见采纳情况', present: true },
        { item: 'expert_opinion', label: '专家论证意见', present: true },
        {
          item: 'risk_assessment',
          label: '风险评估报告',
          present: true,
          note: '不适用：仅涉及统计内部工作，不影响社会稳定和公共安全',
        },
        { item: 'review_opinion', label: '合法性审查意见', present: true, note: '合法' },
      ],
    });
  });

  it('refused every procedure guard', () => {
    expectGroupCovered('major', 'major_decision');
  });
});
