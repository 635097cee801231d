import { describe, expect, test } from 'vitest';
import {
  runPrecheck,
  type PrecheckFinding,
  type PrecheckInput,
} from '../../../../../src/shared/domain/precheck';
import { documentBlocks } from './helpers';

function check(lines: string[], extra: Omit<PrecheckInput, 'blocks'> = {}): PrecheckFinding[] {
  return runPrecheck({ ...extra, blocks: documentBlocks(lines) });
}

function rules(findings: PrecheckFinding[], prefix: string): string[] {
  return findings.filter((f) => f.ruleId.startsWith(prefix)).map((f) => f.ruleId);
}

/** Demo document 4, a 暂行办法 with a two-year validity. */
const PROVISIONAL = [
  '某区统计局统计信用管理暂行办法',
  '第一条　为加强统计信用管理，制定本办法。',
  '第十五条　本办法自2027年1月1日起施行，有效期2年。',
];

describe('有效期', () => {
  test('negative: a 暂行办法 valid for two years', () => {
    expect(rules(check(PROVISIONAL), 'validity.')).toEqual([]);
  });

  test('positive: a 暂行办法 valid for three years, or "long-term"; the limits come from the options', () => {
    const three = PROVISIONAL.map((line) => line.replace('有效期2年', '有效期3年'));
    const findings = check(three).filter((f) => f.ruleId === 'validity.too_long');
    expect(findings.map((f) => [f.text, f.article])).toEqual([['有效期3年', '第十五条']]);
    expect(findings[0]?.message).toContain('2年的上限');
    expect(rules(check(three, { options: { provisionalMaxValidityYears: 3 } }), 'validity.')).toEqual([]);
    const longTerm = PROVISIONAL.map((line) => line.replace('有效期2年', '长期有效'));
    expect(rules(check(longTerm), 'validity.')).toEqual(['validity.too_long']);
  });

  test('positive: a validity end date more than five years after 施行', () => {
    const lines = [
      '某区统计调查项目管理办法',
      '第二十条　本办法自2025年3月1日起施行，有效期至2031年2月28日。',
    ];
    expect(rules(check(lines), 'validity.')).toEqual(['validity.too_long']);
    const fine = [
      '某区统计调查项目管理办法',
      '第二十条　本办法自2025年3月1日起施行，有效期至2030年2月28日。',
    ];
    expect(rules(check(fine), 'validity.')).toEqual([]);
  });

  test('positive: no validity at all (demo document 6), tied to the 施行 clause', () => {
    const findings = check([
      '关于进一步加强规模以上企业统计报表报送管理的规定',
      '第十二条　本规定自发布之日起施行。',
    ]);
    const missing = findings.filter((f) => f.ruleId === 'validity.missing');
    expect(missing.map((f) => [f.severity, f.article, f.text])).toEqual([
      ['warning', '第十二条', '自发布之日起施行'],
    ]);
  });

  test('negative: validity periods of licences and registrations are not the document’s', () => {
    const lines = [
      '某办法',
      '第二十一条 港澳同胞回乡证由持证人保存，有效期十年，在有效期内可以多次使用。',
      '导游证的有效期限为3年。',
      '第二十七条 选民登记按选区进行，经登记确认的选民资格长期有效。',
    ];
    expect(rules(check(lines), 'validity.too_long')).toEqual([]);
    expect(rules(check(lines), 'validity.missing')).toEqual(['validity.missing']);
  });

  test('the validity rules read administrative normative documents only', () => {
    const lines = ['中共某区统计局党组工作规则', '第二十二条　本规则自印发之日起施行。'];
    expect(rules(check(lines, { document: { kind: 'party_normative' } }), 'validity.')).toEqual([]);
  });
});

describe('施行日', () => {
  test('positive: 自发布之日起施行 / 自印发之日起施行 without a reason', () => {
    const findings = check(['某规定', '第三十六条 本规定自发布之日起施行。']).filter(
      (f) => f.ruleId === 'effect.too_soon',
    );
    expect(findings.map((f) => [f.severity, f.text])).toEqual([
      ['warning', '第三十六条 本规定自发布之日起施行'],
    ]);
    expect(rules(check(['某规则', '第二十二条　本规则自印发之日起施行。']), 'effect.')).toEqual([
      'effect.too_soon',
    ]);
  });

  test('negative: immediate effect with a stated reason', () => {
    const lines = ['某通知', '因防汛救灾工作紧急，本通知自印发之日起施行。'];
    expect(rules(check(lines), 'effect.')).toEqual([]);
  });

  test('positive and negative: a dated 施行 clause against the publication date', () => {
    const clause = ['某规定', '第十条 本规定自1999年4月1日起执行。'];
    expect(rules(check(clause, { document: { publicationDate: '1999-03-20' } }), 'effect.')).toEqual([
      'effect.too_soon',
    ]);
    expect(rules(check(clause, { document: { publicationDate: '1999-02-01' } }), 'effect.')).toEqual([]);
    const retro = check(clause, { document: { publicationDate: '1999-05-01' } });
    expect(retro.filter((f) => f.ruleId.startsWith('effect.')).map((f) => [f.ruleId, f.severity])).toEqual([
      ['effect.retroactive', 'warning'],
    ]);
    // Without a publication date the 成文日期 line at the end is used.
    const dated = [...clause, '某区统计局', '1999年3月25日'];
    expect(rules(check(dated), 'effect.')).toEqual(['effect.too_soon']);
  });

  test('retroactivity written out, and its negation', () => {
    const lines = [
      '某补贴办法',
      '第十二条 本办法自2025年7月1日起施行，第五条规定的补贴标准自2025年1月1日起追溯执行。',
    ];
    expect(
      rules(check(lines, { document: { publicationDate: '2025-05-20' } }), 'effect.retroactive'),
    ).toEqual(['effect.retroactive']);
    const negated = ['某办法', '第十二条 本办法自2025年7月1日起施行，不溯及既往。'];
    expect(rules(check(negated, { document: { publicationDate: '2025-05-20' } }), 'effect.')).toEqual([]);
    // Traceability of products is not retroactivity.
    const trace = ['某办法', '医疗器械注册申请人、备案人应当确保提交的资料合法、真实、准确、完整和可追溯。'];
    expect(rules(check(trace), 'effect.retroactive')).toEqual([]);
  });
});

describe('dates', () => {
  test('positive: impossible dates are errors; padded month or day is a note', () => {
    const findings = check(['某规定', '第十条 本规定自2025年2月30日起施行。', '二〇二三年二月二十九日']);
    expect(findings.filter((f) => f.ruleId === 'date.invalid').map((f) => f.text)).toEqual([
      '2025年2月30日',
      '二〇二三年二月二十九日',
    ]);
    // 公安机关办理刑事案件程序规定 (bulk corpus) is dated 2020年07月20日 in its header.
    const padded = check(['某规定', '2020年07月20日']);
    expect(padded.filter((f) => f.ruleId.startsWith('date.')).map((f) => [f.ruleId, f.severity])).toEqual([
      ['date.padded', 'info'],
    ]);
  });

  test('negative: a leap day and ordinary dates', () => {
    const findings = check([
      '某规定',
      '第一条 根据2012年2月29日国务院第192次常务会议通过的决定，制定本规定。',
      '2026年6月9日',
    ]);
    expect(rules(findings, 'date.')).toEqual([]);
  });
});
