import { describe, expect, it } from 'vitest';
import {
  type WorkflowEvent,
  textLockReason,
  workflowMachine,
} from '../../../../../src/shared/domain/workflow';
import {
  LEGAL_OPINION,
  env,
  expectAllowed,
  expectGroupCovered,
  expectRefused,
  pointAt,
  walk,
} from './fixtures';

/**
 * 修改后提交: the text goes to deliberation only once the drafter has made a new version and the reviewer
 * has confirmed it against the conclusion (or the document was reviewed again).
 */
const KINDS = ['admin_normative', 'major_decision', 'contract', 'disclosure'] as const;

describe.each(KINDS)('%s: a conclusion that asks for changes', (kind) => {
  const machine = workflowMachine(kind, env);
  // 重大行政决策: the 法律顾问's opinion is on file, so that only the revision holds up the meeting.
  const inReview =
    kind === 'major_decision'
      ? walk(machine, [LEGAL_OPINION], pointAt(machine, 'in_review')).at(-1)!
      : pointAt(machine, 'in_review');
  const changes = walk(
    machine,
    [
      {
        type: 'CONCLUDE_REVIEW',
        on: '2026-05-20',
        conclusion: 'LAWFUL_WITH_CHANGES',
      },
    ],
    inReview,
  ).at(-1)!;
  const confirmed = walk(
    machine,
    [{ type: 'CONFIRM_REVISION', on: '2026-05-21', versionId: 'v2', versionLabel: '第 2 版（修改稿）' }],
    changes,
  ).at(-1)!;

  it('opens the text to the drafter until the reviewer confirms a revised version, then locks it', () => {
    expect(changes.state).toBe('reviewed');
    expect(textLockReason(changes.state, changes.context, machine.reviewName)).toBeNull();
    expect(confirmed.state).toBe('reviewed');
    expect(confirmed.context.review?.revisionConfirmedOn).toBe('2026-05-21');
    expect(textLockReason(confirmed.state, confirmed.context, machine.reviewName)).toContain(
      '修改稿已经审核人员确认',
    );
  });

  it('confirms a revision once, and only after a conclusion that asks for changes', () => {
    const event = { type: 'CONFIRM_REVISION', on: '2026-05-22', versionId: 'v3' } as const;
    expectRefused(machine, confirmed, event, 'revision_awaited', '修改稿已于 2026-05-21 确认');
    const lawful = walk(
      machine,
      [{ type: 'CONCLUDE_REVIEW', on: '2026-05-20', conclusion: 'LAWFUL' }],
      inReview,
    ).at(-1)!;
    expectRefused(machine, lawful, event, 'revision_awaited', '审核结论不要求修改');
    expectAllowed(machine, changes, event);
  });

  if (kind === 'admin_normative' || kind === 'major_decision') {
    it('refuses deliberation before the revision is confirmed, and allows it after', () => {
      const deliberation: WorkflowEvent = {
        type: 'RECORD_DELIBERATION',
        on: '2026-05-25',
        meetingType: '局务会议',
        meetingName: '2026年第12次局务会议',
        attendees: ['张局长'],
        decision: 'approved',
      };
      expectRefused(
        machine,
        changes,
        deliberation,
        'revision_confirmed_before_deliberation',
        '应当按审核意见修改形成新版本，并经审核人员确认',
      );
      expect(expectAllowed(machine, confirmed, deliberation).state).toBe('deliberated');
    });
  }

  it('refused every guard of the group', () => expectGroupCovered('revision', kind));
});

describe('party_normative: no conclusion asks for changes', () => {
  it('has no confirmation step', () => {
    const machine = workflowMachine('party_normative', env);
    expect(machine.states.reviewed?.on.CONFIRM_REVISION).toBeUndefined();
  });
});

describe('text lock', () => {
  const machine = workflowMachine('admin_normative', env);
  const name = machine.reviewName;

  it('is open while drafting and after the review sends the text back', () => {
    expect(textLockReason('drafting', pointAt(machine, 'drafting').context, name)).toBeNull();
    expect(textLockReason('returned', pointAt(machine, 'submitted').context, name)).toBeNull();
  });

  it('is locked from 送审 until the review returns it, and says why', () => {
    for (const state of ['submitted', 'in_review'] as const) {
      expect(textLockReason(state, pointAt(machine, state).context, name)).toBe(
        '文件已送审，合法性审核期间文本锁定；需要修改的，由审核人员退回补正后再改。',
      );
    }
    expect(textLockReason('reviewed', pointAt(machine, 'reviewed').context, name)).toContain(
      '合法性审核已作出结论，文本锁定',
    );
  });

  it('is locked after deliberation unless it approved with changes, and from 印发 on', () => {
    const deliberated = pointAt(machine, 'deliberated');
    expect(textLockReason('deliberated', deliberated.context, name)).toContain('已经集体审议');
    const withChanges = {
      ...deliberated.context,
      deliberation: { heldOn: '2026-05-20', decision: 'approved_with_changes' as const },
    };
    expect(textLockReason('deliberated', withChanges, name)).toBeNull();
    for (const state of ['issued', 'filed', 'in_force', 'expired', 'repealed'] as const) {
      expect(textLockReason(state, deliberated.context, name)).toBe(
        '文件已印发，文本锁定；修改须通过文件清理程序进行。',
      );
    }
  });
});
