import { describe, expect, it } from 'vitest';
import nationalJson from '../../../../../resources/rule-profiles/national-default.json';
import { defaultRuleProfile } from '../../../../../src/shared/domain/builtinRuleProfiles';
import {
  type CatalogSource,
  type CatalogSubmission,
  annualCatalogDueOn,
  annualDueText,
  catalogRows,
  catalogTitle,
  filingResultLines,
  periodLabel,
  periodRange,
  quarterOf,
} from '../../../../../src/shared/domain/filing/catalog';
import { DEFAULT_CATALOG_RULE, RuleProfile } from '../../../../../src/shared/domain/ruleProfileSchema';

function source(overrides: Partial<CatalogSource> & Pick<CatalogSource, 'documentId'>): CatalogSource {
  return {
    title: '某区统计数据质量管理办法',
    issuingAuthority: '某区统计局',
    docNumber: '区统〔2026〕1号',
    registrationNumber: '区统规〔2026〕001',
    publishedOn: '2026-02-10',
    effectiveOn: '2026-03-12',
    validUntil: '2031-03-11',
    filingDueOn: '2026-03-12',
    submissions: [],
    ...overrides,
  };
}

function submission(overrides: Partial<CatalogSubmission> = {}): CatalogSubmission {
  return {
    recipient: '某区人民政府',
    round: 1,
    sentOn: '2026-02-20',
    dueOn: '2026-03-12',
    late: false,
    state: 'filed',
    outcomeLabel: '予以备案登记',
    outcomeOn: '2026-03-01',
    ...overrides,
  };
}

describe('catalog periods', () => {
  it('gives each quarter its first and last day, leap years included', () => {
    expect(periodRange({ year: 2026, quarter: 1 })).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodRange({ year: 2026, quarter: 2 })).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(periodRange({ year: 2026, quarter: 3 })).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(periodRange({ year: 2026, quarter: 4 })).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(periodRange({ year: 2026, quarter: null })).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodRange({ year: 2028, quarter: 1 }).to).toBe('2028-03-31');
  });

  it('puts 03-31 in the first quarter and 04-01 in the second', () => {
    expect(quarterOf('2026-03-31')).toBe(1);
    expect(quarterOf('2026-04-01')).toBe(2);
    expect(quarterOf('2026-12-31')).toBe(4);
    expect(quarterOf('2026-01-01')).toBe(1);
  });

  it('names the period and the catalogue as an office writes them', () => {
    expect(periodLabel({ year: 2026, quarter: 1 })).toBe('2026年第一季度');
    expect(periodLabel({ year: 2026, quarter: 4 })).toBe('2026年第四季度');
    expect(periodLabel({ year: 2026, quarter: null })).toBe('2026年度');
    expect(catalogTitle('某区统计局', { year: 2026, quarter: 2 })).toBe(
      '某区统计局2026年第二季度规范性文件备案目录',
    );
    expect(catalogTitle('某区统计局', { year: 2026, quarter: null })).toBe(
      '某区统计局2026年度规范性文件目录',
    );
  });

  it('makes the annual catalogue due on 1月31日 of the next year, from the profile', () => {
    const rule = defaultRuleProfile().catalog;
    expect(annualCatalogDueOn(2026, rule)).toBe('2027-01-31');
    expect(annualDueText(2026, rule)).toBe('2026年度目录应于2027年1月31日前报送');
    const earlier = { ...rule, annualDue: { month: 1, day: 15 } };
    expect(annualDueText(2026, earlier)).toBe('2026年度目录应于2027年1月15日前报送');
  });
});

describe('the catalog setting in the rule profile', () => {
  it('reads a profile stored before the setting existed with the default', () => {
    const { catalog: _omit, ...older } = nationalJson;
    const parsed = RuleProfile.parse(older);
    expect(parsed.catalog).toEqual(DEFAULT_CATALOG_RULE);
  });

  it('refuses a day that does not exist and keeps the source', () => {
    const result = RuleProfile.safeParse({
      ...nationalJson,
      catalog: { ...nationalJson.catalog, annualDue: { month: 2, day: 30 } },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('报送年度目录的日期不存在');
    expect(defaultRuleProfile().catalog.source.basis).toContain('第二十二条');
  });
});

describe('catalog rows', () => {
  it('keeps the documents published in the period, ordered by 公布日期 then 文号 read as numbers', () => {
    const rows = catalogRows(
      [
        source({ documentId: 'd-april', publishedOn: '2026-04-01', docNumber: '区统〔2026〕12号' }),
        source({ documentId: 'd-10', publishedOn: '2026-03-31', docNumber: '区统〔2026〕10号' }),
        source({ documentId: 'd-9', publishedOn: '2026-03-31', docNumber: '区统〔2026〕9号' }),
        source({ documentId: 'd-jan', publishedOn: '2026-01-05', docNumber: '区统〔2026〕11号' }),
        source({ documentId: 'd-2025', publishedOn: '2025-12-31', docNumber: '区统〔2025〕30号' }),
      ],
      { year: 2026, quarter: 1 },
      '2026-05-01',
    );
    expect(rows.map((row) => [row.seq, row.documentId])).toEqual([
      [1, 'd-jan'],
      [2, 'd-9'],
      [3, 'd-10'],
    ]);
  });

  it('joins each filing organ with its answer, the latest round deciding, and marks late filing', () => {
    const [row] = catalogRows(
      [
        source({
          documentId: 'd-1',
          submissions: [
            submission({
              recipient: '某区人大常委会',
              sentOn: '2026-03-20',
              late: true,
              state: 'awaiting',
              outcomeLabel: null,
            }),
            submission({ state: 'superseded', outcomeLabel: '暂缓办理备案登记' }),
            submission({ round: 2, sentOn: '2026-03-05', outcomeLabel: '予以备案登记' }),
          ],
        }),
      ],
      { year: 2026, quarter: null },
      '2026-05-01',
    );
    expect(row?.filings).toEqual([
      { recipient: '某区人民政府', sentOn: '2026-02-20', late: false, result: '予以备案登记（第2次报送）' },
      { recipient: '某区人大常委会', sentOn: '2026-03-20', late: true, result: '已报送，等待审查结果' },
    ]);
    expect(row?.late).toBe(true);
    expect(row && filingResultLines(row)).toEqual([
      '予以备案登记（第2次报送）',
      '已报送，等待审查结果（逾期报送）',
    ]);
  });

  it('says a document was not sent, and overdue once its filing deadline has passed', () => {
    const sources = [source({ documentId: 'd-1', filingDueOn: '2026-03-12' })];
    const before = catalogRows(sources, { year: 2026, quarter: 1 }, '2026-03-12')[0];
    expect(before?.unsentResult).toBe('未报送');
    expect(before?.late).toBe(false);
    const after = catalogRows(sources, { year: 2026, quarter: 1 }, '2026-03-13')[0];
    expect(after?.unsentResult).toBe('逾期未报送');
    expect(after?.late).toBe(true);
  });
});
