import { describe, expect, it } from 'vitest';
import { builtinRuleProfile } from '../../../../../src/shared/domain/builtinRuleProfiles';
import { suggestTouchesBusiness } from '../../../../../src/shared/domain/fairCompetition';
import { plainTextToBlocks } from '../../../../../src/shared/domain/readers/plainTextToBlocks';
import { RuleProfile } from '../../../../../src/shared/domain/ruleProfileSchema';
import { type WorkflowEvent, applyEffects, workflowMachine } from '../../../../../src/shared/domain/workflow';
import {
  type Point,
  env,
  expectAllowed,
  expectGroupCovered,
  expectRefused,
  machineWith,
  pointAt,
} from './fixtures';

/** The shipped example that requires both drafting procedures before 送审. */
const strict = workflowMachine('admin_normative', {
  ...env,
  profile: builtinRuleProfile('shanghai-example')!,
});
const relaxed = workflowMachine('admin_normative', env);
const drafting = pointAt(relaxed, 'drafting');
const submit: WorkflowEvent = { type: 'SUBMIT', on: '2026-04-28', versionId: 'v2' };
const assessment: WorkflowEvent = {
  type: 'RECORD_PROCEDURE',
  on: '2026-04-10',
  procedure: 'assessment',
  completedOn: '2026-04-09',
  attachmentIds: ['a1'],
};
const consultation = (from: string, to: string, extra: Partial<WorkflowEvent> = {}) =>
  ({
    type: 'RECORD_PROCEDURE',
    on: '2026-04-20',
    procedure: 'public_consultation',
    commentPeriod: { from, to },
    attachmentIds: ['a2'],
    ...extra,
  }) as WorkflowEvent;

const withContext = (point: Point, change: Partial<Point['context']>): Point => ({
  ...point,
  context: { ...point.context, ...change },
});

function record(point: Point, event: WorkflowEvent, machine = strict): Point {
  const result = expectAllowed(machine, point, event);
  return { state: result.state, context: applyEffects(point.context, result.effects) };
}

describe('行政规范性文件: 评估论证 and 公开征求意见 before 送审', () => {
  it('reads both steps from the profile, optional in profiles stored before the setting existed', () => {
    expect(env.profile.adminNormativeProcedures.map((rule) => [rule.id, rule.required])).toEqual([
      ['assessment', false],
      ['public_consultation', false],
    ]);
    const { adminNormativeProcedures: _dropped, ...older } = builtinRuleProfile('shanghai-example')!;
    expect(RuleProfile.parse(older).adminNormativeProcedures.map((rule) => rule.label)).toEqual([
      '评估论证',
      '公开征求意见',
    ]);
    for (const rule of env.profile.adminNormativeProcedures) expect(rule.source.basis).toContain('37号');
  });

  it('refuses 送审 naming each required step still missing, and allows it once they are recorded', () => {
    expectRefused(
      strict,
      drafting,
      submit,
      'admin_procedures_before_review',
      '尚未完成：评估论证；公开征求意见（或登记不适用的理由）',
    );
    const assessed = record(drafting, assessment);
    expectRefused(strict, assessed, submit, 'admin_procedures_before_review', '尚未完成：公开征求意见');
    const consulted = record(assessed, consultation('2026-04-01', '2026-04-14'));
    expect(consulted.context.procedures?.public_consultation).toEqual({
      completedOn: '2026-04-14',
      commentPeriod: { from: '2026-04-01', to: '2026-04-14' },
      attachmentIds: ['a2'],
    });
    expect(consulted.context.procedures?.assessment).toEqual({
      completedOn: '2026-04-09',
      attachmentIds: ['a1'],
    });
    expect(expectAllowed(strict, consulted, submit).state).toBe('submitted');
    // Where the profile does not require them (37号: 重要的文件), 送审 is not held.
    expect(expectAllowed(relaxed, drafting, submit).state).toBe('submitted');
  });

  it('lets 公开征求意见, not 评估论证, be declared not applicable, and only with a reason', () => {
    expectRefused(
      strict,
      drafting,
      { ...assessment, notApplicableReason: '内容简单' },
      'admin_procedure_allowed',
      '评估论证不能登记为不适用',
    );
    const secret = record(drafting, {
      type: 'RECORD_PROCEDURE',
      on: '2026-04-20',
      procedure: 'public_consultation',
      notApplicableReason: '涉及国家秘密，依法需要保密',
    });
    const result = expectAllowed(strict, record(secret, assessment), submit);
    expect(result.state).toBe('submitted');
    const refused = expectAllowed(strict, drafting, {
      type: 'RECORD_PROCEDURE',
      on: '2026-04-20',
      procedure: 'public_consultation',
      notApplicableReason: '涉及国家秘密，依法需要保密',
    });
    expect(refused.timeline.description).toBe('公开征求意见：不适用。理由：涉及国家秘密，依法需要保密');
    // A major decision's procedure is not one of this kind's.
    expectRefused(
      strict,
      drafting,
      { type: 'RECORD_PROCEDURE', on: '2026-04-20', procedure: 'expert_argument' },
      'admin_procedure_allowed',
      '评估论证、公开征求意见',
    );
    expectRefused(
      strict,
      drafting,
      { ...assessment, completedOn: '2026-04-11' },
      'admin_procedure_allowed',
      '不能晚于今天',
    );
  });
});

describe('行政规范性文件: the comment window against the profile', () => {
  it('checks the general minimum (7 working days) and names the window', () => {
    // 2026-04-01 (Wed) to 2026-04-08: 4/2, 4/3, 4/7, 4/8 are working days (清明 4/4–4/6).
    expectRefused(
      strict,
      drafting,
      consultation('2026-04-01', '2026-04-08'),
      'admin_comment_period',
      '一般文件一般不少于7个工作日',
    );
    expectRefused(
      strict,
      drafting,
      consultation('2026-04-01', '2026-04-08'),
      'admin_comment_period',
      '本次征求意见 2026-04-01 至 2026-04-08，为 4 个工作日',
    );
    expectAllowed(strict, drafting, consultation('2026-04-01', '2026-04-14'));
    expectRefused(
      strict,
      drafting,
      consultation('2026-04-01', '2026-04-25'),
      'admin_comment_period',
      '才截止',
    );
    expectRefused(
      strict,
      drafting,
      consultation('2026-04-10', '2026-04-01'),
      'admin_comment_period',
      '不能早于',
    );
  });

  it('applies the 30-day market minimum when the document touches business, unless the shortening is explained', () => {
    const business = withContext(drafting, { touchesBusiness: true });
    expectRefused(
      strict,
      business,
      consultation('2026-04-01', '2026-04-14'),
      'admin_comment_period',
      '与市场主体生产经营活动密切相关的文件一般不少于30日',
    );
    const explained = expectAllowed(
      strict,
      business,
      consultation('2026-04-01', '2026-04-14', { shortenedReason: '上级要求限期出台，已召开企业座谈会' }),
    );
    expect(explained.timeline.description).toContain('期限缩短的理由：上级要求限期出台，已召开企业座谈会');
    expectAllowed(strict, business, consultation('2026-03-15', '2026-04-14'));
  });

  it('holds 送审 when the answer changes to 是 after a window that only met the general minimum', () => {
    const consulted = record(record(drafting, assessment), consultation('2026-04-01', '2026-04-14'));
    expectAllowed(strict, consulted, submit);
    expectRefused(
      strict,
      withContext(consulted, { touchesBusiness: true }),
      submit,
      'admin_procedures_before_review',
      '公开征求意见期限不足',
    );
  });
});

describe('公平竞争审查 before 集体审议 and 出台', () => {
  const machine = machineWith('admin_normative');
  const reviewed = pointAt(machine, 'reviewed');
  const deliberated = pointAt(machine, 'deliberated');
  const deliberate: WorkflowEvent = {
    type: 'RECORD_DELIBERATION',
    on: '2026-05-20',
    meetingType: '局务会议',
    meetingName: '2026年第12次局务会议',
    attendees: ['张局长'],
    decision: 'approved',
  };
  const issue: WorkflowEvent = {
    type: 'ISSUE',
    on: '2026-05-25',
    docNumber: '某统字〔2026〕3号',
    registrationNumber: '某区规〔2026〕001',
    publishedOn: '2026-05-25',
    effectiveOn: '2026-07-01',
    publishedIn: ['政府网站'],
  };

  it('refuses the meeting until the review is recorded, whether answered 是 or suggested by the pre-check', () => {
    expectRefused(
      machine,
      withContext(reviewed, { touchesBusiness: true }),
      deliberate,
      'fair_competition_reviewed',
      '文件涉及市场主体经济活动：提交集体审议前应当完成公平竞争审查并登记审查结论（公平竞争审查条例第十八条），尚未登记公平竞争审查。',
    );
    expectRefused(
      machine,
      withContext(reviewed, { touchesBusiness: true, touchesBusinessSuggested: true }),
      deliberate,
      'fair_competition_reviewed',
      '预审发现文件涉及市场主体经济活动',
    );
    const done = withContext(reviewed, {
      touchesBusiness: true,
      fairCompetition: { conclusion: 'exception', reviewedOn: '2026-05-16' },
    });
    const result = expectAllowed(machine, done, deliberate);
    const effect = result.effects.find((candidate) => candidate.type === 'deliberation_recorded');
    expect(effect?.type === 'deliberation_recorded' && effect.materials).toContainEqual({
      item: 'fair_competition',
      label: '公平竞争审查情况',
      present: true,
      note: '适用例外规定（公平竞争审查条例第十二条）',
    });
  });

  it('does not issue (不得出台) after a 不符合 conclusion', () => {
    const failed = withContext(deliberated, {
      touchesBusiness: true,
      fairCompetition: { conclusion: 'non_compliant', reviewedOn: '2026-05-16' },
    });
    expectRefused(
      machine,
      failed,
      issue,
      'fair_competition_allows_issue',
      '不得出台（公平竞争审查条例第十八条）',
    );
    const passed = withContext(failed, {
      fairCompetition: { conclusion: 'compliant', reviewedOn: '2026-05-22' },
    });
    expect(expectAllowed(machine, passed, issue).state).toBe('issued');
  });

  it('refused every guard of the group', () => {
    expectGroupCovered('admin', 'admin_normative');
  });
});

describe('suggestTouchesBusiness: the terms of market activity in a draft', () => {
  it('names the sentences about market access, procurement, subsidies and qualifications', () => {
    const blocks = plainTextToBlocks(
      [
        '某区促进数字经济产业发展若干措施',
        '第一条　对新认定的高新技术企业，给予一次性奖励资金20万元。',
        '第二条　区财政安排专项资金，用于支持软件企业参加政府采购活动。',
        '第三条　从事数据标注服务的，应当具备相应资质。',
        '第四条　本措施自印发之日起施行。',
      ].join('\n'),
    );
    const suggestion = suggestTouchesBusiness(blocks);
    expect(suggestion.suggested).toBe(true);
    expect(suggestion.sentences.map((sentence) => sentence.text)).toEqual([
      '第一条　对新认定的高新技术企业，给予一次性奖励资金20万元。',
      '第二条　区财政安排专项资金，用于支持软件企业参加政府采购活动。',
      '第三条　从事数据标注服务的，应当具备相应资质。',
    ]);
    expect(suggestion.sentences[1]?.categories).toEqual(['政府采购和招标投标', '财政补贴和奖励']);
  });

  it('suggests nothing for an internal statistics rule', () => {
    const blocks = plainTextToBlocks(
      [
        '某区统计调查项目管理办法',
        '第一条　为规范统计调查项目管理，根据《中华人民共和国统计法》，结合本区实际，制定本办法。',
        '第二条　本办法适用于本区行政区域内统计调查项目的制定、审批和实施。',
        '第三条　本办法自印发之日起施行。',
      ].join('\n'),
    );
    expect(suggestTouchesBusiness(blocks)).toEqual({ suggested: false, sentences: [] });
  });
});
