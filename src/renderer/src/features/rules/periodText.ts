import type { PeriodUnit } from '../../../../shared/domain/calendar/deadline';

/** How a period is counted (RULES.md §10), spelled out beside every filing and correction period. */
export function countingRule(unit: PeriodUnit): string {
  return unit === 'working'
    ? '按工作日计算，起算日不计入，不含休息日和法定节假日'
    : '按自然日计算，起算日不计入，期满日为休息日的顺延至下一个工作日';
}
