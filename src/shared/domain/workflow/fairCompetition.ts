import { FAIR_COMPETITION_CONCLUSION_LABELS } from '../fairCompetition';
import type { Guard } from './types';

/**
 * 公平竞争审查 (公平竞争审查条例, RULES.md §1.6a): a document that touches the economic activity of market
 * parties goes to 集体审议 only once the review's conclusion is recorded, and is not issued (不得出台,
 * 第十八条) when the review found it non-compliant.
 */

export const fairCompetitionReviewed: Guard<'RECORD_DELIBERATION'> = {
  id: 'fair_competition_reviewed',
  contextOnly: true,
  check: (_event, context) => {
    // Kinds without a 公平竞争审查 in their materials (党内规范性文件) are not held here.
    const applies = context.materials.some((check) => check.kind === 'fair_competition');
    if (!applies || !context.touchesBusiness || context.fairCompetition) return null;
    const why = context.touchesBusinessSuggested
      ? '预审发现文件涉及市场主体经济活动（市场准入、政府采购、补贴奖励或资质资格等内容），尚未回答是否涉及'
      : '文件涉及市场主体经济活动';
    return `${why}：提交集体审议前应当完成公平竞争审查并登记审查结论（公平竞争审查条例第十八条），尚未登记公平竞争审查。`;
  },
};

export const fairCompetitionAllowsIssue: Guard<'ISSUE'> = {
  id: 'fair_competition_allows_issue',
  contextOnly: true,
  check: (_event, context) =>
    context.touchesBusiness && context.fairCompetition?.conclusion === 'non_compliant'
      ? `公平竞争审查结论为“${FAIR_COMPETITION_CONCLUSION_LABELS.non_compliant}”：审查认为违反公平竞争审查标准且不适用例外规定的，不得出台（公平竞争审查条例第十八条）。请修改文件后重新进行公平竞争审查。`
      : null,
};
