import { DISGUISED_LICENCE, OWN_DECISION_PATH } from './disguisedLicence';
import type { RuleId } from './rules';
import { THIRD_PARTY_BODY } from './subjects';

/**
 * Trigger phrases of the clause-level rules. A trigger is a pattern plus the context that cancels it:
 * a negation (the text forbids the measure instead of imposing it) and, for powers, a cited basis in an
 * upper law (then the clause repeats a measure rather than creating it, and is only a note).
 */
export interface Trigger {
  rule: RuleId;
  /** What the trigger finds, for the message: 罚款, 查封、扣押 … */
  what: string;
  pattern: RegExp;
  /**
   * Where a negation cancels the trigger: right before it (不予处罚, 不收取费用) or anywhere earlier in
   * the sentence (行政机关不得滥用行政权力，限定…).
   */
  negation: 'near' | 'sentence';
  /** A cited upper-law basis earlier in the sentence turns the finding into a 引用 note. */
  basisAware?: boolean;
  /** The match is void when its sentence matches this. */
  exclude?: RegExp;
  /** The match is void when the text right before it matches this (checked on the 12 chars before). */
  excludeBefore?: RegExp;
  /** Only burdens on the public count: a duty of the administration itself (制定机关应当报经…批准) does not. */
  publicOnly?: boolean;
  /** The match is void when the rest of its sentence matches this. */
  excludeAfter?: RegExp;
}

/** …限制外地产品进入本地市场的，由上级人民政府责令改正: the sentence describes a violation and its sanction. */
const VIOLATION = /^[^。；]*?的[，,](?:由|对|依照|依法|处|责令|给予|没收)/;

const AMOUNT = '[0-9０-９一二三四五六七八九十百千万两]+';
/** 被处以罚款的, 解除查封: a status or the lifting of a measure, not its imposition. */
const PASSIVE = /(?:被|已被|已经|解除|撤销|退还|退回|返还)$/;

const ENFORCEMENT =
  '(?:查封|扣押|冻结(?:存款|汇款|账户|资金|财产)|强制(?:拆除|清除|划拨|隔离)|加处罚款|滞纳金|限制[^。；，]{0,4}人身自由|代履行)';

export const POWER_TRIGGERS: Trigger[] = [
  {
    rule: 'power.penalty',
    what: '罚款',
    pattern: new RegExp(
      `(?:处以|并处|单处|处)(?![罚理分置所长室事])[^。；，]{0,30}?罚款|罚款${AMOUNT}元`,
      'g',
    ),
    negation: 'near',
    basisAware: true,
    excludeBefore: PASSIVE,
  },
  {
    rule: 'power.penalty',
    what: '没收、吊销、暂扣、责令停产停业等处罚',
    pattern:
      /没收(?:违法所得|非法财物|非法所得)|吊销[^。；，]{0,12}?(?:许可证|执照|证书|资质|资格)|暂扣[^。；，]{0,12}?(?:许可证|执照|证件)|责令(?:停产停业|关闭|停业整顿)|降低资质等级|限制开展生产经营活动|限制从业|行政拘留/g,
    negation: 'near',
    basisAware: true,
    excludeBefore: PASSIVE,
  },
  {
    rule: 'power.penalty',
    what: '警告、通报批评',
    pattern: /(?:给予|予以|处以?)(?:警告|通报批评)/g,
    negation: 'near',
    basisAware: true,
    // 警告处分 is a disciplinary sanction on staff (政务处分), not an administrative penalty.
    exclude: /处分/,
    excludeBefore: PASSIVE,
  },
  {
    rule: 'power.enforcement',
    what: '查封、扣押、冻结等强制措施',
    // A list such as 查封、扣押 is one match, so the finding shows the whole measure.
    pattern: new RegExp(`${ENFORCEMENT}(?:(?:、|和|或者|以及|及)${ENFORCEMENT})*`, 'g'),
    negation: 'near',
    basisAware: true,
    excludeBefore: PASSIVE,
  },
  {
    rule: 'power.license',
    what: '审批、许可',
    pattern:
      /(?:须|必须|应当|需)(?:经|报经?|取得)[^。；，]{0,20}?(?:审批|批准|核准|许可)|未经[^。；，]{0,20}?(?:审批|批准|核准|许可)[^。；]{0,15}?不得|实行[^。；，]{0,12}?(?:审批|许可|核准|准入)(?:制度|管理)|(?:取得|领取|办理)[^。；，]{0,15}?(?:许可证|准入证|准营证|资格证)(?:后|方可)|(?:审批|许可|核准)后方可/g,
    negation: 'near',
    basisAware: true,
    publicOnly: true,
  },
  {
    rule: 'power.license',
    what: '以登记、备案、同意、审核等名义设定的许可',
    pattern: DISGUISED_LICENCE,
    negation: 'near',
    basisAware: true,
    publicOnly: true,
    exclude: OWN_DECISION_PATH,
  },
  {
    rule: 'power.fee',
    what: '收费',
    pattern:
      /(?:收取|缴纳|交纳|缴交)(?!罚款|的)[^。；，]{0,20}?(?<!经)费用?|(?<!经)费用?[^。；]{0,20}?由(?![^。；，]{0,12}?(?:财政|政府|预算|本机关|机关|部门))[^。；，]{1,12}?(?:承担|负担|缴纳|交纳|支付)/g,
    negation: 'near',
    basisAware: true,
    excludeBefore: PASSIVE,
  },
  {
    rule: 'power.levy',
    what: '征收、征用',
    pattern: /(?:征收|征用)(?![^。；，]{0,15}?费)(?!补偿)/g,
    negation: 'near',
    basisAware: true,
    excludeBefore: PASSIVE,
  },
];

export const OBLIGATION_TRIGGERS: Trigger[] = [
  {
    rule: 'obligation.without_basis',
    what: '义务',
    pattern:
      /(?:应当|必须|须)[^。；，]{0,25}?(?:提交|提供|报送|缴纳|配备|参加|接受|承担|办理|备案|服从|出具|购买|安装|征订|订购)/g,
    negation: 'near',
    publicOnly: true,
    // 提交…会议讨论决定 is an internal decision path, not a burden on the public.
    exclude: /会议(?:讨论|审议|研究)/,
  },
  {
    // Any duty of a third party (科研院所应当…公布, 金融机构应当开辟…, 股份合作企业，应当设立…): the agency
    // cannot lay duties on bodies outside it without a basis, whatever the duty is.
    rule: 'obligation.without_basis',
    what: '义务',
    pattern: new RegExp(
      `(?:${THIRD_PARTY_BODY}|科研院所|科技型?企业|股份合作(?:企业|社|公司))[^。；]{0,6}?(?:应当|必须|须)(?!依照|依据|按照|根据|参照)[^。；，]{1,20}`,
      'g',
    ),
    negation: 'near',
    publicOnly: true,
    exclude: /会议(?:讨论|审议|研究)/,
  },
  {
    rule: 'obligation.without_basis',
    what: '限制',
    pattern:
      /不得(?:再|在[^。；，]{0,8}?)?(?:申报|享受|参加|参与|申请|从事|进入|经营|销售|承接|获得|评优|评先)|一律(?:不得|不予|视为|取消)/g,
    negation: 'near',
    publicOnly: true,
  },
  {
    // A sanction: the agency takes away a benefit (由乡镇人民政府取消其…申报资格, 暂停其享受…政策的资格). The
    // agency is the actor here and the public the one burdened; staff discipline (处分) is not meant.
    rule: 'obligation.without_basis',
    what: '取消、暂停资格',
    pattern: /(?:取消|暂停)[^。；，]{0,16}?(?:资格|待遇)/g,
    negation: 'near',
    exclude: /处分|工作人员|公务员|党员|干部/,
  },
];

const LOCAL = '本(?:地|区|市|县|省|镇)';

export const COMPETITION_TRIGGERS: Trigger[] = [
  {
    rule: 'competition.market_entry',
    what: '准入、退出条件',
    // A capital threshold the document sets itself (注册资本应当不低于100万元, 开办资金不得少于200万元).
    pattern: new RegExp(
      `设置[^。；，]{0,12}?(?:壁垒|门槛|准入条件|退出条件)|授予[^。；，]{0,8}?特许经营权|(?:注册资本|注册资金|开办资金|实缴资本|认缴资本)(?:应当|须|必须|应)?(?:不得(?:低于|少于)|不(?:低于|少于)|达到)${AMOUNT}(?:万|亿)?元`,
      'g',
    ),
    negation: 'sentence',
    excludeAfter: VIOLATION,
  },
  {
    rule: 'competition.free_flow',
    what: '本地注册、本地优先、排斥外地经营者',
    pattern: new RegExp(
      [
        // 在本区新设立的…企业 only names whom a rule applies to, unless the sentence gives them a benefit.
        `(?:在${LOCAL}|本地)[^。；，]{0,6}?(?:注册|设立分支机构|设立|纳税)(?!的(?![^。；]*?(?:补贴|奖励|扶持|优惠|优先|减免|资金)))`,
        `不得(?:销往|运往|流向|进入)外地|只能在${LOCAL}[^。；，]{0,8}?(?:销售|经营|使用)`,
        `${LOCAL}(?:企业|经营者|产品|商品|供应商)[^。；，]{0,6}?优先`,
        // 优先选用适合本地区的节水耐旱型植被 is not about suppliers: a market party must follow.
        `优先(?:采购|选择|使用|选用|安排)[^。；，]{0,10}?${LOCAL}[^。；，]{0,6}?(?:企业|产品|商品|经营者|供应商|服务)`,
        '(?:限制|排斥|阻碍)[^。；，]{0,10}?外地',
        '不得(?:参与|参加)[^。；，]{0,15}?(?:政府采购|招标投标|招投标)',
        '(?:限制|排斥)[^。；，]{0,15}?(?:政府采购|招标投标)',
      ].join('|'),
      'g',
    ),
    negation: 'sentence',
    excludeAfter: VIOLATION,
  },
  {
    rule: 'competition.designated_dealing',
    what: '指定、限定交易',
    pattern:
      /指定(?:的)?[^。；，、]{0,6}?(?:经营者|企业|公司|供应商|服务商|产品|软件|商品|品牌)|限定[^。；，]{0,20}?(?:经营|购买|使用)|统一由[^。；，]{1,20}?(?:确定|指定|选定|招标)的[^。；，]{0,6}?(?:供应商|经营者|企业|公司|服务商)|由(?:本?[省市县区]|[^。；，、（）]{1,6}[省市县区])[^。；，、（）]{1,12}?(?:所|中心|站|院|公司)出具的[^。；，]{0,10}?(?:报告|证明|证书|意见)/g,
    negation: 'sentence',
    excludeAfter: VIOLATION,
  },
  {
    // 存入区教育局指定银行开设的监管账户: the agency picks the bank, the insurer or the laboratory a market
    // party must deal with. Money paid to the state (罚款, 取保候审保证金) is not a market transaction.
    rule: 'competition.designated_dealing',
    what: '指定、限定交易',
    pattern: /(?:局|部门|机关|政府|委员会|中心|学校)指定的?(?:银行|保险公司|检测机构|检验机构|网点|平台)/g,
    negation: 'sentence',
    excludeAfter: VIOLATION,
    exclude: /罚款|保证金|国库|非税收入/,
  },
  {
    rule: 'competition.selective_benefit',
    what: '特定经营者优惠',
    // A reward measured by the tax an enterprise pays locally (按照其缴纳地方税收区级留成部分的50%给予奖励).
    pattern:
      /特定(?:经营者|企业)[^。；，]{0,15}?(?:优惠|补贴|奖励|减免)|(?:按照?|根据|依据)其?(?:缴纳|上缴|实缴|入库)?[^。；，]{0,6}?(?:税收|税款|增值税|所得税|财政贡献)[^。；，]{0,16}?(?:给予|予以)?(?:奖励|补贴|返还|扶持)/g,
    negation: 'sentence',
    excludeAfter: VIOLATION,
  },
];
