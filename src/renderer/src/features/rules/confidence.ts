import type { RuleConfidence } from '../../../../shared/domain/ruleCodes';

/**
 * The short tag shown beside a rule value. M (from memory, not checked against the text) is drawn in the
 * warning colour so that an administrator sees at a glance which numbers still need checking.
 */
export const CONFIDENCE_TAGS: Record<RuleConfidence, { text: string; color: string }> = {
  P: { text: 'P 原文确认', color: 'green' },
  W: { text: 'W 转载文本', color: 'blue' },
  L: { text: 'L 地方规定', color: 'cyan' },
  S: { text: 'S 二手资料', color: 'geekblue' },
  M: { text: 'M 待核实', color: 'warning' },
  local: { text: '本地设置', color: 'purple' },
};

export function needsChecking(confidence: RuleConfidence): boolean {
  return confidence === 'M';
}
