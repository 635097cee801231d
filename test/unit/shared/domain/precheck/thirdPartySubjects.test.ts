import { describe, expect, test } from 'vitest';
import { blockText } from '../../../../../src/shared/domain/blocks';
import { runPrecheck } from '../../../../../src/shared/domain/precheck';
import { isAgencySubject } from '../../../../../src/shared/domain/precheck/subjects';
import { corpusBlocks } from '../../../../support/corpus';
import { findingsOf, lawLibrary } from './helpers';

/**
 * Duties laid on third parties whose names contain 科, 股 or 机构 are duties on the public, not the
 * agency's own: 科研院所, 股份合作企业, 金融机构 must be read like any enterprise.
 */
describe('obligation.without_basis on third parties named with 科, 股 or 机构', () => {
  test.each([
    ['科研院所应当配备专职统计人员，并于每年1月底前参加区统计局组织的业务培训。', '应当配备'],
    ['辖区内科技型企业须安装研发费用统计联网直报软件。', '须安装'],
    ['股份合作企业应当接受街道统计站每季度的统计执法检查。', '应当接受'],
    ['控股公司及其参股企业必须承担所属单位的统计报表汇总工作。', '必须承担'],
    ['金融机构应当配备与统计报表任务相适应的统计人员。', '应当配备'],
    ['校外培训机构应当购买学员意外伤害保险。', '应当购买'],
    ['检验检测机构应当参加市场监管部门组织的能力验证。', '应当参加'],
    ['民办教育机构应当在招生前办理收费公示手续。', '应当在招生前办理'],
    ['本科院校和高等专科学校应当配备专职的教育统计人员。', '应当配备'],
  ])('%s', (sentence, duty) => {
    expect(findingsOf('obligation.without_basis', sentence).map((f) => f.text)).toEqual([duty]);
  });

  test.each([
    [
      '区内各保险机构应当为中小学生开设专项意外伤害保险产品。',
      '保险机构应当为中小学生开设专项意外伤害保险产品',
    ],
    ['本区科研院所应当于每年6月底前向社会开放实验室。', '科研院所应当于每年6月底前向社会开放实验室'],
    ['从事农产品收购的股份合作社，应当建立收购台账。', '股份合作社，应当建立收购台账'],
    ['认证机构应当在官方网站公示认证收费标准。', '认证机构应当在官方网站公示认证收费标准'],
  ])('any duty of a third party, not only to hand in or pay: %s', (sentence, span) => {
    expect(findingsOf('obligation.without_basis', sentence).map((f) => f.text)).toEqual([span]);
  });

  test('a third party’s duty under a cited or followed rule is covered', () => {
    for (const sentence of [
      '检验检测机构应当依照《检验检测机构资质认定管理办法》的规定出具报告。',
      '校外托管机构等应当参照本章有关规定，加强未成年人保护工作。',
    ]) {
      expect(findingsOf('obligation.without_basis', sentence), sentence).toEqual([]);
    }
  });

  test('the agency and its divisions still are not burdened: 统计机构, 综合统计科, 统计股, 管理机构', () => {
    for (const sentence of [
      '县级以上人民政府统计机构应当及时提供统计资料。',
      '综合统计科应当配备统计执法证件。',
      '乡镇统计股应当办理统计调查项目的备案手续。',
      '市场监督管理机构应当接受社会监督。',
      '区教育局基础教育科应当参加年度统计数据质量核查。',
    ]) {
      expect(findingsOf('obligation.without_basis', sentence)).toEqual([]);
    }
  });

  test('a cited basis still covers a third party duty', () => {
    expect(
      findingsOf(
        'obligation.without_basis',
        '金融机构应当依照《中华人民共和国统计法》第七条的规定提供统计资料。',
      ),
    ).toEqual([]);
  });

  test('subject reading: third parties are not the agency', () => {
    expect(isAgencySubject('科研院所')).toBe(false);
    expect(isAgencySubject('股份合作企业')).toBe(false);
    expect(isAgencySubject('金融机构')).toBe(false);
    expect(isAgencySubject('科研机构')).toBe(false);
    expect(isAgencySubject('综合统计科')).toBe(true);
    expect(isAgencySubject('统计股')).toBe(true);
    expect(isAgencySubject('统计机构')).toBe(true);
  });

  test('real texts: no duty of a 统计机构 or a 监督管理机构 is read as a burden on the public', () => {
    // 统计法 (2024) and 期货和衍生品法 (2022) lay many duties on agencies named …机构.
    for (const file of ['bulk/law-0201.md', 'bulk/law-0174.md']) {
      const blocks = corpusBlocks(file);
      const texts = new Map(blocks.map((block) => [block.id, blockText(block)]));
      const burdened = runPrecheck({ library: lawLibrary(), blocks, document: { kind: 'admin_normative' } })
        .filter((f) => f.ruleId === 'obligation.without_basis')
        .map((f) => {
          const before = (texts.get(f.blockId) ?? '').slice(0, f.start);
          return before.split(/[。；，：]/).pop() ?? '';
        });
      expect(burdened.length, file).toBeGreaterThan(0);
      expect(
        burdened.filter((subject) => /(?:统计|监督管理|主管)机构$|统计机构/.test(subject)),
        file,
      ).toEqual([]);
    }
  });
});
