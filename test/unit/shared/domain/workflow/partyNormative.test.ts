import { describe, expect, it } from 'vitest';
import { type WorkflowEvent, workflowMachine } from '../../../../../src/shared/domain/workflow';
import {
  NO_PROBLEMS,
  env,
  expectAllowed,
  expectGroupCovered,
  expectRefused,
  machineWith,
  pointAt,
} from './fixtures';

const machine = workflowMachine('party_normative', env);
const inReview = pointAt(machine, 'in_review');

function conclude(
  conclusion: string,
  problems: string[] = [],
  rest: Partial<WorkflowEvent> = {},
): WorkflowEvent {
  const dimensions = Object.fromEntries(
    Object.entries(NO_PROBLEMS).map(([id]) => [
      id,
      { hasProblem: problems.includes(id), note: problems.includes(id) ? '存在问题' : undefined },
    ]),
  );
  return { type: 'CONCLUDE_REVIEW', on: '2026-05-15', conclusion, dimensions, ...rest } as WorkflowEvent;
}

describe('党内规范性文件: 前置审核 on four dimensions', () => {
  it('labels its path as 前置审核', () => {
    expect(machine.reviewName).toBe('前置审核');
    expect(machine.states.in_review?.label).toBe('前置审核中');
    expect(machine.eventLabels.SUBMIT).toBe('报送前置审核');
  });

  it('requires a finding on each of 政治性、合法合规性、合理性、规范性', () => {
    const partial = {
      ...conclude('PARTY_PASSED'),
      dimensions: { political: { hasProblem: false } },
    } as WorkflowEvent;
    expectRefused(
      machine,
      inReview,
      partial,
      'party_dimensions_assessed',
      '尚缺：合法合规性、合理性、规范性',
    );
    const none = {
      type: 'CONCLUDE_REVIEW',
      on: '2026-05-15',
      conclusion: 'PARTY_NOT_PASSED',
    } as WorkflowEvent;
    expectRefused(machine, inReview, none, 'party_dimensions_assessed', '逐项作出审查结论');
  });

  it('does not ask for findings when the file is only sent back for materials or is not a normative document', () => {
    const materials = {
      type: 'CONCLUDE_REVIEW',
      on: '2026-05-06',
      conclusion: 'RETURN_INCOMPLETE_MATERIALS',
    } as WorkflowEvent;
    expect(expectAllowed(machine, inReview, materials).state).toBe('returned');
    const notNormative = {
      type: 'CONCLUDE_REVIEW',
      on: '2026-05-15',
      conclusion: 'NOT_A_NORMATIVE_DOC',
    } as WorkflowEvent;
    expect(expectAllowed(machine, inReview, notNormative).state).toBe('reviewed');
  });

  it('a problem under 政治性 or 合法合规性 blocks passing; the document is sent back instead', () => {
    expectRefused(
      machine,
      inReview,
      conclude('PARTY_PASSED', ['political']),
      'party_dimensions_match_conclusion',
      '政治性方面存在问题，不能通过',
    );
    expectRefused(
      machine,
      inReview,
      conclude('PARTY_PASSED_WITH_REMINDER', ['compliance', 'standardization']),
      'party_dimensions_match_conclusion',
      '合法合规性方面存在问题',
    );
    const notPassed = expectAllowed(machine, inReview, conclude('PARTY_NOT_PASSED', ['compliance']));
    expect(notPassed.state).toBe('returned');
    expect(notPassed.timeline.description).toBe('作出前置审核结论：不予通过（退回修改）。');
  });

  it('problems only under 合理性 or 规范性 pass with a 书面提醒, which names them', () => {
    expectRefused(
      machine,
      inReview,
      conclude('PARTY_PASSED', ['reasonableness']),
      'party_dimensions_match_conclusion',
      '应当选择“通过前置审核（书面提醒）”',
    );
    const reminded = expectAllowed(
      machine,
      inReview,
      conclude('PARTY_PASSED_WITH_REMINDER', ['reasonableness', 'standardization']),
    );
    expect(reminded.state).toBe('reviewed');
    expect(reminded.effects[0]).toMatchObject({
      reminderDimensions: ['reasonableness', 'standardization'],
      allowsDeliberation: true,
    });
    expect(reminded.timeline.description).toContain('书面提醒：合理性、规范性方面存在问题。');
  });

  it('refuses a 书面提醒 without problems and a refusal without a blocking problem', () => {
    expectRefused(
      machine,
      inReview,
      conclude('PARTY_PASSED_WITH_REMINDER'),
      'party_dimensions_match_conclusion',
      '均未发现问题，无需书面提醒',
    );
    expectRefused(
      machine,
      inReview,
      conclude('PARTY_NOT_PASSED', ['standardization']),
      'party_dimensions_match_conclusion',
      '不予通过应当指出政治性、合法合规性方面的问题',
    );
    expect(expectAllowed(machine, inReview, conclude('PARTY_PASSED')).state).toBe('reviewed');
  });

  it('follows the profile when it makes 合理性 blocking as well', () => {
    const strict = machineWith('party_normative', (profile) => {
      profile.partyReviewDimensions.find((dimension) => dimension.id === 'reasonableness')!.blocking = true;
    });
    const point = pointAt(strict, 'in_review');
    expectRefused(
      strict,
      point,
      conclude('PARTY_PASSED_WITH_REMINDER', ['reasonableness']),
      'party_dimensions_match_conclusion',
      '合理性方面存在问题，不能通过',
    );
    expect(expectAllowed(strict, point, conclude('PARTY_NOT_PASSED', ['reasonableness'])).state).toBe(
      'returned',
    );
  });

  it('a 前置审核 sent back lets the committee deliberate only after re-submission and a passing review', () => {
    const returned = expectAllowed(machine, inReview, conclude('PARTY_NOT_PASSED', ['political']));
    expect(machine.states[returned.state]?.on).toHaveProperty('REVISE');
    expect(machine.states[returned.state]?.on).not.toHaveProperty('RECORD_DELIBERATION');
  });

  it('refused every 前置审核 guard', () => {
    expectGroupCovered('party', 'party_normative');
  });
});
