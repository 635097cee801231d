import { describe, expect, it } from 'vitest';
import { BUNDLED_HOLIDAYS } from '../../../../src/shared/domain/calendar';
import { addDays } from '../../../../src/shared/domain/calendar/isoDate';
import { workingDaysBetween } from '../../../../src/shared/domain/calendar/workingDays';
import {
  clockText,
  countWorkingDays,
  combineFilingResults,
  isLateFiling,
  readClock,
  resultOfState,
} from '../../../../src/shared/domain/filingRegister';

describe('combining the recipients’ filing results', () => {
  it('is filed only when every recipient registered the document', () => {
    expect(combineFilingResults(['filed', 'filed'])).toBe('filed');
    expect(combineFilingResults(['filed', 'correction'])).toBe('correction');
    expect(combineFilingResults(['correction', 'refused', 'filed'])).toBe('refused');
  });

  it('has no result while one recipient has not answered, or when nothing was sent', () => {
    expect(combineFilingResults(['filed', null])).toBeNull();
    expect(combineFilingResults([])).toBeNull();
  });

  it('reads a result from settled states only', () => {
    expect(resultOfState('awaiting')).toBeNull();
    expect(resultOfState('superseded')).toBeNull();
    expect(resultOfState('correction')).toBe('correction');
  });
});

describe('late filing and the clocks', () => {
  it('counts the last day of the period as in time', () => {
    expect(isLateFiling('2026-10-08', '2026-10-08')).toBe(false);
    expect(isLateFiling('2026-10-09', '2026-10-08')).toBe(true);
  });

  it('reads working days left over the National Day holiday (2026-10-01…07, 10-10 a make-up day)', () => {
    // From Wednesday 09-30 to Friday 10-09: only 10-08 and 10-09 are working days.
    expect(readClock('2026-10-09', '2026-09-30', BUNDLED_HOLIDAYS)).toEqual({
      workingDaysLeft: 2,
      overdue: false,
    });
    // The make-up Saturday 10-10 counts as a working day.
    expect(readClock('2026-10-12', '2026-10-09', BUNDLED_HOLIDAYS).workingDaysLeft).toBe(2);
  });

  it('says overdue once the due day is behind today, even over a weekend', () => {
    const overdue = readClock('2026-05-15', '2026-05-19', BUNDLED_HOLIDAYS);
    expect(overdue).toEqual({ workingDaysLeft: -2, overdue: true });
    expect(clockText(overdue)).toBe('已逾期 2 个工作日');
    // Friday due, read on Sunday: no working day has passed, yet it is overdue.
    const weekend = readClock('2026-05-15', '2026-05-17', BUNDLED_HOLIDAYS);
    expect(weekend.overdue).toBe(true);
    expect(clockText(weekend)).toBe('已逾期');
    expect(clockText(readClock('2026-05-15', '2026-05-15', BUNDLED_HOLIDAYS))).toBe('今日到期');
  });
});

describe('counting working days without walking each day', () => {
  it('agrees with the day-by-day count across holidays, make-up days, year ends and years without data', () => {
    const starts = ['2025-12-20', '2026-01-01', '2026-04-30', '2026-09-18', '2026-10-10', '2019-02-02'];
    for (const start of starts) {
      for (const span of [0, 1, 2, 5, 6, 7, 13, 30, 45, 100, 400, 3000]) {
        const end = addDays(start, span);
        expect(countWorkingDays(start, end, BUNDLED_HOLIDAYS), `${start} → ${end}`).toBe(
          workingDaysBetween(start, end, BUNDLED_HOLIDAYS),
        );
        expect(countWorkingDays(end, start, BUNDLED_HOLIDAYS)).toBe(
          workingDaysBetween(end, start, BUNDLED_HOLIDAYS),
        );
      }
    }
  });
});
