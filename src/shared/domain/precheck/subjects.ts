/**
 * Who a duty or a restriction falls on. A clause whose subject is the administration itself (机关, 部门,
 * 统计局, 综合统计科, 统计股, 统计机构) burdens no one outside it; every other subject is the public. Names of
 * third parties can contain the same characters as a division (科研院所, 股份合作企业, 金融机构), so
 * they are taken out before the subject is read.
 */

/**
 * Third parties whose names contain 科, 股 or 机构. The 机构 alternatives come first so that 科研机构 is
 * taken whole rather than as 科研 + 机构.
 */
/** Bodies outside the administration named …机构 (金融机构, 检验检测机构, 校外培训机构). */
export const THIRD_PARTY_BODY =
  '(?:金融|医疗|卫生|医疗卫生|教育|培训|校外培训|中介|检验|检测|检验检测|认证|评估|评价|鉴定|服务|办学|托育|养老|科研|研究|咨询|代理|保险|银行业?|证券|信用|评级|体检|民办|技术|职业介绍|托管|早教|经营|外国|境外|商业|会计|测绘|征信|支付|学术|出版|新闻|广告|文化|体育|旅游|医药|用人|第三方|调查|统计调查|中外合作办学|合作办学|非营利性|营利性)机构';

const THIRD_PARTY = new RegExp(
  [
    THIRD_PARTY_BODY,
    // 科研院所, 科技企业, 科普基地, 科创平台; 专科学校, 本科院校, 学科, 内科诊所.
    '科(?:研|技|学|普|创|室主任)',
    '(?:专|本|学|内|外|儿|妇|眼|牙|口腔|工|理|文|医|全)科',
    // 股份合作企业, 股东, 股权投资; 控股公司, 参股企业.
    '股(?:份|东|权|票|本|息|民)',
    '(?:控|持|参|入|配|炒)股',
  ].join('|'),
  'g',
);

/** Subjects that are the administration itself: a duty of the agency does not burden the public. */
const AGENCY_SUBJECT =
  /机关|部门|机构|政府|人民法院|人民检察院|统计局|[^企事]局|科|处|股|委员会|办公室|工作人员|执法|调查队|街道|乡镇|镇/;

/** True when the subject text names the administration rather than a citizen, enterprise or third party. */
export function isAgencySubject(subject: string): boolean {
  return AGENCY_SUBJECT.test(subject.replace(THIRD_PARTY, '□'));
}
