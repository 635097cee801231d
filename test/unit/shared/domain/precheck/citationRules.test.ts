import { describe, expect, test } from 'vitest';
import { runPrecheck } from '../../../../../src/shared/domain/precheck';
import { documentBlocks, findingsOf, lawLibrary } from './helpers';

describe('citation.repealed', () => {
  test('positive: 统计法实施细则 (demo document 6) names its replacement', () => {
    const findings = findingsOf(
      'citation.repealed',
      '第一条　为进一步加强我区规模以上企业统计报表报送管理，确保各项统计数据按时报送，根据《中华人民共和国统计法》《中华人民共和国统计法实施细则》，结合工作实际，制定本规定。',
    );
    expect(findings.map((f) => [f.severity, f.elementId, f.text])).toEqual([
      ['error', 'content_legality', '《中华人民共和国统计法实施细则》'],
    ]);
    expect(findings[0]?.message).toContain('《中华人民共和国统计法实施条例》');
    expect(findings[0]?.message).toContain('2017年8月1日');
  });

  test('positive: corpus sentences citing 行政监察法 and 法规规章备案条例', () => {
    const supervision = findingsOf(
      'citation.repealed',
      '根据《中华人民共和国公务员法》和《中华人民共和国行政监察法》，制定本条例。',
    );
    expect(supervision.map((f) => f.text)).toEqual(['《中华人民共和国行政监察法》']);
    expect(supervision[0]?.message).toContain('《中华人民共和国监察法》');
    const filing = findingsOf(
      'citation.repealed',
      '第三十四条 规章应当自公布之日起30日内，由法制机构依照立法法和《法规规章备案条例》的规定向有关机关备案。',
    );
    expect(filing[0]?.message).toContain('《法规规章备案审查条例》');
  });

  test('negative: laws in force, and the repeal clause that names the repealed law', () => {
    expect(
      findingsOf('citation.', '根据《中华人民共和国统计法》和《中华人民共和国统计法实施条例》，制定本办法。'),
    ).toEqual([]);
    expect(
      findingsOf('citation.repealed', '2001年12月14日国务院发布的《法规规章备案条例》同时废止。'),
    ).toEqual([]);
  });
});

describe('citation.renumbered', () => {
  test('positive: 统计法第四十一条 used in the 2009 sense (demo document 6)', () => {
    const findings = findingsOf(
      'citation.renumbered',
      '企业拒报统计报表的，依照《中华人民共和国统计法》第四十一条的规定，处五万元以下罚款。',
    );
    expect(findings.map((f) => [f.severity, f.text])).toEqual([['warning', '第四十一条']]);
    expect(findings[0]?.message).toContain('2009年文本第四十一条现为第四十四条');
    expect(findings[0]?.message).toContain('10万元以下');
  });

  test('positive: 行政处罚法 2017 articles cited in corpus regulations, mapped to the 2021 text', () => {
    const lenient = findingsOf(
      'citation.renumbered',
      '第十七条 经营者有《中华人民共和国行政处罚法》第二十七条所列情形的，应当依法从轻或者减轻处罚。',
    );
    expect(lenient[0]?.message).toContain('第二十七条现为第三十二条');
    expect(lenient[0]?.message).toContain('自动对齐');
    const minors = findingsOf(
      'citation.renumbered',
      '（一）依照《中华人民共和国行政处罚法》第二十五条、第二十六条规定不予行政处罚的当事人携带、邮寄国家禁止进出境的货物、物品；',
    );
    expect(minors.map((f) => f.text)).toEqual(['第二十五条', '第二十六条']);
  });

  test('negative: citations that follow the current numbering (demo documents 2 and 12)', () => {
    expect(
      findingsOf(
        'citation.',
        '第十一条　区统计局在调查统计违法行为或者核查统计数据时，可以依照《中华人民共和国统计法》第三十八条的规定采取下列措施：',
      ),
    ).toEqual([]);
    expect(
      findingsOf(
        'citation.',
        '《中华人民共和国统计法》第二十八条规定，此类资料任何单位和个人不得对外提供、泄露，不得用于统计以外的目的。',
      ),
    ).toEqual([]);
    // Unchanged numbers (统计法 1–5) and references without 《》 inside the 实施条例 itself (RULES §8.2).
    expect(findingsOf('citation.', '依照《中华人民共和国统计法》第三条的规定，加强统计工作。')).toEqual([]);
    expect(
      findingsOf('citation.', '第五十条 下列情形属于统计法第四十一条第二款规定的情节严重行为：'),
    ).toEqual([]);
  });

  test('a citation that names the old version is read in the old numbering', () => {
    const findings = findingsOf(
      'citation.',
      '依据《中华人民共和国立法法》（2015年修正）第九十八条的规定报送备案。',
    );
    expect(findings.map((f) => f.ruleId)).toEqual(['citation.outdated_version', 'citation.renumbered']);
    expect(findings[1]?.message).toContain('第九十八条现为第一百零九条');
  });
});

describe('citation.renumbered in the rows of a 裁量基准', () => {
  function rowFindings(rows: string[]): string[] {
    return runPrecheck({
      library: lawLibrary(),
      blocks: documentBlocks(['某县统计局统计行政处罚裁量基准', ...rows]),
    })
      .filter((f) => f.ruleId.startsWith('citation.renumber'))
      .map((f) => `${f.ruleId} ${f.text}`);
  }

  test('negative: the row’s 违法行为 and 处罚幅度 lines show the current numbering is meant', () => {
    expect(
      rowFindings([
        '一、个体工商户迟报统计资料',
        '违法行为：作为统计调查对象的个体工商户迟报统计资料。',
        '法律依据：《中华人民共和国统计法》第四十五条第三款。',
        '处罚幅度：首次迟报的，给予警告；再次迟报的，可以并处1000元以下罚款。',
        '二、企业拒绝提供统计资料',
        '违法行为：企业事业单位拒绝提供统计资料或者经催报后仍未按时提供统计资料。',
        '法律依据：《中华人民共和国统计法》第四十四条第一款。',
        '处罚幅度：责令改正，给予警告，可以予以通报；情节较重的，并处罚款。',
      ]),
    ).toEqual([]);
  });

  test('positive: a row that describes the old article under its old number', () => {
    expect(
      rowFindings([
        '一、企业拒报统计资料',
        '违法行为：企业拒绝提供统计资料或者经催报后仍未按时提供统计资料。',
        '法律依据：《中华人民共和国统计法》第四十一条。',
        '处罚幅度：责令改正，给予警告，并处五万元以下罚款。',
      ]),
    ).toEqual(['citation.renumbered 第四十一条']);
  });
});

describe('citation.renumber_unclear', () => {
  test('positive: no context to tell the numbering', () => {
    const findings = findingsOf('citation.', '根据《中华人民共和国统计法》第七条，制定本办法。');
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([['citation.renumber_unclear', 'info']]);
    expect(findings[0]?.message).toContain('原第七条现为第八条');
  });

  test('negative: a citation with enough context resolves one way or the other', () => {
    expect(
      findingsOf(
        'citation.renumber_unclear',
        '企业拒报统计报表的，依照《中华人民共和国统计法》第四十一条的规定，处五万元以下罚款。',
      ),
    ).toEqual([]);
  });
});

describe('citation.outdated_version', () => {
  test('positive: a superseded version named in the citation', () => {
    const findings = findingsOf(
      'citation.outdated_version',
      '依照《中华人民共和国行政处罚法（2017年修正）》的规定。',
    );
    expect(findings[0]?.message).toContain('2021年1月22日');
  });

  test('negative: the current version named', () => {
    expect(findingsOf('citation.', '依照《中华人民共和国行政处罚法》（2021年修订）第十六条的规定。')).toEqual(
      [],
    );
  });
});

describe('citation.unknown', () => {
  test('positive: an instrument the library does not hold (demo document 7)', () => {
    const findings = findingsOf(
      'citation.unknown',
      '第一条　为加强和规范党组工作，根据《中国共产党党组工作条例》，结合本局实际，制定本规则。',
    );
    expect(findings.map((f) => [f.severity, f.text])).toEqual([['info', '《中国共产党党组工作条例》']]);
  });

  test('negative: forms, and the document citing its own title', () => {
    expect(
      findingsOf('citation.unknown', '本机关于2026年6月8日收到您通过信函方式提交的《政府信息公开申请表》。'),
    ).toEqual([]);
    const own = runPrecheck({
      library: lawLibrary(),
      blocks: documentBlocks([
        '某区统计局统计调查项目管理办法',
        '第二条 《某区统计局统计调查项目管理办法》适用于本区。',
      ]),
    });
    expect(own.filter((f) => f.ruleId.startsWith('citation.'))).toEqual([]);
  });
});

describe('citation.unknown: what is not reported', () => {
  test('amending decisions and short names defined in the text', () => {
    expect(
      findingsOf(
        'citation.unknown',
        '2002年12月28日 《国务院关于修改〈中华人民共和国专利法实施细则〉的决定》第一次修订',
      ),
    ).toEqual([]);
    expect(findingsOf('citation.unknown', '违反《规定》第五条的，由海关责令改正。')).toEqual([]);
  });
});
