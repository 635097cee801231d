import { describe, expect, it } from 'vitest';
import { CampaignScope } from '../../../../src/shared/domain/cleanup/campaigns';
import { describeScope } from '../../../../src/shared/domain/cleanup/scopeText';

/** A campaign's scope as the campaign page and the 清理情况报告 state it. */
describe('describeScope', () => {
  it('says 全部已印发文件 for no filters', () => {
    expect(describeScope({})).toBe('全部已印发文件');
  });

  it('names every filter in the order an office reads them', () => {
    expect(
      describeScope(
        {
          kinds: ['admin_normative', 'party_normative'],
          issuingAuthority: '统计局',
          inGovernmentName: true,
          yearFrom: 2020,
          yearTo: 2025,
          states: ['expiring', 'expired'],
          citesLaw: '统计法',
          text: '管理办法',
          documentIds: ['a', 'b'],
        },
        '中华人民共和国统计法',
      ),
    ).toBe(
      '行政规范性文件、党内规范性文件，制定机关含“统计局”，以区政府名义印发，2020年至2025年公布，' +
        '效力状态为即将到期或已失效（有效期届满），引用《中华人民共和国统计法》，标题、文号或登记号含“管理办法”的已印发文件，' +
        '另加指定的2件文件',
    );
  });

  it('words one-sided and single year ranges', () => {
    expect(describeScope({ yearFrom: 2026, yearTo: 2026 })).toBe('2026年公布的已印发文件');
    expect(describeScope({ yearFrom: 2024 })).toBe('2024年以来公布的已印发文件');
    expect(describeScope({ yearTo: 2019 })).toBe('2019年及以前公布的已印发文件');
  });

  it('refuses a year range that runs backwards', () => {
    const parsed = CampaignScope.safeParse({ yearFrom: 2026, yearTo: 2020 });
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual(['起始年份不能晚于截止年份']);
  });
});
