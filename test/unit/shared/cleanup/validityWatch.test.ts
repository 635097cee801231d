import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src/shared/domain/calendar/isoDate';
import { computeLifecycle, type LifecycleIssuance } from '../../../../src/shared/domain/cleanup/lifecycle';
import {
  compareForView,
  daysLeft,
  inValidityView,
  reminderText,
  termsText,
  validUntilBound,
} from '../../../../src/shared/domain/cleanup/validityWatch';

const issuance = (validUntil: string | null): LifecycleIssuance => ({
  docNumber: '某统〔2024〕1号',
  publishedOn: '2024-01-02',
  effectiveOn: '2024-01-02',
  validUntil,
});

describe('the 即将到期 view', () => {
  // Month ends are where counting six months forward from today and back from the 有效期 differ.
  it.each(['2028-03-31', '2028-02-29', '2027-08-31', '2027-12-31', '2028-06-15'])(
    'with the reminder months holds exactly the documents in the 即将到期 state (有效期至 %s)',
    (validUntil) => {
      for (let offset = -200; offset <= 3; offset++) {
        const today = addDays(validUntil, offset);
        const lifecycle = computeLifecycle(issuance(validUntil), [], today, 6);
        const inView = inValidityView('expiring', lifecycle, today, 6);
        expect(inView, today).toBe(lifecycle.state === 'expiring');
        // The query's bound never leaves out a document of the view.
        if (inView) expect(validUntil <= (validUntilBound('expiring', today, 6) ?? ''), today).toBe(true);
      }
    },
  );

  it('widens with more months and never holds documents without 有效期 or already ended', () => {
    const today = '2027-09-01';
    const soon = computeLifecycle(issuance('2028-03-31'), [], today, 6);
    expect(inValidityView('expiring', soon, today, 6)).toBe(false);
    expect(inValidityView('expiring', soon, today, 7)).toBe(true);
    const endless = computeLifecycle(issuance(null), [], today, 6);
    expect(inValidityView('expiring', endless, today, 60)).toBe(false);
    expect(inValidityView('all', endless, today, 6)).toBe(true);
    const repealed = computeLifecycle(
      issuance('2028-03-31'),
      [{ docNumber: '某统〔2024〕1号', event: 'repealed', decidedOn: '2027-08-01' }],
      today,
      6,
    );
    expect(inValidityView('expiring', repealed, today, 12)).toBe(false);
    expect(inValidityView('ended', repealed, today, 6)).toBe(true);
    expect(inValidityView('expired_undecided', repealed, today, 6)).toBe(false);
  });
});

describe('days left and order', () => {
  it('counts calendar days to the last day in force', () => {
    const lifecycle = computeLifecycle(issuance('2028-03-31'), [], '2028-03-01', 6);
    expect(daysLeft(lifecycle, '2028-03-01')).toBe(30);
    expect(daysLeft(lifecycle, '2028-03-31')).toBe(0);
    expect(daysLeft(lifecycle, '2028-04-02')).toBe(-2);
    expect(daysLeft(computeLifecycle(issuance(null), [], '2028-03-01', 6), '2028-03-01')).toBeNull();
  });

  it('puts the soonest 有效期 first and documents without one last; ended ones latest first', () => {
    const row = (documentId: string, validUntil: string | null, today: string) => ({
      documentId,
      lifecycle: computeLifecycle(issuance(validUntil), [], today, 6),
    });
    const rows = [
      row('c', null, '2030-01-01'),
      row('b', '2029-06-30', '2030-01-01'),
      row('a', '2028-03-31', '2030-01-01'),
    ];
    expect([...rows].sort(compareForView('all')).map((r) => r.documentId)).toEqual(['a', 'b', 'c']);
    expect(
      [...rows]
        .filter((r) => r.lifecycle.state === 'expired')
        .sort(compareForView('ended'))
        .map((r) => r.documentId),
    ).toEqual(['b', 'a']);
  });
});

describe('the rule in words', () => {
  it('states the reminder and the terms as a user reads them', () => {
    expect(reminderText(6)).toBe('有效期届满前6个月开始评估');
    expect(
      termsText({
        general: { defaultYears: 5, maxYears: 5 },
        provisional: { titleContains: ['暂行', '试行'], term: { defaultYears: 2, maxYears: 2 } },
        notice: { titleEndsWith: ['通告'], term: { defaultYears: 1, maxYears: 3 } },
      }),
    ).toBe('一般规范性文件5年；名称冠以“暂行”“试行”的2年；名称为“通告”的一般1年、最长3年');
  });
});
