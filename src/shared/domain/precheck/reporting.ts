import { report, sentenceAround, type ScanContext, type ScannedBlock } from './scan';

/**
 * 报送、提供材料的义务: a duty to report or hand in materials laid on citizens, enterprises or other
 * organisations (企业应当于每年4月30日前向…报送…财务报告) with no legal basis in the sentence. The duty
 * may sit in a later clause than its 应当 (规模以上企业应当于每月5日前登录联网直报平台，按时报送统计报表),
 * or in the items of a lead-in (企业应当履行下列义务：（一）按时报送…). The administration's own duties to
 * report (区有关部门…及时向区统计局报送) are its internal working rules and are not flagged.
 */

const MATERIAL =
  '(?:资料|材料|数据|证明|信息|报表|台账|凭证|文件|记录|说明|报告|证件|复印件|清单|申请书|申请表|登记表|明细|名单|合同)(?!咨询|服务|技术|化|公开|共享)';
const NOUN_SUFFIX =
  '的|人员?|员|义务|要求|口径|负担|工作|情况|率|时间|方式|平台(?!内)|系统|渠道|流程|制度|责任|质量|进度|期限|单位';
/** The duty: 报送/上报/填报 anything; 提供/提交 materials; 报告 as a verb (向…报告, 书面报告, 及时报告). */
const DUTY = new RegExp(
  [
    // 提交的资料 names what was handed in, 填报人员 who fills it in; the duty is the verb with its object.
    `(?:报送|上报|填报|呈报|报备)(?!${NOUN_SUFFIX}|[^。；，]{0,6}义务)(?:[^。；，、]{0,20}?${MATERIAL}|[^。；，、]{0,12})`,
    `(?:提供|提交|上传|送交|递交)(?!${NOUN_SUFFIX})[^。；，]{0,14}?${MATERIAL}`,
    '(?:书面|及时|如实|立即|主动|定期|每年|每季度|每月)报告(?![书制期表单编])',
    '向[^。；，]{1,20}?报告(?![书制期表单编])',
  ].join('|'),
  'g',
);
const DUTY_HINT = /报送|上报|填报|呈报|报备|提供|提交|上传|送交|递交|报告/;
const MODAL = /应当|必须|务必|须/g;
/** 无需报送, 不再要求提供, 免予提交: a relief, not a duty. */
const RELIEF = /(?:无需|无须|不需|不必|不再|免予|免于|不得要求|不要求|不强制|自愿|可以)[^。；，]{0,10}$/;

/**
 * Who carries the duty, the administration or the public. Alternatives are tried left to right at each
 * position, so 统计机构 and 起草单位 are read as the administration before 机构 or 单位 could match.
 */
const SUBJECT = new RegExp(
  [
    '(?<agency>人民政府|政府|机关|主管部门|有关部门|部门|统计局|统计机构|调查队|监督管理局|监管局|教育局|本局|我局|委员会|办公室|办事处|街道|乡镇|科室|工作人员|执法人员|统计人员|统计从业人员|起草单位|(?<!饭|宴|席|活动|赛事|展会|演出|工程)承办单位|牵头单位|责任单位|主管单位|制定机关|审核机构)',
    '(?<public>公民|个人|自然人|居民|群众|法人|企业|公司|个体工商户|个体户|经营者|经营主体|市场主体|其他组织|社会组织|单位|学校|幼儿园|(?:培训|教育|金融|医疗|中介|检测|检验|认证|评估|鉴定|服务|托育|养老|科研|咨询|代理|会计|审计)机构|科研院所|家长|监护人|学生|考生|申请人|申报人|当事人|相对人|调查对象|被调查者|住户|农户|纳税人|举办者|开办者|作坊|摊贩|商贩|经营户|合作社|协会|商会|平台|商户|生产者|销售者|从业人员|投标人|供应商|业主)',
  ].join('|'),
  'g',
);
/** The recipient (向区统计局报送) or the one acted upon (督促企业) is not the one bound. */
const NOT_SUBJECT_BEFORE = /(?:向|对|为|给|由|经|与|会同|配合|督促|指导|要求|通知|告知|帮助)[^，。；]{0,4}$/;

/** A legal basis in the sentence or its lead-in; 统计调查制度 are approved under 统计法 第十四–十七条. */
const BASIS =
  /(?:依照|依据|按照|根据|适用|遵守)[^。；]{0,60}?(?:《[^》]*》|法律|法规|规章|国家有关规定|国家规定|统计调查制度)|依法/;
/** A basis naming the document itself (按照本办法规定) is no basis. */
const OWN_BASIS = /(?:依照|依据|按照|根据)本(?:规定|办法|细则|意见|通知|决定|方案|实施细则|制度|规则)/g;

const LOOKBACK = 6;
const SERVICE_TO = /为[^，。；、]{1,16}$/;

function lastClause(text: string): string {
  return text.slice(Math.max(text.lastIndexOf('，'), text.lastIndexOf('；')) + 1);
}

/**
 * 除按照国家统计调查制度报送统计报表外，还应当…报送…: a basis inside 除…外 covers only the excepted duty,
 * not the one the document adds.
 */
const EXCEPTED = /除[^。；]*?外[，,]?(?=[^。；]*?还)/g;

function hasBasis(text: string): boolean {
  return BASIS.test(text.replace(OWN_BASIS, '').replace(EXCEPTED, ''));
}

interface Subject {
  kind: 'agency' | 'public';
  /** The subject as written, with its modifiers (规模以上工业企业). */
  name: string;
}

/** The last subject named before the modal, skipping recipients and those acted upon. */
function subjectOf(prefix: string): Subject | undefined {
  let found: Subject | undefined;
  SUBJECT.lastIndex = 0;
  for (let match = SUBJECT.exec(prefix); match; match = SUBJECT.exec(prefix)) {
    const before = prefix.slice(Math.max(0, match.index - LOOKBACK), match.index);
    if (NOT_SUBJECT_BEFORE.test(before)) continue;
    const end = match.index + match[0].length;
    const kind = match.groups?.agency ? 'agency' : 'public';
    const start = Math.max(
      prefix.lastIndexOf('，', match.index),
      prefix.lastIndexOf('、', match.index),
      prefix.lastIndexOf('　', match.index),
      prefix.lastIndexOf(' ', match.index),
      prefix.lastIndexOf('：', match.index),
      prefix.lastIndexOf('）', match.index),
    );
    const name = prefix
      .slice(start + 1, end)
      .replace(
        /^(?:第[零〇一二两三四五六七八九十百千0-9]+条)?(?:[（(][一二三四五六七八九十]+[)）])?(?:各|凡|所有|对|在)?/,
        '',
      )
      .slice(-16);
    found = { kind, name: name || match[0] };
  }
  return found;
}

/** One finding per sentence: the first duty that binds the public. */
function checkBlock(context: ScanContext, scanned: ScannedBlock, seen: Set<string>): void {
  const { text } = scanned;
  DUTY.lastIndex = 0;
  for (let match = DUTY.exec(text); match; match = DUTY.exec(text)) {
    const [sentenceStart, sentenceEnd] = sentenceAround(scanned, match.index);
    const key = `${scanned.index}:${sentenceStart}`;
    if (seen.has(key)) continue;
    const sentence = text.slice(sentenceStart, sentenceEnd);
    let prefix = text.slice(sentenceStart, match.index);
    if (RELIEF.test(prefix)) continue;
    // 为市场主体提供信息咨询: a service to others, not materials handed to the administration.
    if (SERVICE_TO.test(lastClause(prefix))) continue;
    // An item of 下列 duties takes its 应当 and subject from the lead-in.
    const lead =
      scanned.leadIn && !/应当|必须|须/.test(prefix) && /下列/.test(scanned.leadIn) ? scanned.leadIn : '';
    if (lead) prefix = `${lead}${prefix}`;
    if (hasBasis(`${lead}${sentence}`)) continue;
    let modalAt = -1;
    MODAL.lastIndex = 0;
    for (let modal = MODAL.exec(prefix); modal; modal = MODAL.exec(prefix)) modalAt = modal.index;
    if (modalAt < 0) continue;
    const subject = subjectOf(prefix.slice(0, modalAt));
    if (!subject || subject.kind !== 'public') continue;
    // A new clause between 应当 and the duty with the administration as its subject (…，区统计局报送…).
    const between = subjectOf(
      prefix
        .slice(modalAt)
        .split(/[，；]/)
        .slice(1)
        .join('，'),
    );
    if (between?.kind === 'agency') continue;
    seen.add(key);
    // 将收费项目…报送区教育局: what is to be reported stands before the verb.
    const clause = prefix.slice(Math.max(prefix.lastIndexOf('，'), modalAt));
    const object = /将([^，；]{1,24})$/.exec(clause)?.[0] ?? '';
    const duty = `${object}${match[0]}`.replace(/[的和及与并]$/, '');
    dropGeneralFinding(context, scanned, sentenceStart, sentenceEnd, match.index);
    report(
      context,
      'obligation.reporting',
      scanned,
      match.index,
      match.index + match[0].length,
      `${subject.name}应当${duty}：为公民、法人或者其他组织设定了报送、提供材料的义务，但未写明法律、法规依据。请核对上位法是否规定了该项义务；没有依据的，应当删除或者改为自愿提供。`,
    );
  }
}

/**
 * The specific finding replaces the general 无依据增加义务 one on the same duty: a general finding of the
 * sentence that reaches the reporting verb. A general finding on another duty of an earlier clause
 * (检验检测机构应当接入…平台，实时上传…报告) stays.
 */
function dropGeneralFinding(
  context: ScanContext,
  scanned: ScannedBlock,
  start: number,
  end: number,
  duty: number,
): void {
  context.findings = context.findings.filter(
    (finding) =>
      !(
        finding.ruleId === 'obligation.without_basis' &&
        finding.blockId === scanned.block.id &&
        finding.start >= start &&
        finding.start < end &&
        finding.end > duty
      ),
  );
}

/** Contracts oblige their parties and Party rules their organs: the rule reads public documents. */
const REPORTING_KINDS = new Set(['admin_normative', 'major_decision']);

export function checkReporting(context: ScanContext): void {
  const kind = context.document.kind;
  if (kind !== undefined && !REPORTING_KINDS.has(kind)) return;
  const seen = new Set<string>();
  for (const scanned of context.blocks) {
    if (scanned.role === 'title' || scanned.role === 'toc' || scanned.negatedList) continue;
    if (!DUTY_HINT.test(scanned.text)) continue;
    checkBlock(context, scanned, seen);
  }
}
