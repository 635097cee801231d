import { describe, expect, it } from 'vitest';
import { DOCUMENT_EVENT_LABELS } from '../../../../../src/shared/domain/documentEvents';
import { DOCUMENT_KINDS } from '../../../../../src/shared/domain/documentKinds';
import {
  type WorkflowEvent,
  allowedEvents,
  applyEffects,
  machineStates,
  transition,
  workflowMachine,
} from '../../../../../src/shared/domain/workflow';
import { GUARD_GROUPS, env, guardIds, machineWith, materials, pointAt } from './fixtures';

const admin = workflowMachine('admin_normative', env);

describe('transition results', () => {
  it('refuses an event the state does not take, naming the state and the step', () => {
    const drafting = pointAt(admin, 'drafting');
    const event: WorkflowEvent = {
      type: 'RECORD_DELIBERATION',
      on: '2026-05-20',
      meetingType: '局务会议',
      meetingName: '2026年第12次局务会议',
      attendees: ['张局长'],
      decision: 'approved',
    };
    expect(transition(admin, 'drafting', event, drafting.context)).toEqual({
      ok: false,
      code: 'INVALID_STATE',
      reason: '行政规范性文件处于“起草”时不能记录集体审议。',
    });
  });

  it('refuses a state the kind does not have', () => {
    const contract = workflowMachine('contract', env);
    const result = transition(
      contract,
      'issued',
      { type: 'ENTER_INTO_FORCE', on: '2026-07-01' },
      pointAt(contract, 'drafting').context,
    );
    expect(result).toEqual({ ok: false, code: 'INVALID_STATE', reason: '合同的流程中没有“印发”状态。' });
  });

  it('refuses malformed events with INVALID_INPUT and the Chinese message', () => {
    const context = pointAt(admin, 'submitted').context;
    const badDate = { type: 'RETURN', on: '2026-02-30', reason: '缺材料' } as WorkflowEvent;
    expect(transition(admin, 'submitted', badDate, context)).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
    const noReason = { type: 'RETURN', on: '2026-04-29', reason: '  ' } as WorkflowEvent;
    expect(transition(admin, 'submitted', noReason, context)).toEqual({
      ok: false,
      code: 'INVALID_INPUT',
      reason: '请填写退回理由',
    });
    const unknown = { type: 'APPROVE', on: '2026-04-29' } as unknown as WorkflowEvent;
    expect(transition(admin, 'submitted', unknown, context)).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    });
  });

  it('a returned document must go back to 起草 before it is submitted again', () => {
    const submitted = pointAt(admin, 'submitted');
    const submit: WorkflowEvent = { type: 'SUBMIT', on: '2026-05-06', versionId: 'v3' };
    expect(transition(admin, 'returned', submit, submitted.context)).toMatchObject({
      ok: false,
      code: 'INVALID_STATE',
    });
    expect(allowedEvents(admin, 'returned').map((event) => event.label)).toEqual(['回到起草修改']);
  });

  it('opens a new review round on re-submission, so an old conclusion cannot carry a document to deliberation', () => {
    const reviewed = pointAt(admin, 'reviewed');
    const resubmitted = applyEffects(reviewed.context, [
      {
        type: 'submitted',
        versionId: 'v3',
        on: '2026-05-20',
        requestedAnswerOn: null,
        earliestAnswerOn: '2026-05-27',
        warning: null,
      },
    ]);
    expect(resubmitted.review).toBeNull();
    expect(resubmitted.deliberation).toBeNull();
  });

  it('writes status changes and steps that keep the status as different timeline kinds', () => {
    expect(DOCUMENT_EVENT_LABELS.status_changed).toBe('状态变更');
    expect(DOCUMENT_EVENT_LABELS.workflow_step).toBe('流程记录');
  });
});

describe('buttons and states for the UI', () => {
  it('lists the events of a state with their labels', () => {
    expect(allowedEvents(admin, 'drafting')).toEqual([
      { type: 'SUBMIT', label: '送审', blockedReason: null },
      { type: 'RECORD_PROCEDURE', label: '登记起草程序', blockedReason: null },
    ]);
    expect(allowedEvents(admin, 'submitted').map((event) => event.label)).toEqual([
      '受理并开始审核',
      '退回补正',
    ]);
    expect(allowedEvents(admin, 'issued').map((event) => event.type)).toEqual([
      'SUBMIT_FILING',
      'RECORD_FILING_RESULT',
      'ENTER_INTO_FORCE',
      'OPEN_REVISION',
    ]);
    expect(allowedEvents(admin, 'repealed')).toEqual([]);
  });

  it('greys out a button whose preconditions fail, with the reason', () => {
    const submitted = pointAt(admin, 'submitted');
    const incomplete = { ...submitted.context, materials: materials('admin_normative', ['legal_basis']) };
    const [start] = allowedEvents(admin, 'submitted', incomplete);
    expect(start?.blockedReason).toContain('尚缺：制定依据');
    expect(allowedEvents(admin, 'submitted', submitted.context)[0]?.blockedReason).toBeNull();

    const issued = pointAt(admin, 'issued');
    const buttons = allowedEvents(admin, 'issued', issued.context);
    expect(buttons.find((event) => event.type === 'RECORD_FILING_RESULT')?.blockedReason).toContain(
      '尚未报送备案',
    );
    expect(buttons.find((event) => event.type === 'SUBMIT_FILING')?.blockedReason).toBeNull();

    const major = workflowMachine('major_decision', env);
    const [submit, record] = allowedEvents(major, 'drafting', pointAt(major, 'drafting').context);
    expect(submit?.blockedReason).toContain('公众参与');
    expect(record).toEqual({ type: 'RECORD_PROCEDURE', label: '记录决策程序', blockedReason: null });
  });

  it('lists each machine’s states in lifecycle order with Chinese labels', () => {
    expect(machineStates(admin).map((state) => state.label)).toEqual([
      '起草',
      '送审',
      '审核中',
      '退回补正',
      '审核完成',
      '集体审议',
      '印发',
      '已备案',
      '有效',
      '失效',
      '废止',
    ]);
    // No step ends a document by hand: 届满, 废止 and 宣布失效 are its computed lifecycle. From 有效 only a
    // cleanup decision to amend (启动修改) leads back to 起草; 失效 and 废止 stay for records kept before.
    // Filing goes on once in force (施行 follows the 施行日期), without leaving 有效.
    expect(
      machineStates(admin)
        .filter((state) => state.final)
        .map((state) => state.id),
    ).toEqual(['expired', 'repealed']);
    expect(Object.keys(admin.states.in_force?.on ?? {})).toEqual([
      'SUBMIT_FILING',
      'RECORD_FILING_RESULT',
      'OPEN_REVISION',
    ]);
    expect(machineStates(workflowMachine('major_decision', env)).map((state) => state.id)).not.toContain(
      'filed',
    );
    expect(machineStates(workflowMachine('contract', env)).map((state) => state.label)).toEqual([
      '起草',
      '送审',
      '审核中',
      '退回补正',
      '审核完成',
    ]);
    expect(machineStates(workflowMachine('disclosure', env))).toHaveLength(5);
  });
});

describe('guard bookkeeping', () => {
  it('every guard of every machine belongs to exactly one test group', () => {
    const grouped = Object.values(GUARD_GROUPS).flat();
    expect(new Set(grouped).size).toBe(grouped.length);
    const used = new Set<string>();
    for (const kind of DOCUMENT_KINDS) for (const id of guardIds(workflowMachine(kind, env))) used.add(id);
    const filingMajor = machineWith('major_decision', (profile) => {
      profile.filing.major_decision = { ...profile.filing.admin_normative };
      profile.filingOutcomes.major_decision = profile.filingOutcomes.admin_normative;
    });
    for (const id of guardIds(filingMajor)) used.add(id);
    expect([...used].sort()).toEqual([...grouped].sort());
  });
});
