import { blockText, type Block } from './blocks';
import { DOCUMENT_KINDS, type DocumentKind } from './documentKinds';
import { MATERIAL_REQUIREMENTS } from './materials';

/**
 * 公平竞争审查 (公平竞争审查条例, RULES.md §1.6a): whether a document touches the economic activity of
 * market parties (涉及经营者经济活动, 第二条), what the review concluded (第十七条), and the terms in a
 * draft that suggest it does, so that the question is answered with the sentences in view.
 */

/** 审查结论: 符合; 不符合 (不得出台, 第十八条); 适用例外 (第十二条, explained in the conclusion). */
export const FAIR_COMPETITION_CONCLUSIONS = ['compliant', 'non_compliant', 'exception'] as const;
export type FairCompetitionConclusion = (typeof FAIR_COMPETITION_CONCLUSIONS)[number];

export const FAIR_COMPETITION_CONCLUSION_LABELS: Record<FairCompetitionConclusion, string> = {
  compliant: '符合公平竞争审查标准',
  non_compliant: '不符合公平竞争审查标准（不得出台）',
  exception: '适用例外规定（公平竞争审查条例第十二条）',
};

/** What the question means, as the registration dialog and the review page explain it. */
export const TOUCHES_BUSINESS_QUESTION = '涉及市场主体经济活动？';
export const TOUCHES_BUSINESS_EXPLANATION =
  '涉及经营者经济活动的规范性文件，起草时应当进行公平竞争审查（公平竞争审查条例第二条）；审查结论登记前不能提交集体审议，结论为不符合的不得出台（第十八条）。公开征求意见的期限按与市场主体生产经营活动密切相关的文件计算（优化营商环境条例第六十二条）。';

/** The kinds of term that point to market activity (公平竞争审查条例第八条至第十一条). */
export const MARKET_ACTIVITY_TERMS: readonly { category: string; pattern: RegExp }[] = [
  {
    category: '市场准入和退出',
    pattern: /市场准入|准入条件|准入标准|退出条件|特许经营|市场主体登记|(?:实行|设置)[^。；，]{0,8}?准入/,
  },
  {
    category: '政府采购和招标投标',
    pattern: /政府采购|招标投标|招投标|采购(?:项目|活动|合同)|投标人|供应商/,
  },
  {
    category: '财政补贴和奖励',
    pattern: /补贴|补助资金|奖补|奖励资金|扶持资金|专项资金|贴息|税收优惠|费用减免|财政奖励/,
  },
  { category: '资质和资格', pattern: /资质|资格条件|资格认定|从业资格|执业资格|备案资格/ },
  {
    category: '经营者的生产经营',
    pattern: /经营者|生产经营活动|市场主体|商品和服务|企业[^。；，]{0,6}?经营/,
  },
];

export interface MarketActivitySentence {
  /** The sentence, as it reads in the draft. */
  text: string;
  categories: string[];
}

export interface MarketActivitySuggestion {
  /** 是 is suggested when any sentence names such a term. */
  suggested: boolean;
  sentences: MarketActivitySentence[];
}

const SENTENCE = /[^。；！？\n]+[。；！？]?/g;

/** The sentences of the draft that name market-activity terms (at most `limit`, in document order). */
export function suggestTouchesBusiness(blocks: readonly Block[], limit = 8): MarketActivitySuggestion {
  const sentences: MarketActivitySentence[] = [];
  for (const block of blocks) {
    for (const match of blockText(block).matchAll(SENTENCE)) {
      const text = match[0].trim();
      const categories = MARKET_ACTIVITY_TERMS.filter(({ pattern }) => pattern.test(text)).map(
        ({ category }) => category,
      );
      if (text && categories.length > 0) sentences.push({ text, categories });
      if (sentences.length >= limit) return { suggested: true, sentences };
    }
  }
  return { suggested: sentences.length > 0, sentences };
}

/** The kinds asked 涉及市场主体经济活动? (those whose materials include a 公平竞争审查结论). */
export const FAIR_COMPETITION_KINDS: readonly DocumentKind[] = DOCUMENT_KINDS.filter((kind) =>
  MATERIAL_REQUIREMENTS[kind].some((requirement) => requirement.kind === 'fair_competition'),
);
