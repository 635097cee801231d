import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { runPrecheck } from '../../../../../src/shared/domain/precheck';
import { corpusBlocks, corpusLawFiles, corpusPath } from '../../../../support/corpus';
import { findingsOf } from './helpers';

/** 变相许可: prior consent required under another name than 审批, 批准, 核准 or 许可. */
describe('power.license: disguised licences', () => {
  test.each([
    // statistics
    ['未经区统计局登记，任何单位不得开展涉外统计调查活动。', '未经区统计局登记，任何单位不得'],
    ['统计调查项目须经区统计局审核同意后方可组织实施。', '须经区统计局审核同意后方可'],
    ['民间统计调查机构取得统计调查资格后方可承接政府统计调查项目。', '取得统计调查资格后方可'],
    // market supervision
    ['未经登记，个体工商户不得以网店名义从事经营活动。', '未经登记，个体工商户不得'],
    ['本区对农贸市场内的活禽经营实行准入管理。', '实行准入管理'],
    ['对本区新设立的美容美发经营者实行行业准入。', '实行行业准入'],
    ['经营者须经市场监督管理所同意后方可在店外设置促销摊位。', '须经市场监督管理所同意后方可'],
    ['食品摊贩经街道办事处备案后方可在指定区域经营。', '经街道办事处备案后方可'],
    // education
    ['校外培训机构未经区教育局备案不得招收学员。', '未经区教育局备案不得'],
    ['教辅材料须经同意后方可进入校园销售。', '须经同意后方可'],
    ['托育机构经区卫生健康委员会验收合格后方可开展托育服务。', '经区卫生健康委员会验收合格后方可'],
    ['研学服务机构具备区教育局认定的资质后方可组织中小学生研学活动。', '具备区教育局认定的资质后方可'],
    // an authority's inspection or assessment first, or a ban on the persons not registered
    ['游泳场所须经区体育局组织的安全检查合格后方可对外开放。', '须经区体育局组织的安全检查合格后方可'],
    ['大型促销活动须经区市场监督管理局现场核查同意后方可举办。', '须经区市场监督管理局现场核查同意后方可'],
    ['未经区教育局备案的机构和个人，不得以研学名义组织中小学生外出。', '未经区教育局备案的机构和个人，不得'],
    ['未经街道登记的商户和个人，不得在夜市摆摊经营。', '未经街道登记的商户和个人，不得'],
  ])('%s', (sentence, span) => {
    const findings = findingsOf('power.license', sentence);
    expect(findings.map((f) => [f.severity, f.text])).toEqual([['warning', span]]);
    expect(findings[0]?.message).toContain('许可');
  });

  test('a cited basis makes it a note on a cited measure', () => {
    expect(
      findingsOf(
        'power.',
        '依照《中华人民共和国民办教育促进法》第十二条的规定，民办学校未经审批机关登记不得招生。',
      ).map((f) => f.ruleId),
    ).toEqual(['power.cited']);
  });

  test('negative: a person’s consent, a rule on evidence, an effect in civil law, a duty of an authority', () => {
    for (const sentence of [
      '未经本人同意，统计机构不得对外提供个人统计资料。',
      '学生的个人信息未经监护人同意不得公开。',
      '未经审核或者经审核不符合要求的，不得作为行政处罚的证据。',
      '抵押未经登记的，抵押权不得对抗善意第三人。',
      '未经审核的统计数据，有关部门不得对外公布。',
      '统计调查项目经统计局审批后，制定机关方可组织实施。',
      '教师未经学校同意不得在校外兼职。',
      '重要事项未经法制科审核的，不得提交局务会议研究。',
      '对外商投资实行准入前国民待遇加负面清单管理制度。',
    ]) {
      expect(findingsOf('power.license', sentence), sentence).toEqual([]);
    }
  });

  // Walking the corpus takes seconds on a busy two-core machine.
  test('negative: no sentence of the corpus texts reads a person’s consent or an effect as a licence', () => {
    const bulk = readdirSync(corpusPath('bulk')).map((name) => `bulk/${name}`);
    const disguised = [...corpusLawFiles(), ...bulk].flatMap((file) =>
      runPrecheck({ blocks: corpusBlocks(file), document: { kind: 'admin_normative' } })
        .filter((f) => f.ruleId === 'power.license' && f.message.startsWith('以登记'))
        .map((f) => f.text),
    );
    // Each is a real prior-consent requirement in a law, where the law may set it (未经审定的教科书，不得出版).
    expect(
      disguised.every((text) =>
        /未经[^，]*(?:登记|备案|同意|审核|审查|审定|验收|注册)|准入|后方可/.test(text),
      ),
    ).toBe(true);
    expect(disguised.filter((text) => /本人|监护人|对抗|证据|当事人/.test(text))).toEqual([]);
  }, 60_000);
});
