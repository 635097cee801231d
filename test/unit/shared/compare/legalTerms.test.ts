import { describe, expect, test } from 'vitest';
import { findTerms } from '../../../../src/shared/compare/legalTerms';
import { corpusText } from '../../../support/corpus';

/** The line of a corpus text that starts with `start`. */
function corpusLine(file: string, start: string): string {
  const line = corpusText(`pairs/norm/${file}.txt`)
    .split('\n')
    .find((candidate) => candidate.startsWith(start));
  if (line === undefined) throw new Error(`no line ${start} in ${file}`);
  return line;
}

const terms = (text: string) => findTerms(text).map(({ category, term }) => `${category}:${term}`);

describe('legal-force terms', () => {
  test('modal words, amounts, time limits and powers, with offsets into the text', () => {
    const text = '第一条 统计机构应当在三十日内报送资料，不得收费；违反的，处五千元以上一万元以下罚款。';
    const found = findTerms(text);
    expect(found.map(({ category, term }) => [category, term])).toEqual([
      ['modal', '应当'],
      ['modal', '不得'],
      ['amount', '五千元'],
      ['amount', '一万元'],
      ['time_limit', '三十日'],
      ['power', '收费'],
      ['power', '罚款'],
    ]);
    for (const match of found) expect(text.slice(match.start, match.end)).toBe(match.term);
  });

  test('a law named in book-title marks is not a use of the power (行政处罚法 2021, 第七十三条)', () => {
    // “依照《中华人民共和国行政强制法》的规定申请人民法院强制执行”: the second 强制 counts, the title does not.
    const line = corpusLine('xingzhengchufafa_2021', '（四）依照《中华人民共和国行政强制法》');
    expect(terms(line)).toEqual(['power:强制']);
  });

  test('a law named without marks is not either (体育法 2016, 第四十九条)', () => {
    const line = corpusLine('tiyufa_2016', '有前款所列行为，违反治安管理的');
    expect(terms(line)).toEqual(['power:处罚']);
  });

  test('加处罚款 is 罚款, not 处罚 (行政处罚法 2021, 第七十二条)', () => {
    const line = corpusLine('xingzhengchufafa_2021', '（一）到期不缴纳罚款的');
    expect(terms(line)).toEqual([
      'modal:不得',
      'amount:百分之三',
      'power:罚款',
      'power:罚款',
      'power:罚款',
      'power:罚款',
      'power:罚款',
    ]);
  });

  test('ages in 周岁 are not time limits (行政处罚法 2021, 第三十条)', () => {
    const line = corpusLine('xingzhengchufafa_2021', '第三十条');
    expect(terms(line)).toEqual(['modal:应当', 'power:处罚', 'power:处罚']);
  });

  test('应当事人 (at the request of a party) is not 应当, 应当事先 is (专利法实施细则 2023, 行政许可法 2019)', () => {
    expect(terms(corpusLine('zhuanlifashishixize_2023', '第一百零二条'))).toEqual(['modal:可以']);
    const line = corpusLine('xingzhengxukefa_2019', '公民特定资格的考试');
    // 强制性的资格考试 is a compulsory examination: a use of power, unlike 强制性规定.
    expect(terms(line)).toEqual(['modal:应当', 'modal:不得', 'modal:不得', 'power:强制']);
  });

  test('强制性规定 names mandatory norms, not a coercive measure (民诉解释 2020)', () => {
    expect(terms(corpusLine('minsujieshi_2020', '（三）公证债权文书的内容与事实不符'))).toEqual([]);
    expect(terms('不符合强制性国家标准的产品，禁止生产。')).toEqual(['modal:禁止']);
  });

  test('calendar dates are not time limits', () => {
    expect(terms('本法自2021年7月15日起施行，二〇二一年一月二十二日通过。')).toEqual([]);
    expect(terms('自收到之日起十五个工作日内作出决定。')).toEqual(['time_limit:十五个工作日']);
  });
});
