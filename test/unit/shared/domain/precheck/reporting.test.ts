import { describe, expect, test } from 'vitest';
import { runPrecheck } from '../../../../../src/shared/domain/precheck';
import { corpusBlocks, corpusLawFiles } from '../../../../support/corpus';
import { demoDocument, documentBlocks, findingsOf, lawLibrary } from './helpers';

const reporting = (sentence: string) => findingsOf('obligation.reporting', sentence);

describe('obligation.reporting: duties to report or hand in materials without a basis', () => {
  test('positive: statistics, market supervision and education, each naming the subject and the duty', () => {
    const cases: [string, string, string][] = [
      [
        '第五条　企业应当于每年4月30日前，向综合统计科报送经会计师事务所审计的上一年度财务报告。',
        '企业',
        '报送经会计师事务所审计的上一年度财务报告',
      ],
      [
        '第六条　规模以上工业企业应当于每月5日前登录联网直报平台，按时报送统计报表，并提供相关台账资料。',
        '规模以上工业企业',
        '报送统计报表',
      ],
      [
        '第七条　个体工商户应当每季度向所在街道市场监管所报告经营场所变更情况。',
        '个体工商户',
        '向所在街道市场监管所报告',
      ],
      [
        '第九条　网络交易平台经营者应当每月向区市场监督管理局报送平台内经营者的身份信息。',
        '网络交易平台经营者',
        '报送平台内经营者的身份信息',
      ],
      [
        '第十条　申请扶持资金的经营者，应当提交申请表、营业执照复印件和项目说明。',
        '申请扶持资金的经营者',
        '提交申请表',
      ],
      [
        '第八条　校外培训机构应当在每学期开始前15日内，将收费项目、收费标准和教师资格证明复印件报送区教育局。',
        '校外培训机构',
        '将收费项目、收费标准和教师资格证明复印件报送区教育局',
      ],
      ['第十二条　学生家长应当向学校提供家庭收入证明。', '学生家长', '提供家庭收入证明'],
      [
        '第十三条　民办学校举办者应当提供近三年的财务审计报告。',
        '民办学校举办者',
        '提供近三年的财务审计报告',
      ],
      ['第十四条　金融机构应当按季度向区统计局报送贷款投向数据。', '金融机构', '报送贷款投向数据'],
    ];
    for (const [sentence, subject, duty] of cases) {
      const findings = reporting(sentence);
      expect(findings, sentence).toHaveLength(1);
      expect(findings[0]?.severity).toBe('warning');
      expect(findings[0]?.elementId).toBe('rights_obligations');
      expect(findings[0]?.message, sentence).toContain(`${subject}应当${duty}：`);
    }
  });

  test('positive: the 应当 in an earlier clause, and items of a lead-in that imposes them', () => {
    expect(
      reporting(
        '第三条　幼儿园应当于每年9月30日前，通过教育管理信息系统，将在园幼儿人数等基础数据上报区教育局。',
      ),
    ).toHaveLength(1);
    const findings = runPrecheck({
      library: lawLibrary(),
      blocks: documentBlocks([
        '某区统计局关于加强统计基础工作的规定',
        '第四条　规模以上服务业企业应当履行下列统计义务：',
        '（一）按时报送月度统计报表；',
        '（二）每年3月底前向区统计局提供上年度统计台账复印件。',
      ]),
    }).filter((f) => f.ruleId === 'obligation.reporting');
    expect(findings.map((f) => f.text)).toEqual(['报送月度统计报表', '提供上年度统计台账']);
    expect(findings[0]?.message).toContain('规模以上服务业企业应当报送月度统计报表');
  });

  test('positive: workshops, market operators and event caterers; a lead-in to a list of materials', () => {
    expect(
      reporting('第六条　小作坊应当每半年向所在地市场监督管理所报告食品原料来源、生产量和销售去向。'),
    ).toHaveLength(1);
    expect(
      reporting('二、农贸市场开办者和婚宴承办单位，应当提前3日向街道市场监督管理所报送食材供货商名单。'),
    ).toHaveLength(1);
    const findings = reporting('第五条　申请入驻创业园区的家庭作坊应当提交下列材料：');
    expect(findings.map((f) => f.text)).toEqual(['提交下列材料']);
    expect(findings[0]?.message).toContain('家庭作坊应当提交下列材料');
  });

  test('positive: a duty added after 除按照…外 is not covered by the basis of the excepted one', () => {
    for (const sentence of [
      '第八条　限额以上批发零售企业除按照国家统计调查制度报送统计报表外，还应当每周向区商务局报送销售额。',
      '第九条　民办幼儿园除依照《幼儿园管理条例》报送年检材料外，还应当每月向区教育局报送在园幼儿名单。',
    ]) {
      expect(reporting(sentence), sentence).toHaveLength(1);
    }
    expect(reporting('第十条　企业除按照国家统计调查制度报送统计报表外，不再报送其他资料。')).toEqual([]);
  });

  test('the general finding on an earlier duty of the sentence stays beside the reporting one', () => {
    const findings = findingsOf(
      'obligation.',
      '三、检测机构应当安装视频监控设备，并每月向区市场监督管理局报送检测台账。',
    );
    expect(findings.map((f) => [f.ruleId, f.text])).toEqual([
      ['obligation.without_basis', '应当安装'],
      ['obligation.reporting', '报送检测台账'],
    ]);
  });

  test('the specific finding replaces the general one on the same sentence', () => {
    const findings = findingsOf('obligation.', '第五条　企业应当按季度向区统计局提交能源消费台账。');
    expect(findings.map((f) => f.ruleId)).toEqual(['obligation.reporting']);
  });

  test('negative: the administration reporting, a basis, a relief, a service, a noun', () => {
    const sentences = [
      '第十二条　区有关部门应当及时向区统计局报送其组织实施统计调查取得的有关资料。',
      '第十三条　区统计局应当督促企业按时报送统计报表。',
      '第十四条　各街道（镇）应当将辖区企业统计报表报送情况纳入年度评价。',
      '第十五条　区教育局应当向社会公布培训机构名单，并及时向区政府报告。',
      '第十六条　统计调查对象应当依照《中华人民共和国统计法》的规定，真实、准确、完整、及时地提供统计资料。',
      '第十七条　企业应当按照国家统计调查制度的规定报送统计资料。',
      '第十八条　食品经营者依法应当向区市场监督管理局报告食品安全事故。',
      '第十九条　已经提交的材料，企业无需重复提供证明材料。',
      '第二十条　行业协会、商会应当为会员企业提供信息咨询、宣传培训等服务。',
      '第二十一条　医疗器械注册申请人应当确保提交的资料真实、准确。',
      '第二十二条　统计调查对象提供统计资料，应当由填报人员和单位负责人签字。',
      '第二十三条　企业可以通过联网直报平台报送统计资料。',
    ];
    for (const sentence of sentences) expect(reporting(sentence), sentence).toEqual([]);
  });

  test('negative: the basis named for the document itself is no basis', () => {
    expect(reporting('第六条　企业应当按照本办法的规定向区统计局报送能源统计报表。')).toHaveLength(1);
  });

  test('negative: contracts and Party documents bind their own parties and organs', () => {
    const lines = ['某党组工作规则', '第六条　党员应当及时向党组织报告个人有关事项。'];
    for (const kind of ['party_normative', 'contract'] as const) {
      const findings = runPrecheck({
        blocks: documentBlocks(lines),
        library: lawLibrary(),
        document: { kind },
      });
      expect(findings.filter((f) => f.ruleId === 'obligation.reporting')).toEqual([]);
    }
  });
});

describe('obligation.reporting on clean real texts', () => {
  test('statistics regulations: duties with their basis, and the administration’s own reporting', () => {
    // 统计法实施条例, 全国经济普查条例, 政府信息公开条例: many 报送/提供 clauses, each cited or the administration's.
    for (const file of ['bulk/admreg-0563.md', 'bulk/admreg-0094.md', 'bulk/admreg-0391.md']) {
      const findings = runPrecheck({ blocks: corpusBlocks(file), library: lawLibrary() });
      expect(
        findings.filter((f) => f.ruleId === 'obligation.reporting').map((f) => f.message),
        file,
      ).toEqual([]);
    }
  });

  test('the demo workspace’s normative documents raise it only where a draft was written to (document 6)', () => {
    for (let index = 0; index <= 16; index += 1) {
      const demo = demoDocument(index);
      const lines = demo.versions.at(-1)?.text ?? [];
      const findings = runPrecheck({
        blocks: documentBlocks(lines),
        library: lawLibrary(),
        document: { title: demo.title, kind: demo.kind as never },
      }).filter((f) => f.ruleId === 'obligation.reporting');
      expect(
        findings.map((f) => f.article),
        demo.title,
      ).toEqual(index === 5 ? ['第四条', '第五条'] : []);
    }
  });

  test('on the laws of the corpus it names a subject that is not the administration', () => {
    const administration = /政府|机关|部门|统计局|统计机构|委员会|办公室/;
    let count = 0;
    for (const file of corpusLawFiles().filter((name) => name.startsWith('pairs/norm/'))) {
      for (const finding of runPrecheck({ blocks: corpusBlocks(file), library: lawLibrary() })) {
        if (finding.ruleId !== 'obligation.reporting') continue;
        count += 1;
        const subject = finding.message.slice(0, finding.message.indexOf('应当'));
        expect(subject, `${file} ${finding.article ?? ''}`).not.toMatch(administration);
      }
    }
    // Laws lay such duties themselves (申请人应当提交…): the rule does see them there.
    expect(count).toBeGreaterThan(20);
  });
});
