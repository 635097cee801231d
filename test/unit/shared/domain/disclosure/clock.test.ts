import { describe, expect, it } from 'vitest';
import { BUNDLED_HOLIDAYS } from '../../../../../src/shared/domain/calendar/holidayTable';
import {
  extensionProblem,
  proactiveClock,
  replyClock,
} from '../../../../../src/shared/domain/disclosure/clock';
import { DEFAULT_DISCLOSURE_RULE } from '../../../../../src/shared/domain/disclosure/rule';
import { defaultRuleProfile } from '../../../../../src/shared/domain/builtinRuleProfiles';

const rule = DEFAULT_DISCLOSURE_RULE;
const request = { receivedOn: '2026-04-30', extensionDays: 0, consultations: [], answeredOn: null };

describe('政府信息公开 reply clock (条例第三十三条)', () => {
  it('20 working days after receipt on the 2026 calendar (劳动节 05-01…05-05, make-up 05-09)', () => {
    const clock = replyClock(request, rule, '2026-05-06', BUNDLED_HOLIDAYS);
    expect(clock).toMatchObject({ statutoryDueOn: '2026-06-01', dueOn: '2026-06-01', state: 'running' });
    expect(clock.workingDaysLeft).toBe(19);
    expect(clock.warnings).toEqual([]);
  });

  it('leaves the working days of a third-party consultation out of the count (第三十二条)', () => {
    const clock = replyClock(
      { ...request, consultations: [{ fromOn: '2026-05-11', toOn: '2026-05-17' }] },
      rule,
      '2026-05-06',
      BUNDLED_HOLIDAYS,
    );
    // 05-11…05-15 are five working days; the weekend inside the period changes nothing.
    expect(clock).toMatchObject({
      statutoryDueOn: '2026-06-01',
      dueOn: '2026-06-08',
      excludedWorkingDays: 5,
    });
  });

  it('adds an approved extension and reports the state once answered or overdue', () => {
    const extended = replyClock({ ...request, extensionDays: 20 }, rule, '2026-06-02', BUNDLED_HOLIDAYS);
    expect(extended.dueOn > '2026-06-26').toBe(true);
    expect(extended.state).toBe('running');
    expect(replyClock(request, rule, '2026-06-02', BUNDLED_HOLIDAYS).state).toBe('overdue');
    expect(replyClock(request, rule, '2026-06-02', BUNDLED_HOLIDAYS).workingDaysLeft).toBe(-1);
    expect(
      replyClock({ ...request, answeredOn: '2026-05-29' }, rule, '2026-06-02', BUNDLED_HOLIDAYS).state,
    ).toBe('done');
    expect(
      replyClock({ ...request, answeredOn: '2026-06-03' }, rule, '2026-06-05', BUNDLED_HOLIDAYS).state,
    ).toBe('done_late');
    expect(replyClock(request, rule, '2026-05-27', BUNDLED_HOLIDAYS).state).toBe('due_soon');
  });

  it('counts the consultation days only when the profile excludes them', () => {
    const counted = { ...rule, consultationExcluded: { ...rule.consultationExcluded, excluded: false } };
    const clock = replyClock(
      { ...request, consultations: [{ fromOn: '2026-05-11', toOn: '2026-05-15' }] },
      counted,
      '2026-05-06',
      BUNDLED_HOLIDAYS,
    );
    expect(clock.dueOn).toBe('2026-06-01');
  });

  it('refuses an extension longer than the profile allows', () => {
    expect(extensionProblem(20, rule)).toBeNull();
    expect(extensionProblem(21, rule)).toContain('最长不得超过 20 个工作日');
  });

  it('warns when the period runs into a year without holiday data', () => {
    const clock = replyClock({ ...request, receivedOn: '2099-12-20' }, rule, '2099-12-20', BUNDLED_HOLIDAYS);
    expect(clock.warnings.map((warning) => warning.year)).toContain(2100);
  });
});

describe('主动公开 of an issued normative document (条例第二十六条)', () => {
  it('is due 20 working days after 印发 and overdue afterwards until recorded', () => {
    expect(proactiveClock('2026-04-30', null, rule, '2026-05-06', BUNDLED_HOLIDAYS)).toMatchObject({
      dueOn: '2026-06-01',
      state: 'running',
    });
    expect(proactiveClock('2026-04-30', null, rule, '2026-06-02', BUNDLED_HOLIDAYS).state).toBe('overdue');
    expect(proactiveClock('2026-04-30', '2026-05-08', rule, '2026-06-02', BUNDLED_HOLIDAYS).state).toBe(
      'done',
    );
  });

  it('comes from the profile with its source, and profiles stored before it parse with the default', () => {
    const profile = defaultRuleProfile();
    expect(profile.disclosure.reply.period).toEqual({ count: 20, unit: 'working' });
    expect(profile.disclosure.reply.source.basis).toContain('第三十三条');
    expect(profile.disclosure.proactive.source.basis).toContain('第二十六条');
  });
});
