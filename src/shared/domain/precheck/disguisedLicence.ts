/**
 * 变相许可: prior consent required under another name — 未经登记不得…, 须经同意后方可…, 实行…准入,
 * 经…审核同意后方可…, 取得…资格后方可…. The consent must come from an authority: 经本人同意 and
 * 未经监护人同意 are a person's consent, not an approval.
 */

/** What the authority does under another name than 审批, 批准, 核准 or 许可. */
const CONSENT = '(?:登记|备案|同意|审核|审查|认定|验收|评审|认可|注册|审定|核验|核查|评估)';
/** An inspection counts when the text makes it the condition to proceed (经…检查合格后方可), not in 未经检查，不得起飞. */
const INSPECTION = '(?:检查|检测|检验)';
/** What the authority does first (经区教育局组织的安全评估合格后方可, 经…局现场核查同意后方可). */
const MANNER = '[^。；，]{0,8}?';
/** Who gives consent: an authority named before 同意 (经区教育局同意, 经主管部门审核同意), or no one (经同意). */
const AUTHORITY =
  '(?:[^。；，]{0,20}?(?:机关|部门|局|政府|委员会|机构|中心|办公室|科|处|站|所|主管|监管|审批|街道|乡镇))?';
const ONLY_THEN = '(?:方可|才能|才可以?|方能|始得)';
/**
 * A person's consent: 经本人同意, 未经监护人同意, 经当事人双方同意. The person must give the consent: in
 * 未经县教育局登记备案的机构和个人 the 个人 is whom the ban binds.
 */
const PERSONAL =
  '(?![^。；，]{0,12}?(?:本人|当事人|监护人|权利人|所有人|其|对方|双方|用户|消费者|父母|家长|患者|他人|个人|学生|职工|业主|股东)[^。；，]{0,4}?(?:同意|授权|认可|确认|许可|签字|书面))';

/** The trigger pattern of power.license for a licence under another name. */
export const DISGUISED_LICENCE = new RegExp(
  [
    `未经${PERSONAL}${AUTHORITY}${CONSENT}[^。；]{0,20}?(?<!部门|机关|政府)不得(?!作为|视为|计入|列入|认定为|用作|对抗)`,
    `(?:须|必须|应当|需|需要)?经(?!营|济|费|过|常|历|验|纪|销|办|手|由)${PERSONAL}${AUTHORITY}${MANNER}(?:${CONSENT}|${INSPECTION})(?:同意|通过|合格|确认)?(?:后|以后|之后)${ONLY_THEN}`,
    // 实行准入前国民待遇加负面清单管理制度 is the national regime of market access, not a licence.
    '实行[^。；，]{0,12}?准入(?![^。；]{0,20}?(?:负面清单|国民待遇))',
    `(?:取得|具备|获得|持有)[^。；，]{0,15}?(?:资格|资质|证书|合格证明|备案证明|登记证)[^。；，]{0,4}?(?:后|以后)?${ONLY_THEN}`,
  ].join('|'),
  'g',
);

/** 未经合法性审核的，不得提交党组会议研究 is the body's own decision path. */
export const OWN_DECISION_PATH = /会议(?:讨论|审议|研究|决定)/;
