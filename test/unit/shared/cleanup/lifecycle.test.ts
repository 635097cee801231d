import { describe, expect, it } from 'vitest';
import {
  computeLifecycle,
  expiredWithoutDecision,
  type LifecycleEventFact,
  type LifecycleIssuance,
} from '../../../../src/shared/domain/cleanup/lifecycle';

const issuance: LifecycleIssuance = {
  docNumber: '区统规〔2024〕1号',
  publishedOn: '2024-03-01',
  effectiveOn: '2024-04-01',
  validUntil: '2026-03-31',
};
const on = (today: string, events: LifecycleEventFact[] = []) => computeLifecycle(issuance, events, today, 6);

describe('computeLifecycle', () => {
  it('is pending before the effective date and in force from it', () => {
    expect(on('2024-03-31').state).toBe('pending');
    expect(on('2024-04-01').state).toBe('in_force');
  });

  it('reminds from six months before expiry', () => {
    expect(on('2025-09-29').state).toBe('in_force');
    expect(on('2025-09-30')).toMatchObject({ state: 'expiring', reminderFrom: '2025-09-30' });
  });

  it('is in force on the last day of its validity and expired the day after', () => {
    expect(on('2026-03-30').state).toBe('expiring');
    expect(on('2026-03-31').state).toBe('expiring');
    expect(on('2026-04-01')).toMatchObject({
      state: 'expired',
      since: '2026-04-01',
      label: '已失效（有效期届满）',
    });
  });

  it('ends on the decision date of a repeal or a declaration of invalidity', () => {
    const repeal: LifecycleEventFact = {
      docNumber: issuance.docNumber,
      event: 'repealed',
      decidedOn: '2025-06-10',
    };
    expect(on('2025-06-09', [repeal]).state).toBe('in_force');
    expect(on('2025-06-10', [repeal])).toMatchObject({ state: 'repealed', since: '2025-06-10' });
    const invalid: LifecycleEventFact = { ...repeal, event: 'declared_invalid' };
    expect(on('2026-12-01', [invalid]).state).toBe('declared_invalid');
  });

  it('keeps 已失效 when a repeal comes after the validity ran out', () => {
    const late: LifecycleEventFact = {
      docNumber: issuance.docNumber,
      event: 'repealed',
      decidedOn: '2026-05-01',
    };
    expect(on('2026-06-01', [late]).state).toBe('expired');
  });

  it('marks a text under revision as amended until it is issued again', () => {
    const amend: LifecycleEventFact = {
      docNumber: issuance.docNumber,
      event: 'amendment_opened',
      decidedOn: '2025-10-15',
    };
    expect(on('2025-10-16', [amend]).state).toBe('amended');
    const reissued: LifecycleIssuance = {
      docNumber: '区统规〔2025〕9号',
      publishedOn: '2025-12-01',
      effectiveOn: '2026-01-01',
      validUntil: '2030-12-31',
    };
    expect(computeLifecycle(reissued, [amend], '2026-04-01', 6).state).toBe('in_force');
  });

  it('has no expiry without a validity period', () => {
    const open = { ...issuance, validUntil: null };
    expect(computeLifecycle(open, [], '2040-01-01', 6)).toMatchObject({
      state: 'in_force',
      reminderFrom: null,
    });
  });

  it('counts an expiry as undecided unless a decision came within the evaluation window', () => {
    expect(expiredWithoutDecision(on('2026-04-01'))).toBe(true);
    const early: LifecycleEventFact = {
      docNumber: issuance.docNumber,
      event: 'continued',
      decidedOn: '2024-12-01',
    };
    expect(expiredWithoutDecision(on('2026-04-01', [early]))).toBe(true);
    const evaluated = { ...early, decidedOn: '2026-01-15' };
    expect(expiredWithoutDecision(on('2026-04-01', [evaluated]))).toBe(false);
    expect(expiredWithoutDecision(on('2026-03-31'))).toBe(false);
  });
});
