import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runPrecheck } from '../../../../../src/shared/domain/precheck';
import { corpusBlocks, corpusLawFiles, corpusPath } from '../../../../support/corpus';
import { documentBlocks, findingsOf } from './helpers';

describe('obligation.without_basis', () => {
  test('positive: duties and restrictions on enterprises with no basis in the sentence (demo document 6)', () => {
    const findings = findingsOf(
      'obligation.without_basis',
      '第三条　企业应当配备至少1名专职统计人员，并报综合统计科备案；统计人员发生变动的，应当在3日内重新备案。未配备专职统计人员的企业，不得申报区级各类评优评先。',
    );
    expect(findings.map((f) => [f.severity, f.elementId, f.text])).toEqual([
      ['warning', 'rights_obligations', '应当配备'],
      ['warning', 'rights_obligations', '应当在3日内重新备案'],
      ['warning', 'rights_obligations', '不得申报'],
    ]);
    expect(findings[0]?.article).toBe('第三条');
  });

  test('positive: corpus sentences that burden the public', () => {
    expect(
      findingsOf(
        'obligation.without_basis',
        '医疗器械注册申请人、备案人应当确保提交的资料合法、真实、准确、完整和可追溯。',
      ),
    ).toHaveLength(1);
    expect(
      findingsOf('obligation.without_basis', '从事人体器官移植的医务人员不得参与捐献人的死亡判定。').map(
        (f) => f.text,
      ),
    ).toEqual(['不得参与']);
  });

  test('positive: taking away a benefit as a sanction, whoever acts (取消、暂停…资格)', () => {
    for (const [sentence, span] of [
      [
        '对拒不提供统计资料的企业，区统计局可以暂停其享受本区各项财政扶持政策的资格。',
        '暂停其享受本区各项财政扶持政策的资格',
      ],
      ['对无证经营的摊贩，由街道办事处取消其参加年货集市的资格。', '取消其参加年货集市的资格'],
      ['对弄虚作假的学校，区教育局取消其当年评优申报资格。', '取消其当年评优申报资格'],
    ]) {
      expect(
        findingsOf('obligation.without_basis', sentence ?? '').map((f) => f.text),
        sentence,
      ).toEqual([span]);
    }
    // Staff discipline is not a burden on the public.
    expect(
      findingsOf('obligation.without_basis', '对弄虚作假的工作人员，依法给予处分，并取消其当年评优资格。'),
    ).toEqual([]);
  });

  test('positive: a purchase through the agency’s channel (征订、订购)', () => {
    expect(
      findingsOf('obligation.without_basis', '各学校学生应当通过区教育局统一征订教辅材料。').map(
        (f) => f.text,
      ),
    ).toEqual(['应当通过区教育局统一征订']);
    expect(
      findingsOf('obligation.without_basis', '个体工商户必须订购市场监督管理所推荐的电子秤。'),
    ).toHaveLength(1);
  });

  test('negative: a basis in the sentence, a duty of the administration, an internal decision path', () => {
    expect(
      findingsOf(
        'obligation.without_basis',
        '第五十九条 合营企业应当按照中华人民共和国有关法律的规定，缴纳各种税款。',
      ),
    ).toEqual([]);
    expect(findingsOf('obligation.without_basis', '医药部门应当及时提供救灾所需药品。')).toEqual([]);
    expect(
      findingsOf(
        'obligation.without_basis',
        '第三十九条 地方各级人民政府应当按照国家有关规定向上级人民政府报送突发事件信息。',
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        'obligation.without_basis',
        '第八条　下列事项应当提交党组会议讨论决定：（一）本局年度工作要点和重要工作部署；',
      ),
    ).toEqual([]);
  });

  test('negative: contracts oblige their parties; the rule does not read them', () => {
    const findings = runPrecheck({
      blocks: documentBlocks([
        '统计调查辅助服务采购合同',
        '甲方应当向乙方提供开展服务所必需的调查制度、调查表式和业务培训，为乙方调查员办理工作证件，并按照本合同约定支付价款。',
      ]),
      document: { kind: 'contract' },
    });
    expect(findings.filter((f) => f.ruleId === 'obligation.without_basis')).toEqual([]);
  });
});

/** 公平竞争审查条例 (bulk/admreg-0109.md) 第八–十条: the items name what a policy may not contain. */
const FAIR_COMPETITION_ARTICLES = [
  '公平竞争审查条例',
  '第八条 起草单位起草的政策措施，不得含有下列限制或者变相限制市场准入和退出的内容：',
  '（二）违法设置或者授予特许经营权；',
  '（三）限定经营、购买或者使用特定经营者提供的商品或者服务（以下统称商品）；',
  '第九条 起草单位起草的政策措施，不得含有下列限制商品、要素自由流动的内容：',
  '（一）限制外地或者进口商品、要素进入本地市场，或者阻碍本地经营者迁出，商品、要素输出；',
  '（三）排斥、限制或者变相限制外地经营者参加本地政府采购、招标投标；',
  '第十条 起草单位起草的政策措施，没有法律、行政法规依据或者未经国务院批准，不得含有下列影响生产经营成本的内容：',
  '（一）给予特定经营者税收优惠；',
];

describe('fair competition (公平竞争审查条例 第八–十一条)', () => {
  test('positive: each prohibited measure, written as a measure of the document', () => {
    const cases: [string, string][] = [
      ['competition.market_entry', '违法设置或者授予特许经营权。'],
      ['competition.designated_dealing', '限定经营、购买或者使用特定经营者提供的商品或者服务。'],
      ['competition.free_flow', '排斥、限制或者变相限制外地经营者参加本地政府采购、招标投标。'],
      ['competition.selective_benefit', '给予特定经营者税收优惠。'],
    ];
    for (const [rule, sentence] of cases) expect(findingsOf(rule, sentence), sentence).toHaveLength(1);
  });

  test('positive: real designations and the demo documents’ local registration and procurement exclusion', () => {
    expect(
      findingsOf('competition.designated_dealing', '第八条 人民币由中国人民银行指定的专门企业印制。'),
    ).toHaveLength(1);
    expect(
      findingsOf(
        'competition.designated_dealing',
        '强制免疫所需兽用生物制品，由国务院兽医行政管理部门指定的企业生产。',
      ),
    ).toHaveLength(1);
    const local = findingsOf(
      'competition.free_flow',
      '（一）在本区注册，具有独立法人资格，依法纳税和缴纳社会保险费；',
    );
    expect(local.map((f) => f.text)).toEqual(['在本区注册']);
    const procurement = findingsOf(
      'competition.free_flow',
      '同时列入统计失信企业名单，名单有效期内不得享受区级产业扶持资金，不得参与区级政府采购项目。',
    );
    expect(procurement.map((f) => f.text)).toEqual(['不得参与区级政府采购']);
  });

  test.each([
    // A capital threshold the document sets itself.
    ['competition.market_entry', '新设立的民办托育机构，注册资本不得低于50万元。', '注册资本不得低于50万元'],
    [
      'competition.market_entry',
      '申请承接统计调查业务的调查公司，注册资金应当不少于300万元。',
      '注册资金应当不少于300万元',
    ],
    ['competition.market_entry', '开办职业技能培训学校的，开办资金须达到100万元。', '开办资金须达到100万元'],
    // The agency picks the bank, the laboratory or the supplier.
    [
      'competition.designated_dealing',
      '养老机构收取的预付费，应当存入区民政局指定的银行专户管理。',
      '局指定的银行',
    ],
    [
      'competition.designated_dealing',
      '食用农产品进入超市销售前，应当提供由市农产品质量检测中心出具的检测报告。',
      '由市农产品质量检测中心出具的检测报告',
    ],
    [
      'competition.designated_dealing',
      '全区中小学课后服务所需教辅材料统一由区教育局选定的企业供应。',
      '统一由区教育局选定的企业',
    ],
    // Products kept in the local market.
    ['competition.free_flow', '本县生产的散装白酒只能在本县范围内销售。', '只能在本县范围内销售'],
    ['competition.free_flow', '享受补贴的蔬菜种植基地所产蔬菜，不得运往外地。', '不得运往外地'],
    // A reward measured by the tax paid locally.
    [
      'competition.selective_benefit',
      '对年营业收入超过1亿元的商贸企业，按其缴纳增值税地方留成部分的30%给予补贴。',
      '按其缴纳增值税地方留成部分的30%给予补贴',
    ],
    [
      'competition.selective_benefit',
      '入驻园区的统计咨询企业，根据其上缴税收的区级财政贡献给予奖励。',
      '根据其上缴税收的区级财政贡献给予奖励',
    ],
  ])('positive: %s on %s', (rule, sentence, span) => {
    expect(findingsOf(rule, sentence).map((f) => f.text)).toEqual([span]);
  });

  test('negative: the capital thresholds, designated banks and issuers, local-sale limits and tax rewards fire on no clean real text', () => {
    const bulk = readdirSync(corpusPath('bulk')).map((name) => `bulk/${name}`);
    const found = [...corpusLawFiles(), ...bulk].flatMap((file) =>
      runPrecheck({ blocks: corpusBlocks(file), document: { kind: 'admin_normative' } })
        .filter((f) => f.ruleId.startsWith('competition.'))
        .map((f) => f.text)
        .filter((text) =>
          /注册资|开办资金|实缴资本|认缴资本|银行|出具|统一由|外地|只能在|税|财政贡献/.test(text),
        ),
    );
    expect(found).toEqual([]);
  }, 60_000);

  test('negative: whom a measure applies to, the state’s own money, a threshold the text forbids', () => {
    expect(
      findingsOf('competition.free_flow', '在本市新设立的家政服务企业，应当在开业后30日内办理信用承诺。'),
    ).toEqual([]);
    expect(
      findingsOf('competition.free_flow', '对在本区新设立的科技型企业，给予一次性开办补贴5万元。').map(
        (f) => f.text,
      ),
    ).toEqual(['在本区新设立']);
    expect(
      findingsOf(
        'competition.designated_dealing',
        '当事人应当自收到行政处罚决定书之日起十五日内，到行政机关指定的银行缴纳罚款。',
      ),
    ).toEqual([]);
    expect(
      findingsOf('competition.market_entry', '不得设置注册资本不低于100万元等不合理的准入条件。'),
    ).toEqual([]);
  });

  test('negative: the same words as items of a prohibiting list', () => {
    const findings = runPrecheck({ blocks: documentBlocks(FAIR_COMPETITION_ARTICLES) });
    expect(findings.filter((f) => f.ruleId.startsWith('competition.'))).toEqual([]);
  });

  test('negative: prohibitions and wording that is not about market parties', () => {
    expect(
      findingsOf(
        'competition.designated_dealing',
        '除有特殊要求的建筑材料、专用设备和工艺生产线等外，设计单位不得指定生产厂、供应商。',
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        'competition.designated_dealing',
        '坚持便企利企，由某区统计局免费提供电子台账工具，不向企业收取任何费用，不指定或者变相指定企业购买特定软件或者服务。',
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        'competition.free_flow',
        '水资源短缺地区城镇园林绿化应当优先选用适合本地区的节水耐旱型植被，采用喷灌、微灌等节水灌溉方式。',
      ),
    ).toEqual([]);
  });
});

describe('fair competition: sanctions of a violation are not measures', () => {
  test('negative: 国务院关于禁止在市场经济活动中实行地区封锁的规定 第十一条 (bulk corpus)', () => {
    expect(
      findingsOf(
        'competition.',
        '第十一条 在道路、车站、港口、航空港或者在本行政区域边界设置关卡，阻碍外地产品进入和本地产品运出的，由省、自治区、直辖市人民政府组织经济贸易、工商行政管理、质量技术监督等部门撤除关卡。',
      ),
    ).toEqual([]);
  });
});
