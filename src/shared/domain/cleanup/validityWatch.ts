import { addDays, addMonths, diffDays, type IsoDate } from '../calendar/isoDate';
import { ENDED_STATES, expiredWithoutDecision, type Lifecycle } from './lifecycle';

/**
 * The validity watch (有效期监测, RULES.md §1.9): which issued documents need attention, read from
 * their computed lifecycles. Pure: the service gives it the lifecycles of today.
 */

export const VALIDITY_VIEWS = ['expiring', 'expired_undecided', 'ended', 'all'] as const;
export type ValidityView = (typeof VALIDITY_VIEWS)[number];

export const VALIDITY_VIEW_LABELS: Record<ValidityView, string> = {
  expiring: '即将到期',
  expired_undecided: '到期未处理',
  ended: '已失效',
  all: '全部',
};

/**
 * A latest 有效期至 a document of the view can have on `today`, for narrowing the query: expiring
 * documents end within the window (a few days' margin: month ends make `addMonths` uneven, and the
 * window is counted back from the 有效期 as the lifecycle counts it), expired ones before today.
 * Null: no bound.
 */
export function validUntilBound(view: ValidityView, today: IsoDate, months: number): IsoDate | null {
  if (view === 'expiring') return addDays(addMonths(today, months), 3);
  if (view === 'expired_undecided') return addDays(today, -1);
  return null;
}

/** Whether a lifecycle belongs in the view on `today` (`months`: the 即将到期 window). */
export function inValidityView(
  view: ValidityView,
  lifecycle: Lifecycle,
  today: IsoDate,
  months: number,
): boolean {
  switch (view) {
    case 'expiring':
      // Still in force (or under revision) and within `months` of its last day, counted back from
      // the 有效期 as computeLifecycle counts the reminder: with the profile's months, exactly 即将到期.
      return (
        !ENDED_STATES.includes(lifecycle.state) &&
        lifecycle.validUntil !== null &&
        lifecycle.validUntil >= today &&
        addMonths(lifecycle.validUntil, -months) <= today
      );
    case 'expired_undecided':
      return expiredWithoutDecision(lifecycle);
    case 'ended':
      return ENDED_STATES.includes(lifecycle.state);
    case 'all':
      return true;
  }
}

/** Calendar days from `today` to the last day in force: 0 on that day, negative once expired. */
export function daysLeft(lifecycle: Lifecycle, today: IsoDate): number | null {
  return lifecycle.validUntil === null ? null : diffDays(today, lifecycle.validUntil);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The order that puts what matters first: the soonest (or longest overdue) 有效期 first; ended
 * documents by the day they ended, latest first; documents without 有效期 last.
 */
export function compareForView(view: ValidityView) {
  return (
    a: { lifecycle: Lifecycle; documentId: string },
    b: { lifecycle: Lifecycle; documentId: string },
  ): number => {
    if (view === 'ended') {
      return compare(b.lifecycle.since ?? '', a.lifecycle.since ?? '') || compare(a.documentId, b.documentId);
    }
    const left = a.lifecycle.validUntil;
    const right = b.lifecycle.validUntil;
    if (left !== right) {
      if (left === null) return 1;
      if (right === null) return -1;
      return compare(left, right);
    }
    return compare(a.documentId, b.documentId);
  };
}

/** The reminder rule in words: 有效期届满前6个月开始评估. */
export function reminderText(months: number): string {
  return `有效期届满前${months}个月开始评估`;
}

/** A term in words: 5年, or 一般2年、最长3年 when the default is shorter than the maximum. */
export function termText(term: { defaultYears: number; maxYears: number }): string {
  return term.defaultYears === term.maxYears
    ? `${term.maxYears}年`
    : `一般${term.defaultYears}年、最长${term.maxYears}年`;
}

/** The profile's terms in words: 一般规范性文件5年；名称冠以“暂行”“试行”的2年；名称为“通告”的1年. */
export function termsText(validity: {
  general: { defaultYears: number; maxYears: number };
  provisional: { titleContains: string[]; term: { defaultYears: number; maxYears: number } };
  notice: { titleEndsWith: string[]; term: { defaultYears: number; maxYears: number } };
}): string {
  const quoted = (words: string[]) => words.map((word) => `“${word}”`).join('');
  return [
    `一般规范性文件${termText(validity.general)}`,
    `名称冠以${quoted(validity.provisional.titleContains)}的${termText(validity.provisional.term)}`,
    `名称为${quoted(validity.notice.titleEndsWith)}的${termText(validity.notice.term)}`,
  ].join('；');
}
