import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  IsoDateSchema,
  addDays,
  addMonths,
  addYears,
  diffDays,
  fromDayNumber,
  isIsoDate,
  toDayNumber,
  weekday,
} from '../../../../../src/shared/domain/calendar';

describe('ISO dates without time zones', () => {
  it('numbers days from 1970-01-01 and back', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });

  it('round-trips every day number between the years 1900 and 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2200-12-31') }), (day) => {
        expect(toDayNumber(fromDayNumber(day))).toBe(day);
      }),
    );
  });

  it('agrees with UTC Date arithmetic on random dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20000, max: 80000 }), (day) => {
        const viaDate = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(day)).toBe(viaDate);
        expect(weekday(viaDate)).toBe(new Date(day * 86_400_000).getUTCDay());
      }),
    );
  });

  it('knows the weekdays of the 2026 make-up days', () => {
    expect(weekday('2026-05-09')).toBe(6);
    expect(weekday('2026-09-20')).toBe(0);
    expect(weekday('2026-10-10')).toBe(6);
  });

  it('handles month ends and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(diffDays('2026-09-07', '2026-10-07')).toBe(30);
    expect(diffDays('2026-10-07', '2026-09-07')).toBe(-30);
  });

  it('adds months and years, falling back to the last day of a shorter month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-03-15', -6)).toBe('2025-09-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2026-05-01', 5)).toBe('2031-05-01');
  });

  it('accepts only real dates written YYYY-MM-DD', () => {
    for (const good of ['2026-01-01', '2024-02-29', '2000-02-29']) expect(isIsoDate(good)).toBe(true);
    for (const bad of ['2026-02-29', '1900-02-29', '2026-13-01', '2026-1-5', '2026/01/05', '20260105', '']) {
      expect(isIsoDate(bad)).toBe(false);
    }
    const result = IsoDateSchema.safeParse('2026-02-30');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('YYYY-MM-DD');
    expect(() => toDayNumber('2026-02-30')).toThrow(RangeError);
  });
});
