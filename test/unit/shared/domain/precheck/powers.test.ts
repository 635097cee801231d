import { describe, expect, test } from 'vitest';
import { findingsOf } from './helpers';

/**
 * 许可/处罚/强制/收费/征收 (RULES §1.3). Sentences are taken from the corpus (bulk/*.md) and from the demo
 * document 6; a statute may set these measures, so a positive here means "would be unlawful in a
 * normative document", which is what the rule reports.
 */

describe('power.penalty', () => {
  test('positive: fines and licence revocation set in the text', () => {
    const fine = findingsOf(
      'power.penalty',
      '第三十四条 违反本办法第十六条的规定，不办理暂住登记的，处以警告或者100元以上、500元以下的罚款。',
    );
    expect(fine.map((f) => [f.severity, f.text])).toEqual([
      ['error', '处以警告或者100元以上、500元以下的罚款'],
    ]);
    expect(fine[0]?.article).toBe('第三十四条');
    expect(findingsOf('power.penalty', '情节严重的，吊销营业执照。').map((f) => f.text)).toEqual([
      '吊销营业执照',
    ]);
    // Demo document 6, 第七条: one finding per sentence that sets a fine.
    const demo = findingsOf(
      'power.penalty',
      '第七条　企业迟报统计报表的，每迟报一次处以2000元罚款；企业统计人员无故不参加统计业务培训的，对企业处以500元罚款；企业拒报统计报表的，依照《中华人民共和国统计法》第四十一条的规定，处五万元以下罚款。',
    );
    expect(demo.map((f) => f.text)).toEqual(['处以2000元罚款', '处以500元罚款']);
  });

  test('positive: 除依照…外 adds a fine on top of the cited one', () => {
    const findings = findingsOf(
      'power.',
      '第三十条 持用伪造、涂改等无效的旅行证件或者冒用他人的旅行证件出境、入境的，除依照《中华人民共和国公民出境入境管理法实施细则》第二十三条的规定处罚外，可以单处或者并处100元以上、500元以下的罚款。',
    );
    expect(findings.map((f) => [f.ruleId, f.text])).toEqual([
      ['power.penalty', '单处或者并处100元以上、500元以下的罚款'],
    ]);
  });

  test('negative: a penalty imposed under a cited law is a note, not an error', () => {
    const cited = findingsOf(
      'power.',
      '第五十四条 依照《土地管理法》第七十四条的规定处以罚款的，罚款额为违法所得的10%以上50%以下。',
    );
    expect(cited.map((f) => [f.ruleId, f.severity])).toEqual([['power.cited', 'info']]);
    const demo = findingsOf(
      'power.',
      '企业拒报统计报表的，依照《中华人民共和国统计法》第四十一条的规定，处五万元以下罚款。',
    );
    expect(demo.map((f) => f.ruleId)).toEqual(['power.cited']);
    const generic = findingsOf(
      'power.',
      '尚不构成犯罪的，依照《中华人民共和国治安管理处罚法》的规定予以处罚；',
    );
    expect(generic.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('negative: the items of a 下列阶次 lead-in that cites the law are covered by it', () => {
    const findings = findingsOf(
      'power.',
      '第十条　企业事业单位或者其他组织有《中华人民共和国统计法》第四十四条第一款所列行为之一的，按照下列阶次裁量：（一）违法情节一般的，给予警告，可以并处3万元以下的罚款；（二）违法情节较重的，给予警告，并处3万元以上10万元以下的罚款。',
    );
    // The lead-in and item (一) form one sentence, item (二) another: one note each.
    expect(findings.map((f) => f.ruleId)).toEqual(['power.cited', 'power.cited']);
  });

  test('negative: disciplinary 警告处分, a penalty already imposed, and 不予行政处罚', () => {
    expect(
      findingsOf('power.penalty', '第二十四条 违反财经纪律，挥霍浪费国家资财的，给予警告处分；'),
    ).toEqual([]);
    expect(
      findingsOf('power.penalty', '（二）当事人涉嫌违法行为依法可能被处以罚款、没收违法所得的金额；'),
    ).toEqual([]);
    expect(findingsOf('power.penalty', '违法行为轻微并及时纠正，没有造成危害后果的，不予行政处罚。')).toEqual(
      [],
    );
    expect(
      findingsOf(
        'power.penalty',
        '当事人应当自收到行政处罚决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款。',
      ),
    ).toEqual([]);
  });
});

describe('power.enforcement', () => {
  test('positive: 查封、扣押 without a basis, as one finding', () => {
    const corpus = findingsOf(
      'power.enforcement',
      '工商行政管理部门发现涉嫌非法生产、销售军服或者军服仿制品的行为时，可以查封、扣押涉嫌物品。',
    );
    expect(corpus.map((f) => [f.severity, f.text])).toEqual([['error', '查封、扣押']]);
    const demo = findingsOf(
      'power.enforcement',
      '第八条　对连续两个月迟报或者拒报的企业，综合统计科可以查封、扣押其财务账簿和统计台账，并通报其主管部门和所在街道（镇）；同时列入统计失信企业名单，名单有效期内不得享受区级产业扶持资金，不得参与区级政府采购项目。',
    );
    expect(demo.map((f) => f.text)).toEqual(['查封、扣押']);
  });

  test('negative: lifting a measure, goods already seized, and 依法 seizure', () => {
    expect(
      findingsOf(
        'power.enforcement',
        '工商行政管理部门逾期未作出处理决定的，被查封的物品视为解除查封，被扣押的财物应当予以退还。',
      ),
    ).toEqual([]);
    expect(
      findingsOf('power.enforcement', '经查明确实与案件无关的，应当在三日以内解除查封或者予以退还。'),
    ).toEqual([]);
    const lawful = findingsOf('power.', '（一）将依法查封、扣押的被处罚人的财物拍卖或者变卖抵缴罚款。');
    expect(lawful.map((f) => f.ruleId)).toEqual(['power.cited']);
  });
});

describe('power.license', () => {
  test('positive: 须经…批准 and 未经批准…不得 on the public', () => {
    const change = findingsOf(
      'power.license',
      '在合作期限内，合作企业协议、合同、章程有重大变更的，须经审查批准机关批准。',
    );
    expect(change.map((f) => [f.severity, f.text])).toEqual([['warning', '须经审查批准']]);
    expect(findingsOf('power.license', '未经批准，不得增加项目或者提高标准。')).toHaveLength(1);
  });

  test('negative: an approval the administration itself must obtain, and a cited basis', () => {
    expect(
      findingsOf('power.license', '第十八条　统计调查制度的内容需要变更的，制定机关应当报经区统计局批准。'),
    ).toEqual([]);
    expect(
      findingsOf(
        'power.license',
        '第五条 公民依照法律规定，在中国人民解放军履行兵役义务，必须经县级兵役机关批准。',
      ),
    ).toEqual([]);
  });
});

describe('power.fee', () => {
  test('positive: a fee to pay or to bear', () => {
    expect(
      findingsOf('power.fee', '第二十三条 交易双方成交后，应当向航运交易所缴纳手续费。').map((f) => f.text),
    ).toEqual(['缴纳手续费']);
    const demo = findingsOf(
      'power.fee',
      '第六条　企业统计人员每年应当参加综合统计科组织的统计业务培训不少于2次，培训费用每人每期300元，由企业承担。',
    );
    expect(demo.map((f) => f.text)).toEqual(['费用每人每期300元，由企业承担']);
  });

  test('negative: no fee, fees borne by the budget or the authority, and fees already collected', () => {
    expect(findingsOf('power.fee', '第四十二条 行政机关依申请提供政府信息，不收取费用。')).toEqual([]);
    expect(findingsOf('power.fee', '监测抽查不得向被抽查人收取任何费用，所需费用由同级财政列支。')).toEqual(
      [],
    );
    expect(findingsOf('power.fee', '评估费用由核准机关承担。')).toEqual([]);
    expect(
      findingsOf(
        'power.fee',
        '第三十九条 中外合作办学机构收取的费用应当主要用于教育教学活动和改善办学条件。',
      ),
    ).toEqual([]);
  });
});

describe('power.levy', () => {
  test('positive: 征收 of a tax', () => {
    expect(findingsOf('power.levy', '超过500万元的部分，减半征收企业所得税。').map((f) => f.text)).toEqual([
      '征收',
    ]);
  });

  test('negative: a prohibition to levy and 依法 levying', () => {
    expect(
      findingsOf('power.levy', '此项劳动保险金，不得在工人与职员工资内扣除，并不得向工人与职员另行征收。'),
    ).toEqual([]);
    expect(
      findingsOf('power.levy', '第三十五条 军队人员个人所得税征收事宜，按照有关规定执行。'),
    ).toHaveLength(1);
    expect(findingsOf('power.levy', '税务机关依法征收税款。')).toEqual([]);
  });
});
