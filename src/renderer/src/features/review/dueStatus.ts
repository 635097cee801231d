import type { ReviewCaseSummary } from '../../../../shared/api';

/** A reminder shows this many working days before the due date (and on it); after it the case is overdue. */
export const DUE_SOON_WORKING_DAYS = 2;

export type DueLevel = 'concluded' | 'overdue' | 'soon' | 'normal';

/** How urgent a case is, from the working days left that the server counted on the holiday calendar. */
export function dueLevel(reviewCase: Pick<ReviewCaseSummary, 'state' | 'workingDaysLeft'>): DueLevel {
  if (reviewCase.state === 'concluded') return 'concluded';
  if (reviewCase.workingDaysLeft < 0) return 'overdue';
  if (reviewCase.workingDaysLeft <= DUE_SOON_WORKING_DAYS) return 'soon';
  return 'normal';
}

/** The words beside the due date: 剩余 n 个工作日, 今日到期, 已超期 n 个工作日. */
export function dueText(reviewCase: Pick<ReviewCaseSummary, 'state' | 'workingDaysLeft' | 'concludedOn'>) {
  if (reviewCase.state === 'concluded') return `已于 ${reviewCase.concludedOn ?? '—'} 作出结论`;
  const left = reviewCase.workingDaysLeft;
  if (left < 0) return `已超期 ${-left} 个工作日`;
  if (left === 0) return '今日到期';
  return `剩余 ${left} 个工作日`;
}

export const CASE_STATE_LABELS: Record<ReviewCaseSummary['state'], string> = {
  open: '审核中',
  concluded: '已作出结论',
};

/** Deduplicated calendar warnings (e.g. a year without holiday data) across the cases shown. */
export function calendarWarnings(cases: readonly Pick<ReviewCaseSummary, 'dueWarnings'>[]): string[] {
  return [
    ...new Set(cases.flatMap((reviewCase) => reviewCase.dueWarnings.map((warning) => warning.message))),
  ];
}
