import { describe, expect, test } from 'vitest';
import { defaultRuleProfile } from '../../../../../src/shared/domain/builtinRuleProfiles';
import { precheckOptionsFor, runPrecheck } from '../../../../../src/shared/domain/precheck';
import type { RuleProfile } from '../../../../../src/shared/domain/ruleProfileSchema';
import { corpusBlocks, corpusLawFiles } from '../../../../support/corpus';
import { documentBlocks } from './helpers';

function tooLong(lines: string[], profile: RuleProfile = defaultRuleProfile()) {
  return runPrecheck({
    blocks: documentBlocks(lines),
    document: { title: lines[0], kind: 'admin_normative' },
    options: precheckOptionsFor(profile, 'admin_normative'),
  }).filter((f) => f.ruleId.startsWith('validity.'));
}

const NOTICE = [
  '某区市场监督管理局关于开展2027年度食品经营许可证集中换证工作的通告',
  '一、本次换证范围为本区行政区域内持有食品经营许可证的经营者。',
  '二、本通告自2027年3月1日起施行，有效期2年。',
];

describe('validity.too_long with each kind’s limit from the rule profile', () => {
  test('positive: a 通告 valid for two years exceeds the profile’s one-year term for 通告', () => {
    const findings = tooLong(NOTICE);
    expect(findings.map((f) => [f.ruleId, f.text])).toEqual([['validity.too_long', '有效期2年']]);
    expect(findings[0]?.message).toBe('有效期2年，超过名称为“通告”的文件1年的上限。');
    const until = NOTICE.map((line) => line.replace('有效期2年', '有效期至2028年12月31日'));
    expect(tooLong(until).map((f) => f.message)).toEqual([
      '有效期至2028年12月31日，自2027年3月1日起超过名称为“通告”的文件1年的上限。',
    ]);
  });

  test('negative: a 通告 valid for one year; a 办法 valid for five', () => {
    expect(tooLong(NOTICE.map((line) => line.replace('有效期2年', '有效期1年')))).toEqual([]);
    expect(
      tooLong(['某区教育局校外培训机构监督管理办法', '第三十条　本办法自2027年1月1日起施行，有效期5年。']),
    ).toEqual([]);
  });

  test('positive: a 试行 rule for education and a statistics 暂行办法 keep their two-year term', () => {
    const findings = tooLong([
      '某区中小学课后服务管理规定（试行）',
      '第二十条　本规定自2027年9月1日起施行，有效期3年。',
    ]);
    expect(findings.map((f) => f.message)).toEqual(['有效期3年，超过名称冠以“试行”的文件2年的上限。']);
    expect(
      tooLong(['某区统计信用管理暂行办法', '第十五条　本办法自2027年1月1日起施行，有效期2年。']),
    ).toEqual([]);
  });

  test('the numbers are the profile’s: a profile allowing 通告 two years accepts the notice', () => {
    const base = defaultRuleProfile();
    const lenient: RuleProfile = {
      ...base,
      validity: {
        ...base.validity,
        notice: { ...base.validity.notice, term: { defaultYears: 2, maxYears: 2 } },
      },
    };
    expect(tooLong(NOTICE, lenient)).toEqual([]);
    const noValidity: RuleProfile = { ...base, validity: { ...base.validity, appliesTo: [] } };
    expect(tooLong(NOTICE, noValidity)).toEqual([]);
  });

  test('negative: the law texts of the corpus, read as normative documents', () => {
    for (const file of corpusLawFiles().filter((name) => name.startsWith('pairs/norm/'))) {
      const findings = runPrecheck({
        blocks: corpusBlocks(file),
        document: { kind: 'admin_normative' },
        options: precheckOptionsFor(defaultRuleProfile(), 'admin_normative'),
      });
      expect(
        findings.filter((f) => f.ruleId === 'validity.too_long'),
        file,
      ).toEqual([]);
    }
  });
});

describe('the term of a text limited to named years’ work, and counted from the day its measures apply', () => {
  function validity(lines: string[], publicationDate: string) {
    return runPrecheck({
      blocks: documentBlocks(lines),
      document: { title: lines[0], kind: 'admin_normative', publicationDate },
      options: precheckOptionsFor(defaultRuleProfile(), 'admin_normative'),
    }).filter((f) => f.ruleId.startsWith('validity.'));
  }

  test('negative: a notice for one year’s work has its term', () => {
    for (const lines of [
      [
        '某县统计局关于开展2026年度统计执法检查的通知',
        '一、检查对象为规模以上工业企业。',
        '本通知适用于2026年度统计执法检查工作。',
      ],
      [
        '某区教育局关于做好2027年中考报名的通知',
        '一、报名时间为3月1日至3月10日。',
        '本通知仅适用于2027年初中学业水平考试报名工作。',
      ],
    ]) {
      expect(validity(lines, '2026-03-02'), lines[0]).toEqual([]);
    }
  });

  test('positive: work of years beyond the kind’s limit is too long; no year named is no term', () => {
    const findings = validity(
      [
        '某区市场监督管理局关于开展农贸市场提升改造的通知',
        '一、改造范围为本区全部农贸市场。',
        '本通知适用于2026年至2032年农贸市场提升改造工作。',
      ],
      '2026-03-02',
    );
    expect(findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['validity.too_long', '适用于至2032年底的工作，自2026年3月2日起超过文件5年的上限。'],
    ]);
    expect(
      validity(
        [
          '某区教育局关于做好学生资助的通知',
          '一、资助对象为家庭经济困难学生。',
          '本通知适用于学生资助工作。',
        ],
        '2026-03-02',
      ).map((f) => f.ruleId),
    ).toEqual(['validity.missing']);
  });

  test('a 通告 without a 施行 clause counts its term from the day its measures apply', () => {
    const notice = (until: string) => [
      '某区统计局关于调整统计咨询窗口服务时间的通告',
      '自2026年7月1日起，统计咨询窗口每周六上午提供延时服务。',
      `本通告有效期至${until}。`,
    ];
    expect(validity(notice('2027年6月30日'), '2026-05-20')).toEqual([]);
    expect(validity(notice('2027年8月31日'), '2026-05-20').map((f) => f.message)).toEqual([
      '有效期至2027年8月31日，自2026年7月1日起超过名称为“通告”的文件1年的上限。',
    ]);
  });
});
