import { addDays, addYears, type IsoDate } from './calendar/isoDate';
import type { RuleProfile } from './ruleProfileSchema';

/**
 * 集体审议 and 三统一 (RULES.md §1.7, §1.8): the meetings that deliberate a document and where an issued
 * document is published. The lists are what the dialogs offer; a meeting of another name may be typed.
 */

/** 政府: 常务会议或者全体会议; 部门: 部门办公会议 (局务会议、局长办公会议); 党组织: 党组会议 (RULES.md §1.7). */
export const MEETING_TYPES = ['局务会议', '局长办公会议', '党组会议', '常务会议', '全体会议'] as const;

/**
 * 37号 (八): 通过政府公报、政府网站、政务新媒体、报刊、广播、电视、公示栏等公开向社会发布; 不得以内部文件形式印发执行.
 */
export const PUBLICATION_CHANNELS = [
  '政府公报',
  '政府网站',
  '政务新媒体',
  '报刊',
  '广播、电视',
  '公示栏',
  '其他',
] as const;
export type PublicationChannel = (typeof PUBLICATION_CHANNELS)[number];

/**
 * The text fields the number templates use: the agency's 机关代字 (settings) and the profile's 区域简称.
 * A profile that leaves the 区域简称 empty (the national default asks the agency to fill it in) numbers
 * with the 机关代字 instead, and says so.
 */
export function numberFields(
  profile: RuleProfile,
  agencyCode: string,
): { agencyCode: string; region: string; regionFromAgency: boolean } {
  const region = profile.numbering.registration.region.trim();
  return { agencyCode, region: region || agencyCode, regionFromAgency: region === '' };
}

/** 有效期自施行之日起计算: N years from the effective date, ending the day before the anniversary. */
export function validUntil(effectiveOn: IsoDate, years: number): IsoDate {
  return addDays(addYears(effectiveOn, years), -1);
}
