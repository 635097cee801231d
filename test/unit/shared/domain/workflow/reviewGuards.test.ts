import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '../../../../../src/shared/domain/documentKinds';
import { MATERIAL_REQUIREMENTS } from '../../../../../src/shared/domain/materials';
import { REVIEW_CONCLUSIONS, type ReviewConclusion } from '../../../../../src/shared/domain/ruleCodes';
import { workflowMachine } from '../../../../../src/shared/domain/workflow';
import {
  NO_PROBLEMS,
  env,
  expectAllowed,
  expectGroupCovered,
  expectRefused,
  happyPath,
  machineWith,
  materials,
  pointAt,
  walk,
} from './fixtures';

const withDimensions = (kind: string) => (kind === 'party_normative' ? { dimensions: NO_PROBLEMS } : {});
const passing = (kind: string): ReviewConclusion => (kind === 'party_normative' ? 'PARTY_PASSED' : 'LAWFUL');

describe.each(DOCUMENT_KINDS)('%s: review-phase guards', (kind) => {
  const machine = workflowMachine(kind, env);
  const submitted = pointAt(machine, 'submitted');
  const inReview = pointAt(machine, 'in_review');

  it('starts the review only when the required materials of stage "review" are complete', () => {
    const missing = MATERIAL_REQUIREMENTS[kind].find(
      (requirement) => requirement.stage === 'review' && requirement.required,
    )!;
    const incomplete = {
      ...submitted,
      context: { ...submitted.context, materials: materials(kind, [missing.kind]) },
    };
    expectRefused(
      machine,
      incomplete,
      { type: 'START_REVIEW', on: '2026-04-30' },
      'review_materials_complete',
      '送审材料不齐全',
    );
    // Conditional materials (公平竞争审查, 专家论证 …) are the reviewer's call and do not block.
    const conditional = MATERIAL_REQUIREMENTS[kind]
      .filter((requirement) => !requirement.required)
      .map((r) => r.kind);
    const withoutConditional = {
      ...submitted,
      context: { ...submitted.context, materials: materials(kind, conditional) },
    };
    expect(expectAllowed(machine, withoutConditional, { type: 'START_REVIEW', on: '2026-04-30' }).state).toBe(
      'in_review',
    );
  });

  it('starts the clock on the materials-complete date, which may not lie after the acceptance', () => {
    expectRefused(
      machine,
      submitted,
      { type: 'START_REVIEW', on: '2026-04-30', materialsCompleteOn: '2026-05-06' },
      'materials_date_not_later',
      '不能晚于受理日期',
    );
    const result = expectAllowed(machine, submitted, {
      type: 'START_REVIEW',
      on: '2026-05-06',
      materialsCompleteOn: '2026-04-30',
    });
    const max = env.profile.reviewPeriod[kind].maxWorkingDays;
    expect(result.effects[0]).toMatchObject({ type: 'review_started', materialsCompleteOn: '2026-04-30' });
    expect(result.timeline.description).toContain(`${max} 个工作日`);
  });

  it('accepts only conclusions of the kind’s outcome set in the profile', () => {
    const foreign = REVIEW_CONCLUSIONS.find(
      (code) => !env.profile.reviewOutcomes[kind].some((outcome) => outcome.code === code),
    )!;
    expectRefused(
      machine,
      inReview,
      { type: 'CONCLUDE_REVIEW', on: '2026-05-15', conclusion: foreign },
      'conclusion_in_profile',
      '不是',
    );
    for (const outcome of env.profile.reviewOutcomes[kind]) {
      const event = {
        type: 'CONCLUDE_REVIEW' as const,
        on: '2026-05-15',
        conclusion: outcome.code,
        ...withDimensions(kind),
      };
      // These two need problems among the findings: partyNormative.test.ts covers them.
      if (outcome.code === 'PARTY_NOT_PASSED' || outcome.code === 'PARTY_PASSED_WITH_REMINDER') continue;
      expect(expectAllowed(machine, inReview, event).state).toBe(
        outcome.returnsToDrafting ? 'returned' : 'reviewed',
      );
    }
  });

  it('refuses a conclusion dated before the materials were complete, or without a started review', () => {
    const early = {
      type: 'CONCLUDE_REVIEW' as const,
      on: '2026-04-29',
      conclusion: passing(kind),
      ...withDimensions(kind),
    };
    expectRefused(machine, inReview, early, 'conclusion_after_materials', '不能早于材料齐备日期');
    const noReview = { ...inReview, context: { ...inReview.context, review: null } };
    expectRefused(
      machine,
      noReview,
      { ...early, on: '2026-05-15' },
      'conclusion_after_materials',
      '尚未开始审核',
    );
  });

  it('lets the reviewer conclude as soon as the work is done: the minimum period binds the sender', () => {
    const strict = machineWith(kind, (profile) => (profile.reviewPeriod[kind].minWorkingDays = 7));
    const point = pointAt(strict, 'in_review');
    const conclude = { type: 'CONCLUDE_REVIEW' as const, conclusion: passing(kind), ...withDimensions(kind) };
    const early = expectAllowed(strict, point, { ...conclude, on: '2026-05-06' });
    expect(early.timeline.description).not.toContain('理由');
  });

  it('refuses review events in states that do not take them', () => {
    const drafting = pointAt(machine, 'drafting');
    const result = expectAllowed(machine, submitted, { type: 'START_REVIEW', on: '2026-04-30' });
    expect(result.state).toBe('in_review');
    expect(() => expectAllowed(machine, drafting, { type: 'START_REVIEW', on: '2026-04-30' })).toThrow(
      '不能',
    );
  });

  it('refuses a requested answer date on or before the submission day', () => {
    const drafting = pointAt(machine, 'drafting');
    const event = {
      type: 'SUBMIT' as const,
      on: '2026-04-30',
      versionId: 'v1',
      requestedAnswerOn: '2026-04-30',
    };
    expectRefused(machine, drafting, event, 'requested_answer_not_past', '应当晚于送审日期');
  });

  it('refused every review-phase guard of this kind', () => {
    expectGroupCovered('review', kind);
  });
});

describe('the minimum review period binds the sender (期望答复日期 at 送审)', () => {
  const submit = (requestedAnswerOn?: string) => ({
    type: 'SUBMIT' as const,
    on: '2026-04-30',
    versionId: 'v1',
    ...(requestedAnswerOn ? { requestedAnswerOn } : {}),
  });

  it('行政规范性文件 5 working days (RULES.md §10 example: 2026-04-30 → 2026-05-11): warns, names the earliest day, stores it', () => {
    const machine = workflowMachine('admin_normative', env);
    const drafting = pointAt(machine, 'drafting');
    const tooSoon = expectAllowed(machine, drafting, submit('2026-05-08'));
    expect(tooSoon.state).toBe('submitted');
    expect(tooSoon.timeline.description).toContain('期望答复日期（2026-05-08）过早');
    expect(tooSoon.timeline.description).toContain('最早可要求于 2026-05-11 答复');
    expect(tooSoon.effects).toContainEqual(
      expect.objectContaining({
        type: 'submitted',
        requestedAnswerOn: '2026-05-08',
        earliestAnswerOn: '2026-05-11',
      }),
    );
    const submitted = walk(machine, [submit('2026-05-08')], drafting).at(-1)!;
    expect(submitted.context.submission).toMatchObject({
      requestedAnswerOn: '2026-05-08',
      earliestAnswerOn: '2026-05-11',
    });
    expect(submitted.context.submission?.warning).toContain('一般不少于 5 个工作日');
    const enough = expectAllowed(machine, drafting, submit('2026-05-11'));
    expect(enough.timeline.description).toContain('期望答复日期：2026-05-11');
    expect(enough.timeline.description).not.toContain('过早');
    expect(expectAllowed(machine, drafting, submit()).timeline.description).not.toContain('期望答复日期');
  });

  it('重大行政决策 at least 7 working days (第二十六条): 2026-04-30 → 2026-05-13', () => {
    const machine = workflowMachine('major_decision', env);
    const procedures = happyPath('major_decision').filter((event) => event.type === 'RECORD_PROCEDURE');
    const drafting = walk(machine, procedures, pointAt(machine, 'drafting')).at(-1)!;
    const result = expectAllowed(machine, drafting, submit('2026-05-12'));
    expect(result.timeline.description).toContain('合法性审查');
    expect(result.timeline.description).toContain('一般不少于 7 个工作日');
    expect(result.timeline.description).toContain('2026-05-13');
  });
});
