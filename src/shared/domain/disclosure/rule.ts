import { z } from 'zod';
import { PeriodSchema } from '../calendar/deadline';
import { RULE_CONFIDENCES } from '../ruleCodes';

/**
 * 政府信息公开 clocks (政府信息公开条例, 国务院令第711号, 2019 修订; RULES.md §0, §1.8 [P]). Kept apart from
 * ruleProfileSchema.ts so that older stored profiles parse with the defaults below.
 */
const Source = z.object({
  basis: z.string().trim().min(1, '请注明依据'),
  confidence: z.enum(RULE_CONFIDENCES),
});
const Timed = z.object({ period: PeriodSchema, source: Source });

export const DisclosureRule = z.object({
  /** 第三十三条第二款: 自收到申请之日起20个工作日内予以答复. */
  reply: Timed,
  /** 第三十三条第二款: 需要延长的，经负责人同意并告知申请人，延长的期限最长不得超过20个工作日. */
  extension: Timed,
  /** 第三十三条第三款: 征求第三方意见所需时间不计算在期限内. */
  consultationExcluded: z.object({ excluded: z.boolean(), source: Source }),
  /** 第二十六条: 自该政府信息形成或者变更之日起20个工作日内及时公开. */
  proactive: Timed,
});
export type DisclosureRule = z.infer<typeof DisclosureRule>;

export const DEFAULT_DISCLOSURE_RULE: DisclosureRule = {
  reply: {
    period: { count: 20, unit: 'working' },
    source: {
      basis: '政府信息公开条例第三十三条第二款：自收到申请之日起20个工作日内予以答复',
      confidence: 'P',
    },
  },
  extension: {
    period: { count: 20, unit: 'working' },
    source: {
      basis:
        '政府信息公开条例第三十三条第二款：经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日',
      confidence: 'P',
    },
  },
  consultationExcluded: {
    excluded: true,
    source: {
      basis: '政府信息公开条例第三十三条第三款：征求第三方意见所需时间不计算在前款规定的期限内',
      confidence: 'P',
    },
  },
  proactive: {
    period: { count: 20, unit: 'working' },
    source: {
      basis: '政府信息公开条例第二十六条：自该政府信息形成或者变更之日起20个工作日内及时公开',
      confidence: 'P',
    },
  },
};
