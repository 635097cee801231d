import { describe, expect, it } from 'vitest';
import { type WorkflowEvent, applyEffects, workflowMachine } from '../../../../../src/shared/domain/workflow';
import {
  env,
  expectAllowed,
  expectGroupCovered,
  expectRefused,
  happyPath,
  LEGAL_OPINION,
  machineWith,
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
      '公众参与是法定必经程序，只有依法不予公开的决策事项（重大行政决策程序暂行条例第十四条',
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
        {
          item: 'legal_opinion',
          label: '法律顾问、公职律师法律意见',
          present: true,
          note: '法律顾问周律师（2026-05-11）：同意',
        },
        { item: 'review_opinion', label: '合法性审查意见', present: true, note: '合法' },
      ],
    });
  });

  it('公众参与 may be left out only as a matter not to be disclosed by law (第十四条), with a reason', () => {
    const undisclosable = participation('2026-03-06', '2026-04-08', {
      notApplicableReason: '涉及国家秘密，依法不予公开',
      notApplicableGround: 'undisclosable',
    });
    const left = expectAllowed(machine, drafting, undisclosable);
    expect(left.timeline.description).toBe(
      '公众参与：不适用（依法不予公开的决策事项）。理由：涉及国家秘密，依法不予公开',
    );
    const after = applyEffects(drafting.context, left.effects);
    expect(after.procedures?.public_participation).toEqual({
      notApplicableReason: '涉及国家秘密，依法不予公开',
      ground: 'undisclosable',
    });
    expectRefused(
      machine,
      drafting,
      participation('2026-03-06', '2026-04-08', {
        notApplicableReason: '时间紧',
        notApplicableGround: 'urgent',
      }),
      'procedure_recorded_by_hand',
      '公众参与是法定必经程序，只有依法不予公开的决策事项',
    );
    expectRefused(
      machine,
      drafting,
      participation('2026-03-06', '2026-04-08', { notApplicableGround: 'undisclosable' }),
      'procedure_recorded_by_hand',
      '请填写不适用的理由',
    );
    // Left out on that ground, it no longer holds up the review; without a profile ground it is refused.
    const done = walk(
      machine,
      [
        undisclosable,
        { type: 'RECORD_PROCEDURE', on: '2026-04-15', procedure: 'expert_argument' },
        {
          type: 'RECORD_PROCEDURE',
          on: '2026-04-16',
          procedure: 'risk_assessment',
          notApplicableReason: '不涉及',
        },
      ],
      drafting,
    ).at(-1)!;
    expect(expectAllowed(machine, done, submit).state).toBe('submitted');
    const strict = machineWith('major_decision', (profile) => {
      for (const procedure of profile.majorDecisionProcedures) procedure.exemptions = [];
    });
    expectRefused(strict, drafting, undisclosable, 'procedure_recorded_by_hand', '不能注明不适用');
  });

  it('goes to 集体讨论决定 only with the 法律顾问/公职律师 opinion (第二十八条); 不同意 only with the legal risk stated (第二十五条)', () => {
    const inReview = pointAt(machine, 'in_review');
    const lawful = { type: 'CONCLUDE_REVIEW', on: '2026-05-15', conclusion: 'LAWFUL' } as const;
    const meeting: WorkflowEvent = {
      type: 'RECORD_DELIBERATION',
      on: '2026-05-20',
      meetingType: '常务会议',
      meetingName: '区政府第8次常务会议',
      attendees: ['区长'],
      decision: 'approved',
    };
    const withoutOpinion = walk(machine, [lawful], inReview).at(-1)!;
    expect(withoutOpinion.context.legalOpinion ?? null).toBeNull();
    expectRefused(
      machine,
      withoutOpinion,
      meeting,
      'legal_opinion_before_deliberation',
      '尚未登记法律顾问、公职律师的法律意见，不得提交集体讨论决定（重大行政决策程序暂行条例第二十八条',
    );
    const disagree = {
      ...LEGAL_OPINION,
      on: '2026-05-16',
      givenOn: '2026-05-16',
      adviserRole: 'public_lawyer',
      adviserName: '吴敏',
      opinion: 'disagree',
      text: '草案设定的企业报送义务缺乏上位法依据。',
    } as WorkflowEvent;
    expectRefused(
      machine,
      withoutOpinion,
      { ...disagree, givenOn: '2026-05-17' } as WorkflowEvent,
      'legal_opinion_dated',
      '法律意见的出具日期（2026-05-17）不能晚于今天（2026-05-16）',
    );
    const risk = {
      type: 'ACCEPT_LEGAL_RISK',
      on: '2026-05-18',
      reason: '属于国家尚无明确规定的探索性改革决策事项',
      legalRisk: '企业报送义务可能被认定为缺乏上位法依据，存在被撤销的风险',
    } as const;
    expectRefused(
      machine,
      withoutOpinion,
      risk,
      'legal_risk_override',
      '尚未登记法律顾问、公职律师的法律意见',
    );
    const recorded = expectAllowed(machine, withoutOpinion, disagree);
    expect(recorded.state).toBe('reviewed');
    expect(recorded.timeline.description).toBe(
      '公职律师吴敏（2026-05-16）：不同意（认为不合法）。草案设定的企业报送义务缺乏上位法依据。',
    );
    const disagreed = walk(machine, [disagree], withoutOpinion).at(-1)!;
    expectRefused(
      machine,
      disagreed,
      meeting,
      'legal_opinion_before_deliberation',
      '公职律师吴敏（2026-05-16）：不同意（认为不合法），认为不合法的，不得提交集体讨论决定。属于国家尚无明确规定的探索性改革决策事项的',
    );
    const strict = machineWith('major_decision', (profile) => {
      profile.majorDecisionLegalOpinion.riskOverride.allowed = false;
    });
    expectRefused(strict, disagreed, risk, 'legal_risk_override', '不允许在法律顾问认为不合法时提交讨论');
    const accepted = expectAllowed(machine, disagreed, risk);
    expect(accepted.timeline.description).toContain('明示的法律风险：企业报送义务可能被认定为缺乏上位法依据');
    const goesForward = walk(machine, [risk], disagreed).at(-1)!;
    expectRefused(
      machine,
      goesForward,
      risk,
      'legal_risk_override',
      '已于 2026-05-18 登记明示法律风险后提交讨论',
    );
    const held = expectAllowed(machine, goesForward, meeting);
    const recordedMeeting = held.effects[0];
    expect(recordedMeeting?.type === 'deliberation_recorded' ? recordedMeeting.materials : []).toContainEqual(
      {
        item: 'legal_opinion',
        label: '法律顾问、公职律师法律意见',
        present: true,
        note: '公职律师吴敏（2026-05-16）：不同意（认为不合法）；明示法律风险后提交讨论。理由：属于国家尚无明确规定的探索性改革决策事项；法律风险：企业报送义务可能被认定为缺乏上位法依据，存在被撤销的风险',
      },
    );
    // An agreeing opinion needs no override; a new opinion replaces the earlier one and its override.
    const agreed = walk(machine, [LEGAL_OPINION], withoutOpinion).at(-1)!;
    expectRefused(machine, agreed, risk, 'legal_risk_override', '法律意见为“同意”，无需明示法律风险');
    const replaced = walk(machine, [{ ...disagree, on: '2026-05-19' }], goesForward).at(-1)!;
    expect(replaced.context.legalOpinion?.riskAccepted).toBeNull();
    expectRefused(machine, replaced, meeting, 'legal_opinion_before_deliberation', '不得提交集体讨论决定');
    // Not asked for where the profile does not require it.
    const optional = machineWith('major_decision', (profile) => {
      profile.majorDecisionLegalOpinion.required = false;
    });
    expect(expectAllowed(optional, withoutOpinion, meeting).state).toBe('deliberated');
  });

  it('a re-submission starts a new review round without the earlier opinion', () => {
    const reviewed = pointAt(machine, 'reviewed');
    expect(reviewed.context.legalOpinion?.opinion).toBe('agree');
    const again = walk(
      machine,
      [
        { type: 'REVISE', on: '2026-05-16' },
        { ...submit, on: '2026-05-18' },
      ],
      reviewed,
    ).at(-1)!;
    expect(again.context.legalOpinion).toBeNull();
  });

  it('refused every procedure guard', () => {
    expectGroupCovered('major', 'major_decision');
  });
});
