import { describe, expect, test } from 'vitest';
import { runPrecheck } from '../../../../../src/shared/domain/precheck';
import { corpusBlocks, corpusLawFiles } from '../../../../support/corpus';
import { findingsOf, lawLibrary, precheck } from './helpers';

describe('citation.doubtful', () => {
  test('the library marks what RULES §8.4 leaves open', () => {
    const library = lawLibrary();
    expect(library.find('统计违法违纪行为处分规定')?.law.doubt?.kind).toBe('部分失效');
    expect(library.find('行政机关公务员处分条例')?.law.doubt?.kind).toBe('效力存疑');
    expect(library.find('中华人民共和国统计法')?.law.doubt).toBeUndefined();
  });

  test('positive: a partly superseded or doubtful regulation cited as a basis', () => {
    const findings = findingsOf(
      'citation.',
      '第十八条　统计人员违反本办法的，依照《统计违法违纪行为处分规定》给予处分。',
    );
    expect(findings.map((f) => [f.ruleId, f.severity, f.text])).toEqual([
      ['citation.doubtful', 'warning', '《统计违法违纪行为处分规定》'],
    ]);
    expect(findings[0]?.message).toContain('部分失效');
    expect(findings[0]?.message).toContain('公职人员政务处分法');
    const other = findingsOf(
      'citation.doubtful',
      '第九条　对有关责任人员，依照《行政机关公务员处分条例》的规定给予处分。',
    );
    expect(other).toHaveLength(1);
    expect(other[0]?.message).toContain('《行政机关公务员处分条例》效力存疑：现行效力未经核实');
  });

  test('negative: current laws and the regulations that replaced the doubtful ones', () => {
    for (const sentence of [
      '第九条　对有关责任人员，依照《中华人民共和国公职人员政务处分法》给予政务处分。',
      '第十条　依照《中华人民共和国统计法》第四十四条的规定处理。',
      '第十一条　依照《中华人民共和国统计法实施条例》第五十条的规定处理。',
    ])
      expect(findingsOf('citation.doubtful', sentence), sentence).toEqual([]);
  });

  test('negative: the law texts of the corpus cite no doubtful regulation', () => {
    for (const file of corpusLawFiles().filter((name) => name.startsWith('pairs/norm/'))) {
      const findings = runPrecheck({ blocks: corpusBlocks(file), library: lawLibrary() });
      expect(
        findings.filter((f) => f.ruleId === 'citation.doubtful'),
        file,
      ).toEqual([]);
    }
  });
});

describe('citation.unknown: the text’s own title inside its 印发通知', () => {
  test('negative: the issued document named in the notice, in several phrasings', () => {
    const notices: string[][] = [
      [
        '某区统计局关于印发《某区统计数据质量管理办法》的通知',
        '各街道办事处，区政府各部门：',
        '现将《某区统计数据质量管理办法》印发给你们，请认真贯彻执行。',
      ],
      [
        '某区市场监督管理局关于印发信用监管实施细则的通知',
        '《某区市场主体信用分级分类监管实施细则》已经局务会议审议通过，现予印发，请遵照执行。',
      ],
      [
        '某区教育局关于规范校外培训的通知',
        '为规范校外培训，我局研究制定了《某区校外培训机构监督管理办法》，现印发给你们。',
        '某区校外培训机构监督管理办法',
        '第一条　为规范校外培训机构管理，制定本办法。',
      ],
    ];
    for (const lines of notices) {
      const unknown = precheck(lines).filter((f) => f.ruleId === 'citation.unknown');
      expect(unknown, lines[0]).toEqual([]);
    }
  });

  test('positive: another instrument the library does not hold, in the same notice', () => {
    const findings = precheck([
      '某区统计局关于印发《某区统计数据质量管理办法》的通知',
      '根据《某省统计数据质量管理规定》，现将《某区统计数据质量管理办法》印发给你们，请认真贯彻执行。',
    ]).filter((f) => f.ruleId === 'citation.unknown');
    expect(findings.map((f) => f.text)).toEqual(['《某省统计数据质量管理规定》']);
  });
});

describe('citation.renumber_unclear: a current article restated word for word', () => {
  test('negative: the current article of an amended law, its content quoted', () => {
    for (const sentence of [
      '第三条　依照《中华人民共和国行政处罚法》第十条规定，法律可以设定各种行政处罚。限制人身自由的行政处罚，只能由法律设定。',
      '第四条　依照《中华人民共和国行政处罚法》第十一条规定，行政法规可以设定除限制人身自由以外的行政处罚。',
      '第五条　依照《中华人民共和国立法法》第三十三条规定，列入常务委员会会议议程的法律案，各方面的意见比较一致的，可以经两次常务委员会会议审议后交付表决。',
    ])
      expect(findingsOf('citation.', sentence), sentence).toEqual([]);
  });

  test('positive: the old number with the old article’s wording is still a renumbering', () => {
    // 行政处罚法 2017 第十条 (行政法规可以设定…) is 第十一条 now.
    const findings = findingsOf(
      'citation.',
      '第四条　依照《中华人民共和国行政处罚法》第十条规定，行政法规可以设定除限制人身自由以外的行政处罚。',
    );
    expect(findings.map((f) => f.ruleId)).toEqual(['citation.renumbered']);
    expect(findings[0]?.message).toContain('现为第十一条');
  });

  test('positive: no wording to tell the numbering stays unclear', () => {
    const findings = findingsOf('citation.', '根据《中华人民共和国统计法》第七条，制定本办法。');
    expect(findings.map((f) => f.ruleId)).toEqual(['citation.renumber_unclear']);
  });
});
