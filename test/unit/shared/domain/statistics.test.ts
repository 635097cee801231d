import { describe, expect, test } from 'vitest';
import { BUNDLED_HOLIDAYS } from '../../../../src/shared/domain/calendar/holidayTable';
import { workingDaysBetween } from '../../../../src/shared/domain/calendar/workingDays';
import {
  computeStatistics,
  formatRate,
  median,
  percentile,
  periodRange,
  type StatsFacts,
} from '../../../../src/shared/domain/statistics';

const NONE: StatsFacts = {
  documents: [],
  reviews: [],
  issuances: [],
  submissions: [],
  dispositions: [],
  signoffs: [],
};

describe('periods', () => {
  test('a year and each quarter, leap February included', () => {
    expect(periodRange({ year: 2026 })).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodRange({ year: 2028, quarter: 1 })).toEqual({ from: '2028-01-01', to: '2028-03-31' });
    expect(periodRange({ year: 2026, quarter: 3 })).toEqual({ from: '2026-07-01', to: '2026-09-30' });
  });
});

describe('median and 90th percentile', () => {
  test('nearest rank for the percentile, the mean of the middle two for an even median', () => {
    expect(median([])).toBeNull();
    expect(percentile([], 0.9)).toBeNull();
    expect(median([1, 2, 9])).toBe(2);
    expect(median([1, 2, 3, 9])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.9)).toBe(10);
    expect(percentile([4], 0.9)).toBe(4);
  });
});

describe('rates', () => {
  test('a zero denominator is “—”, never NaN', () => {
    const stats = computeStatistics({ year: 2026 }, NONE, BUNDLED_HOLIDAYS, '2026-12-01');
    expect(stats.filings.filingRate.value).toBeNull();
    expect(formatRate(stats.filings.timelyRate.value)).toBe('—');
    expect(formatRate(2 / 3)).toBe('66.7%');
    expect(formatRate(1)).toBe('100.0%');
  });

  test('filed on the deadline day is on time, the next day is late; a 暂缓 is neither 规范 nor missing', () => {
    const issued = (documentId: string) => ({
      documentId,
      publishedOn: '2026-09-07',
      filingDueOn: '2026-10-08',
    });
    const sent = (documentId: string, sentOn: string, state: 'filed' | 'superseded', round = 1) => ({
      documentId,
      round,
      sentOn,
      dueOn: '2026-10-08',
      state,
    });
    const stats = computeStatistics(
      { year: 2026 },
      {
        ...NONE,
        issuances: [issued('a'), issued('b'), issued('c'), { ...issued('x'), publishedOn: '2025-12-31' }],
        submissions: [
          sent('a', '2026-10-08', 'filed'),
          sent('b', '2026-10-09', 'superseded'),
          { ...sent('b', '2026-10-20', 'filed', 2), dueOn: '2026-10-31' },
          sent('x', '2026-01-05', 'filed'),
        ],
      },
      BUNDLED_HOLIDAYS,
      '2026-12-01',
    );
    expect(stats.filings.shouldFile.documentIds).toEqual(['a', 'b', 'c']);
    expect(stats.filings.filed.documentIds).toEqual(['a', 'b']);
    expect(stats.filings.onTime.documentIds).toEqual(['a']);
    expect(stats.filings.registeredClean.documentIds).toEqual(['a']);
    expect(stats.filings.correctionsRequested.documentIds).toEqual(['b']);
    expect(stats.filings.correctionsDone.documentIds).toEqual(['b']);
  });
});

describe('reviews', () => {
  test('working days on the holiday calendar; open past the due day counts as over it', () => {
    const review = (documentId: string, concludedOn: string | null) => ({
      documentId,
      reviewerId: 'r1',
      reviewerName: '王审核',
      materialsCompleteOn: '2026-04-30',
      receivedOn: '2026-04-30',
      dueOn: '2026-05-11',
      conclusion: concludedOn ? 'LAWFUL' : null,
      conclusionLabel: concludedOn ? '合法' : null,
      concludedOn,
    });
    const stats = computeStatistics(
      { year: 2026 },
      // 05-01…05-05 are holidays and 05-09 (Saturday) a make-up working day (RULES.md §10).
      { ...NONE, reviews: [review('a', '2026-05-11'), review('b', '2026-05-12'), review('c', null)] },
      BUNDLED_HOLIDAYS,
      '2026-06-01',
    );
    expect(stats.reviews.medianWorkingDays).toBe(5.5);
    expect(stats.reviews.p90WorkingDays).toBe(6);
    expect(stats.reviews.overdue.documentIds).toEqual(['b', 'c']);
    expect(stats.reviews.byOutcome).toEqual([
      { key: 'outcome:LAWFUL', label: '合法', count: 2, documentIds: ['a', 'b'] },
    ]);
    expect(stats.reviews.byReviewer.map((figure) => [figure.label, figure.count])).toEqual([['王审核', 3]]);
  });
});

describe('working days per review', () => {
  test('agree with the calendar’s own count across holidays, make-up days and the turn of a year', () => {
    const spans = [
      ['2026-04-30', '2026-05-11'],
      ['2026-09-18', '2026-10-08'],
      ['2025-12-30', '2026-01-05'],
      ['2026-06-01', '2026-06-01'],
    ] as const;
    const stats = computeStatistics(
      { year: 2026 },
      {
        ...NONE,
        reviews: spans.map(([from, to], index) => ({
          documentId: `d${index}`,
          reviewerId: 'r1',
          reviewerName: '王审核',
          materialsCompleteOn: from,
          receivedOn: from,
          dueOn: to,
          conclusion: 'LAWFUL',
          conclusionLabel: '合法',
          concludedOn: to,
        })),
      },
      BUNDLED_HOLIDAYS,
      '2026-12-01',
    );
    const expected = spans
      .map(([from, to]) => workingDaysBetween(from, to, BUNDLED_HOLIDAYS))
      .sort((a, b) => a - b);
    // 12-31, then 01-01…01-03 off and Sunday 01-04 a make-up working day, then 01-05: 3.
    expect(expected).toEqual([0, 3, 5, 9]);
    expect(stats.reviews.medianWorkingDays).toBe(4);
    expect(stats.reviews.p90WorkingDays).toBe(9);
  });
});
