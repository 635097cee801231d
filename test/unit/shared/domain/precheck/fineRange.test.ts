import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runPrecheck } from '../../../../../src/shared/domain/precheck';
import { clauseRange, fineClauses } from '../../../../../src/shared/domain/precheck/fineAmounts';
import { corpusBlocks, corpusLawFiles, corpusPath } from '../../../../support/corpus';
import { findingsOf, lawLibrary, precheck } from './helpers';

describe('fine amounts', () => {
  test.each([
    ['处五万元以上二十万元以下的罚款', 50_000, 200_000],
    ['可以并处十万元以下的罚款', 0, 100_000],
    ['处1万元至3万元罚款', 10_000, 30_000],
    ['处1万至3万元罚款', 10_000, 30_000],
    ['并处5000元以上1.5万元以下的罚款', 5000, 15_000],
    ['罚款二百元', 200, 200],
    ['处一万元以上的罚款', 10_000, Number.POSITIVE_INFINITY],
    ['处以二十五万元以下罚款', 0, 250_000],
  ])('%s', (clause, min, max) => {
    expect(clauseRange(clause)).toEqual({ min, max });
  });

  test('fines in multiples and amounts outside a fine clause are not ranges', () => {
    expect(clauseRange('并处违法所得一倍以上五倍以下的罚款')).toBeNull();
    expect(fineClauses('违法所得不足一万元的，处五万元以下的罚款。').map((c) => c.text)).toEqual([
      '处五万元以下的罚款',
    ]);
  });
});

/** power.fine_range: a tier of a 裁量基准 outside the fine range of the article it cites. */
describe('power.fine_range', () => {
  test.each([
    // statistics: 统计法 第四十四条第二款 可以并处十万元以下的罚款；情节严重的，并处十万元以上五十万元以下的罚款
    [
      '依据《中华人民共和国统计法》第四十四条第二款，企业拒绝提供统计资料，情节严重的，处50万元以上80万元以下的罚款。',
      '处50万元以上80万元以下的罚款',
      '高于所引条文的最高额50万元',
    ],
    // statistics: 第四十五条第三款 个体工商户迟报 可以并处一千元以下的罚款
    [
      '个体工商户迟报统计资料，违反《统计法》第四十五条第三款的，处2000元罚款。',
      '处2000元罚款',
      '第四十五条第三款规定的罚款幅度为1000元以下',
    ],
    // market supervision: 广告法 第六十二条 对广告主处五千元以上三万元以下的罚款
    [
      '广告主有《中华人民共和国广告法》第六十二条所列行为，情节轻微的，处2000元以上1万元以下的罚款。',
      '处2000元以上1万元以下的罚款',
      '低于所引条文的最低额5000元',
    ],
    // market supervision: 食品安全法 第一百二十六条 处五千元以上五万元以下罚款
    [
      '依照《中华人民共和国食品安全法》第一百二十六条第一款，对食品经营者处5万元以上10万元以下罚款。',
      '对食品经营者处5万元以上10万元以下罚款',
      '最高额5万元',
    ],
    // education: 山东省学前教育条例 第七十四条 处五千元以上三万元以下罚款
    [
      '幼儿园违反《山东省学前教育条例》第七十四条规定的，由教育行政部门处3万元以上5万元以下罚款。',
      '由教育行政部门处3万元以上5万元以下罚款',
      '最高额3万元',
    ],
  ])('%s', (sentence, span, words) => {
    const findings = findingsOf('power.fine_range', sentence);
    expect(findings.map((f) => [f.severity, f.text])).toEqual([['error', span]]);
    expect(findings[0]?.message).toContain(words);
  });

  test('the cited article may follow the fine in its sentence', () => {
    const findings = findingsOf(
      'power.fine_range',
      '对拒绝提供统计资料的个体工商户处2万元以下的罚款，依据为《中华人民共和国统计法》第四十四条第三款。',
    );
    expect(findings.map((f) => f.text)).toEqual(['对拒绝提供统计资料的个体工商户处2万元以下的罚款']);
    expect(findings[0]?.message).toContain('最高额1万元');
  });

  test('the tiers of a 裁量基准 under a lead-in that cites the article', () => {
    const findings = precheck([
      '某区统计局统计行政处罚裁量基准',
      '第三条　企业事业单位违反《中华人民共和国统计法》第四十五条第二款规定迟报统计资料的，按照下列阶次裁量：',
      '（一）迟报1次的，给予警告，可以并处5000元以下的罚款；',
      '（二）迟报2次的，给予警告，并处5000元以上2万元以下的罚款；',
      '（三）迟报3次以上的，给予警告，并处5万元以上8万元以下的罚款。',
    ]).filter((f) => f.ruleId === 'power.fine_range');
    expect(findings.map((f) => [f.article, f.text])).toEqual([
      ['第三条第（三）项', '并处5万元以上8万元以下的罚款'],
    ]);
  });

  test('negative: within the range, an article without fines, a law the library has not read, multiples', () => {
    for (const sentence of [
      '依据《中华人民共和国统计法》第四十五条第二款，迟报统计资料2次的，处1万元以上3万元以下的罚款。',
      '依据《中华人民共和国统计法》第四十四条，情节严重的，处20万元以上50万元以下的罚款。',
      '违反《中华人民共和国统计法》第七条规定的，处2万元以下的罚款。',
      '依照《某市统计管理办法》第二十条，处1万元以下的罚款。',
      '依据《中华人民共和国食品安全法》第一百二十二条，并处违法所得一倍以上五倍以下的罚款。',
    ]) {
      expect(findingsOf('power.fine_range', sentence), sentence).toEqual([]);
    }
  });

  // Walking the corpus takes seconds on a busy two-core machine.
  test('negative: no fine in the corpus law texts is read as outside the article it cites', () => {
    const bulk = readdirSync(corpusPath('bulk')).map((name) => `bulk/${name}`);
    const outside = [...corpusLawFiles(), ...bulk].flatMap((file) =>
      runPrecheck({ library: lawLibrary(), blocks: corpusBlocks(file) })
        .filter((f) => f.ruleId === 'power.fine_range')
        .map((f) => `${file}: ${f.text}`),
    );
    expect(outside).toEqual([]);
  }, 60_000);
});
