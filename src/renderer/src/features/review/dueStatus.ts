import dayjs from 'dayjs';
import type { ReviewCaseSummary } from '../../../../shared/api';

/** A reminder shows this many working days before the due date (and on it); after it the case is overdue. */
export const DUE_SOON_WORKING_DAYS = 2;

export type DueLevel = 'concluded' | 'overdue' | 'soon' | 'normal';

type DueFacts = Pick<ReviewCaseSummary, 'state' | 'workingDaysLeft' | 'dueOn'>;

/** Today's calendar day on this workstation, as the API writes dates. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}

/**
 * How urgent a case is, from the working days left that the server counted on the holiday calendar. A
 * due date already behind today is overdue even when no working day has passed since (a weekend right
 * after it counts 0 working days), so a reminder never shows after the due date.
 */
export function dueLevel(reviewCase: DueFacts, today: string = todayIso()): DueLevel {
  if (reviewCase.state === 'concluded') return 'concluded';
  if (reviewCase.workingDaysLeft < 0 || reviewCase.dueOn < today) return 'overdue';
  if (reviewCase.workingDaysLeft <= DUE_SOON_WORKING_DAYS) return 'soon';
  return 'normal';
}

/** The words beside the due date: 剩余 n 个工作日, 今日到期, 已超期 n 个工作日. */
export function dueText(
  reviewCase: DueFacts & Pick<ReviewCaseSummary, 'concludedOn'>,
  today: string = todayIso(),
): string {
  if (reviewCase.state === 'concluded') return `已于 ${reviewCase.concludedOn ?? '—'} 作出结论`;
  const left = reviewCase.workingDaysLeft;
  if (left < 0) return `已超期 ${-left} 个工作日`;
  if (reviewCase.dueOn < today) return '已超过审核期限';
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
