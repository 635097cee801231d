import type { RuleConfidence } from '../ruleCodes';
import type { PrecheckRule, Severity } from './types';

/**
 * The pre-check rules as data: what each looks for, how serious it is, which checklist element it feeds
 * and what it rests on. The basis is cited as a reader cites it (法规名称 + 条款); where the rule was built
 * from (the RULES.md section, the shipped file) and how sure that source is stay in `source` and
 * `confidence`, for 设置 › 规则配置 and for the plain note beside the basis. The patterns the rules use
 * live beside their scanners.
 */
type RuleSpec = Omit<PrecheckRule, 'id'>;

function rule(
  title: string,
  severity: Severity,
  elementId: string,
  explanation: string,
  basis: string,
  source: string,
  confidence: RuleConfidence,
): RuleSpec {
  return { title, severity, elementId, explanation, basis, source, confidence };
}

const POWERS = 'unlawful_powers';
const RIGHTS = 'rights_obligations';
const COMPETITION = 'fair_competition';
const VALIDITY = 'validity_and_effect';
const ISSUER = 'issuing_body';
const CONTENT = 'content_legality';
const FORM = 'form_and_text';

const PRECHECK_RULE_SPECS = {
  'power.license': rule(
    '设定行政许可',
    'warning',
    POWERS,
    '条款要求事先审批、批准、核准或者取得许可证，可能是规范性文件设定的行政许可。请核对该审批事项是否有法律、行政法规、国务院决定或者地方性法规、省级政府规章的依据。',
    '中华人民共和国行政许可法第十七条：除本法第十四条、第十五条规定的外，其他规范性文件一律不得设定行政许可',
    'RULES §1.3',
    'P',
  ),
  'power.penalty': rule(
    '设定行政处罚',
    'error',
    POWERS,
    '条款规定了罚款、吊销、没收、警告等处罚，且未引用上位法的处罚规定，属于规范性文件设定行政处罚。',
    '中华人民共和国行政处罚法第十六条：除法律、法规、规章外，其他规范性文件不得设定行政处罚',
    'RULES §1.3',
    'P',
  ),
  'power.enforcement': rule(
    '设定行政强制',
    'error',
    POWERS,
    '条款规定了查封、扣押、冻结等行政强制措施或者加处罚款、滞纳金等强制执行方式，且未引用法律、法规的依据。',
    '中华人民共和国行政强制法第十条第四款：法律、法规以外的其他规范性文件不得设定行政强制措施；第十三条：行政强制执行由法律设定',
    'RULES §1.3',
    'P',
  ),
  'power.fee': rule(
    '设定收费',
    'warning',
    POWERS,
    '条款要求相对人缴纳或者承担费用，可能是规范性文件设定的行政事业性收费。请核对收费项目是否有法律、法规或者国务院及省级政府的批准依据。',
    '国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知（国办发〔2018〕37号）：规范性文件不得设定行政事业性收费项目',
    'RULES §1.3：国办发〔2018〕37号 [M]；深圳市司法局 [L]',
    'M',
  ),
  'power.levy': rule(
    '设定行政征收',
    'warning',
    POWERS,
    '条款规定征收、征用，请核对是否有法律、法规依据。',
    '地方规定：规范性文件不得设定行政征收',
    'RULES §1.3：深圳市司法局 [L]',
    'L',
  ),
  'power.cited': rule(
    '引用上位法的处罚、强制措施',
    'info',
    POWERS,
    '条款引用上位法规定的处罚或者强制措施。请核对所引条款是否现行有效、是否准确，且未扩大适用范围、增加种类或者提高幅度。',
    '国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见（国办发〔2018〕115号）（八）第4项：审核是否违法设立行政许可、行政处罚、行政强制等事项',
    'RULES §1.6 [M]',
    'M',
  ),
  'obligation.without_basis': rule(
    '无依据增加义务或者减损权益',
    'warning',
    RIGHTS,
    '条款为公民、法人或者其他组织设定义务或者限制其权利，但本句未写明法律、法规依据。请核对是否有上位法依据。',
    '优化营商环境条例第六十四条：没有法律、法规或者国务院决定和命令依据的，行政规范性文件不得减损市场主体合法权益或者增加其义务；国办发〔2018〕115号（八）第5项',
    'RULES §1.3 [P]；国办发〔2018〕115号（八）第5项据地方实施文本 [L]',
    'P',
  ),
  'obligation.reporting': rule(
    '无依据设定报送、提供材料义务',
    'warning',
    RIGHTS,
    '条款要求公民、法人或者其他组织报送、提供或者报告材料、数据，但未写明法律、法规依据。没有上位法依据的，规范性文件不得增加其义务。',
    '优化营商环境条例第六十四条：没有法律、法规或者国务院决定和命令依据的，行政规范性文件不得减损市场主体合法权益或者增加其义务；国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知（国办发〔2018〕37号）一（一）：不得违法减损公民、法人和其他组织的合法权益或者增加其义务',
    'RULES §1.3 [P]；国办发〔2018〕37号 [M]',
    'P',
  ),
  'competition.market_entry': rule(
    '限制市场准入和退出',
    'warning',
    COMPETITION,
    '条款可能设置市场准入、退出条件或者壁垒，请进行公平竞争审查。',
    '公平竞争审查条例第八条',
    'RULES §1.6a',
    'P',
  ),
  'competition.free_flow': rule(
    '限制商品、要素自由流动',
    'warning',
    COMPETITION,
    '条款可能要求本地注册、本地企业优先，或者排斥、限制外地经营者参加政府采购、招标投标，请进行公平竞争审查。',
    '公平竞争审查条例第九条',
    'RULES §1.6a',
    'P',
  ),
  'competition.designated_dealing': rule(
    '指定或者限定交易',
    'warning',
    COMPETITION,
    '条款可能限定经营、购买或者使用特定经营者提供的商品或者服务，请进行公平竞争审查。',
    '公平竞争审查条例第八条第（三）项',
    'RULES §1.6a',
    'P',
  ),
  'competition.selective_benefit': rule(
    '给予特定经营者优惠',
    'warning',
    COMPETITION,
    '条款可能给予特定经营者优惠、补贴或者奖励，没有法律、行政法规依据或者未经国务院批准的不得出台。',
    '公平竞争审查条例第十条',
    'RULES §1.6a',
    'P',
  ),
  'validity.missing': rule(
    '未规定有效期',
    'warning',
    VALIDITY,
    '文件未规定有效期。地方规定一般要求行政规范性文件规定有效期（一般不超过5年，暂行、试行不超过2年），未规定的按规则配置的默认有效期执行。',
    '地方规定：行政规范性文件应当规定有效期，一般不超过5年，暂行、试行的不超过2年（期限以本机关规则配置为准）',
    'RULES §1.9 [L]：上海市行政规范性文件制定和备案规定第二十六条等',
    'L',
  ),
  'validity.too_long': rule(
    '有效期超过上限',
    'warning',
    VALIDITY,
    '文件规定的有效期超过规则配置允许的上限。',
    '地方规定：行政规范性文件应当规定有效期，一般不超过5年，暂行、试行的不超过2年（期限以本机关规则配置为准）',
    'RULES §1.9 [L]：上海市行政规范性文件制定和备案规定第二十六条等',
    'L',
  ),
  'effect.too_soon': rule(
    '施行日距公布不足规定天数且未说明理由',
    'warning',
    VALIDITY,
    '文件自公布之日起施行或者施行日距公布日不足规定天数，且未说明紧急等理由。地方规定一般要求自公布之日起30日后施行，不足的应当说明理由。',
    '地方规定：行政规范性文件自公布之日起30日后施行，因紧急情况等除外（天数以本机关规则配置为准）',
    'RULES §1.8 [L]：鹤壁等地方规定',
    'L',
  ),
  'effect.retroactive': rule(
    '溯及既往',
    'warning',
    VALIDITY,
    '文件的施行日期早于公布日期，或者规定追溯适用。规范性文件不得溯及既往，有利于相对人的除外。',
    '地方规定：规范性文件不得作出溯及既往的规定（有利于相对人的除外）',
    'RULES §1.3 [L]：深圳市司法局',
    'L',
  ),
  'issuer.internal_division': rule(
    '以内设机构名义制发',
    'error',
    ISSUER,
    '发文机关是部门的内设机构（科、处、股、室等）。行政规范性文件应当以制定机关名义制发。',
    '国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知（国办发〔2018〕37号）（一）：严禁以部门内设机构名义制发行政规范性文件',
    'RULES §1.3 [M]',
    'M',
  ),
  'issuer.internal_interpretation': rule(
    '由内设机构解释或者实施',
    'warning',
    ISSUER,
    '文件规定由内设机构负责解释。解释权属于制定机关，内设机构可以承办具体工作，但不宜作为解释主体。',
    '国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知（国办发〔2018〕37号）（一）：严禁以部门内设机构名义制发行政规范性文件',
    'RULES §1.3 [M]',
    'M',
  ),
  'citation.repealed': rule(
    '引用已废止的法律文件',
    'error',
    CONTENT,
    '所引法律文件已废止，不能作为制定依据。',
    '法规库收录的该法律文件效力状态（废止、更名情况）',
    'RULES §8.5 废止、更名表；resources/laws/library.json',
    'W',
  ),
  'citation.renumbered': rule(
    '引用的条文序号已调整',
    'warning',
    CONTENT,
    '所引法律已修改，条文序号调整，请核对所引条文是否为现行文本的条文。',
    '该法律修改前后的条文序号对照',
    'RULES §8.1 统计法2009→2024 [P]；其他法律据语料库文本对齐计算',
    'W',
  ),
  'citation.renumber_unclear': rule(
    '条文序号已调整，无法判断所引版本',
    'info',
    CONTENT,
    '所引法律已修改且条文序号调整，从引用语境无法判断所引序号属于修改前还是修改后的文本，请核对。',
    '该法律修改前后的条文序号对照',
    'RULES §8.1 统计法2009→2024 [P]；其他法律据语料库文本对齐计算',
    'W',
  ),
  'citation.outdated_version': rule(
    '引用了已被修改的文本',
    'warning',
    CONTENT,
    '所引版本已被修改或者修订，请引用现行有效文本。',
    '法规库收录的该法律文件修改、修订情况',
    'RULES §8.5；resources/laws/library.json',
    'W',
  ),
  'citation.doubtful': rule(
    '所引法律文件效力存疑或者部分失效',
    'warning',
    CONTENT,
    '所引法律文件未见废止，但其现行效力存疑或者部分内容已被新的法律、法规取代，请核对后再作为依据引用。',
    '法规库中该法规的效力说明',
    'resources/laws/library.json',
    'W',
  ),
  'citation.unknown': rule(
    '法规库中未找到所引文件',
    'info',
    CONTENT,
    '法规库中没有找到所引文件，请人工核对其名称和效力状态。',
    '本机关法规库',
    'resources/laws/library.json',
    'W',
  ),
  // Issue 14: cited articles checked against the text in force.
  'citation.article_missing': rule(
    '所引条文不存在',
    'warning',
    CONTENT,
    '所引条文序号超出所引法律现行文本的条文数，该条不存在。请核对条文序号，或者是否引用了修改前的文本。',
    '国办发〔2018〕115号（八）第3项：审核内容是否符合宪法、法律、法规、规章和国家政策规定；所引条文以法规库收录的现行文本为准',
    'RULES §1.6 [M]；resources/laws/articles.json',
    'M',
  ),
  'power.fine_range': rule(
    '罚款幅度超出所引条文',
    'error',
    POWERS,
    '罚款数额超出所引条文规定的罚款幅度。裁量基准只能在法律、法规、规章规定的处罚种类和幅度内细化，不能提高上限或者降低下限。',
    '行政处罚法第十六条：除法律、法规、规章外，其他规范性文件不得设定行政处罚；第三十四条：行政机关可以依法制定行政处罚裁量基准',
    'RULES §1.3 [P]',
    'P',
  ),
  'docnumber.brackets': rule(
    '发文字号年份未用六角括号',
    'warning',
    FORM,
    '发文字号的年份应当用六角括号“〔〕”括入，不用方括号、鱼尾号或者圆括号。',
    'GB/T 9704—2012《党政机关公文格式》7.2.5',
    'RULES §5 [W]',
    'W',
  ),
  'docnumber.ordinal': rule(
    '发文字号顺序号加了“第”字',
    'warning',
    FORM,
    '发文字号的顺序号不加“第”字。',
    'GB/T 9704—2012《党政机关公文格式》7.2.5',
    'RULES §5 [W]',
    'W',
  ),
  'docnumber.leading_zero': rule(
    '发文字号顺序号编了虚位',
    'warning',
    FORM,
    '发文字号的顺序号不编虚位（写“1号”，不写“01号”）。',
    'GB/T 9704—2012《党政机关公文格式》7.2.5',
    'RULES §5 [W]',
    'W',
  ),
  'date.invalid': rule(
    '不存在的日期',
    'error',
    FORM,
    '日期不存在（月份或者日数超出范围）。',
    'GB/T 9704—2012《党政机关公文格式》7.3.5.4：成文日期用阿拉伯数字将年、月、日标全',
    'RULES §5 [W]',
    'W',
  ),
  'date.padded': rule(
    '日期编了虚位',
    'info',
    FORM,
    '成文日期等日期的月、日不编虚位（写“2026年6月9日”，不写“2026年06月09日”）。',
    'GB/T 9704—2012《党政机关公文格式》7.3.5.4',
    'RULES §5 [W]',
    'W',
  ),
} satisfies Record<string, RuleSpec>;

export type RuleId = keyof typeof PRECHECK_RULE_SPECS;

export const PRECHECK_RULES = Object.fromEntries(
  Object.entries(PRECHECK_RULE_SPECS).map(([id, spec]) => [id, { id, ...spec }]),
) as Record<RuleId, PrecheckRule>;

export const PRECHECK_RULE_IDS = Object.keys(PRECHECK_RULE_SPECS) as RuleId[];

/** The rule of a stored finding, if this version of the app still has it. */
export function findPrecheckRule(id: string): PrecheckRule | undefined {
  return Object.hasOwn(PRECHECK_RULES, id) ? PRECHECK_RULES[id as RuleId] : undefined;
}
