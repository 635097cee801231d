import { describe, expect, it } from 'vitest';
import type { WorkflowEvent } from '../../../../../src/shared/domain/workflow';
import { workflowMachine } from '../../../../../src/shared/domain/workflow';
import {
  type Point,
  env,
  expectAllowed,
  expectGroupCovered,
  expectRefused,
  machineWith,
  pointAt,
} from './fixtures';

const withContext = (point: Point, change: Partial<Point['context']>): Point => ({
  ...point,
  context: { ...point.context, ...change },
});

describe.each(['admin_normative', 'party_normative'] as const)('%s: filing and entry into force', (kind) => {
  const machine = workflowMachine(kind, env);
  const issued = pointAt(machine, 'issued');
  const filed = pointAt(machine, 'filed');
  const send: WorkflowEvent = { type: 'SUBMIT_FILING', on: '2026-06-05', recipients: ['本级人民政府'] };
  const registered = kind === 'admin_normative' ? 'REGISTERED' : 'PARTY_PASSED';
  const result = (outcome: string, on = '2026-06-20') =>
    ({ type: 'RECORD_FILING_RESULT', on, outcome }) as WorkflowEvent;
  const submittedOn = (status: 'submitted' | 'filed' | 'refused' | 'correction') =>
    withContext(issued, { filing: { status, submittedOn: '2026-06-05', correctionDueOn: null } });

  it('filing needs issuance, and only one filing may wait for registration at a time', () => {
    expectRefused(
      machine,
      withContext(issued, { issuance: null }),
      send,
      'issued_before_filing',
      '尚未印发公布',
    );
    expectRefused(machine, submittedOn('submitted'), send, 'issued_before_filing', '等待备案审查机关登记');
    expectRefused(machine, submittedOn('refused'), send, 'issued_before_filing', '不能再次报送');
    expectRefused(machine, submittedOn('filed'), send, 'issued_before_filing', '已完成备案');
    expectAllowed(machine, submittedOn('correction'), send);
  });

  it('refuses a filing dated before publication, and marks a late one', () => {
    expectRefused(
      machine,
      issued,
      { ...send, on: '2026-05-20' },
      'filing_not_before_publication',
      '不能早于公布日期',
    );
    const late = expectAllowed(machine, issued, { ...send, on: '2026-06-25' });
    expect(late.effects[0]).toMatchObject({ dueOn: '2026-06-24', late: true });
    expect(late.timeline.description).toContain('已逾期报送');
  });

  it('records a registration result only for a filing sent, from the profile’s outcome set', () => {
    expectRefused(machine, issued, result(registered), 'filing_awaiting_result', '尚未报送备案');
    const waiting = submittedOn('submitted');
    const foreign = kind === 'admin_normative' ? 'PARTY_PASSED' : 'REGISTERED';
    expectRefused(machine, waiting, result(foreign), 'filing_outcome_in_profile', '不是');
    expectRefused(
      machine,
      waiting,
      result(registered, '2026-06-01'),
      'filing_outcome_in_profile',
      '不能早于报送日期',
    );
    expect(expectAllowed(machine, waiting, result(registered)).state).toBe('filed');
  });

  it('starts the correction period from the profile on 暂缓/不予备案通过, and refuses for good on 不予备案登记', () => {
    const waiting = submittedOn('submitted');
    const correction = kind === 'admin_normative' ? 'DEFERRED' : 'PARTY_NOT_PASSED';
    const corrected = expectAllowed(machine, waiting, result(correction, '2026-06-10'));
    // 15 days (暂缓) → 06-25; 30 days (纠正) → 07-10 (calendar days, rest-day rule)
    const due = kind === 'admin_normative' ? '2026-06-25' : '2026-07-10';
    expect(corrected.effects[0]).toMatchObject({ result: 'correction', correctionDueOn: due });
    expect(corrected.state).toBe('issued');
    if (kind === 'admin_normative') {
      expect(expectAllowed(machine, waiting, result('NOT_REGISTERED')).effects[0]).toMatchObject({
        result: 'refused',
      });
    } else {
      expect(expectAllowed(machine, waiting, result('PARTY_REMINDER')).effects[0]).toMatchObject({
        writtenReminder: true,
      });
    }
  });

  it('enters into force on the 施行日, not before', () => {
    expectRefused(
      machine,
      filed,
      { type: 'ENTER_INTO_FORCE', on: '2026-06-30' },
      'effective_date_reached',
      '尚未到施行日',
    );
    expectRefused(
      machine,
      withContext(filed, { issuance: null }),
      { type: 'ENTER_INTO_FORCE', on: '2026-07-01' },
      'effective_date_reached',
      '尚未印发公布',
    );
    expect(expectAllowed(machine, filed, { type: 'ENTER_INTO_FORCE', on: '2026-07-01' }).state).toBe(
      'in_force',
    );
  });

  it('refused every filing guard of this kind', () => {
    expectGroupCovered('filing', kind);
  });
});

describe('重大行政决策 without filing (national profile)', () => {
  const machine = workflowMachine('major_decision', env);

  it('goes from 公布 straight to 施行 on the 施行日', () => {
    const issued = pointAt(machine, 'issued');
    expectRefused(
      machine,
      issued,
      { type: 'ENTER_INTO_FORCE', on: '2026-06-01' },
      'effective_date_reached',
      '尚未到施行日',
    );
    expect(() =>
      expectAllowed(machine, issued, { type: 'SUBMIT_FILING', on: '2026-06-05', recipients: ['市政府'] }),
    ).toThrow('不能报送备案');
  });

  it('files when a local profile requires it', () => {
    const filing = machineWith('major_decision', (profile) => {
      profile.filing.major_decision = { ...profile.filing.admin_normative };
      profile.filingOutcomes.major_decision = profile.filingOutcomes.admin_normative;
    });
    const issued = pointAt(filing, 'issued');
    expect(
      expectAllowed(filing, issued, { type: 'SUBMIT_FILING', on: '2026-06-05', recipients: ['市政府'] })
        .state,
    ).toBe('issued');
    expectRefused(
      filing,
      issued,
      { type: 'SUBMIT_FILING', on: '2026-05-01', recipients: ['市政府'] },
      'filing_not_before_publication',
      '不能早于公布日期',
    );
    expectRefused(
      filing,
      issued,
      { type: 'RECORD_FILING_RESULT', on: '2026-06-20', outcome: 'REGISTERED' },
      'filing_awaiting_result',
      '尚未报送备案',
    );
    expectRefused(
      filing,
      withContext(issued, { issuance: null }),
      { type: 'SUBMIT_FILING', on: '2026-06-05', recipients: ['市政府'] },
      'issued_before_filing',
      '尚未印发',
    );
    const waiting = withContext(issued, {
      filing: { status: 'submitted', submittedOn: '2026-06-05', correctionDueOn: null },
    });
    expectRefused(
      filing,
      waiting,
      { type: 'RECORD_FILING_RESULT', on: '2026-06-20', outcome: 'PARTY_PASSED' },
      'filing_outcome_in_profile',
      '不是',
    );
  });

  it('refused every filing guard of 重大行政决策', () => {
    expectGroupCovered('filing', 'major_decision');
  });
});
