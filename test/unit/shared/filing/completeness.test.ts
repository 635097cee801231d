import { describe, expect, test } from 'vitest';
import { BUNDLED_HOLIDAYS } from '../../../../src/shared/domain/calendar/holidayTable';
import { builtinRuleProfile } from '../../../../src/shared/domain/builtinRuleProfiles';
import {
  checkFilingPackage,
  issuerLevelOf,
  recipientOptions,
  type FilingFacts,
} from '../../../../src/shared/domain/filing/completeness';

const national = builtinRuleProfile('national-default')!;
const shanghai = builtinRuleProfile('shanghai-example')!;

const complete: FilingFacts = {
  kind: 'admin_normative',
  title: '某区统计数据质量管理办法',
  issuingAuthority: '某区统计局',
  issuance: {
    versionId: 'v2',
    docNumber: '某统〔2026〕7号',
    registrationNumber: '某统规〔2026〕001',
    publishedOn: '2026-09-07',
    effectiveOn: '2026-10-08',
    shortEffectReason: '',
  },
  review: { concluded: true, conclusionLabel: '合法', allowsDeliberation: true },
  draftingExplanation: { fileName: '起草说明.docx' },
  legalBases: 2,
  signoffs: [
    { signerName: '李顾问', signerRole: 'counsel', versionId: 'v2', versionLabel: '第2版', valid: true },
  ],
  recipients: ['本级人民政府'],
  today: '2026-09-10',
};

describe('issuer level and recipients', () => {
  test('人民政府/办公室 → government, 党组/党委 → party organ, else a department', () => {
    expect(issuerLevelOf('admin_normative', '某区人民政府办公室')).toBe('government');
    expect(issuerLevelOf('admin_normative', '中共某区统计局党组')).toBe('party_organ');
    expect(issuerLevelOf('party_normative', '某区统计局')).toBe('party_organ');
    expect(issuerLevelOf('admin_normative', '某区统计局')).toBe('department');
  });

  test('a government document goes to two recipients in the Shanghai profile, preselected', () => {
    const options = recipientOptions(shanghai, 'admin_normative', 'government');
    expect(options.filter((option) => option.suggested).map((option) => option.name)).toEqual([
      '上海市人民政府',
      '区人大常委会',
    ]);
    expect(options.find((option) => option.name === '区人民政府')?.suggested).toBe(false);
  });
});

describe('the completeness check', () => {
  test('a complete document has no gaps; the deadline follows RULES §10 (30 days over 国庆 → 10-08)', () => {
    const result = checkFilingPackage(national, complete, BUNDLED_HOLIDAYS);
    expect(result.gaps).toEqual([]);
    expect(result.due).toBe('2026-10-08');
    expect(result.late).toBe(false);
    expect(checkFilingPackage(national, { ...complete, today: '2026-10-09' }, BUNDLED_HOLIDAYS).late).toBe(
      true,
    );
    expect(result.materials.every((material) => material.present)).toBe(true);
  });

  test('each missing item is named in Chinese', () => {
    const result = checkFilingPackage(
      national,
      {
        ...complete,
        issuance: null,
        review: null,
        draftingExplanation: null,
        legalBases: 0,
        signoffs: [],
        recipients: [],
      },
      BUNDLED_HOLIDAYS,
    );
    expect(result.gaps).toEqual([
      '文件尚未印发（未登记文号和公布日期），不能报送备案。',
      '合法性审核尚未作出结论。',
      '缺少制定说明（起草说明）。',
      '制定依据清单为空，请在材料中列出制定依据。',
      '请至少选择一个备案机关。',
    ]);
  });

  test('a sign-off on another version is stale; without a current counsel opinion the kind has a gap', () => {
    const result = checkFilingPackage(
      national,
      {
        ...complete,
        signoffs: [
          {
            signerName: '李顾问',
            signerRole: 'counsel',
            versionId: 'v1',
            versionLabel: '第1版',
            valid: true,
          },
        ],
      },
      BUNDLED_HOLIDAYS,
    );
    expect(result.gaps).toHaveLength(2);
    expect(result.gaps[0]).toContain('李顾问的签署意见签在“第1版”上');
    expect(result.gaps[1]).toContain('缺少法律顾问');
  });

  test('施行 fewer days after 公布 than the profile asks needs the recorded reason', () => {
    const short = { ...complete, issuance: { ...complete.issuance!, effectiveOn: '2026-09-07' } };
    expect(checkFilingPackage(national, short, BUNDLED_HOLIDAYS).gaps).toEqual([
      `施行日期距公布日期不足 ${national.effectiveDate.minDaysAfterPublication} 日，应在备案说明中写明理由，但印发时未记录理由。`,
    ]);
    const withReason = {
      ...short,
      issuance: { ...short.issuance, shortEffectReason: '涉及汛期安全，需立即施行' },
    };
    expect(checkFilingPackage(national, withReason, BUNDLED_HOLIDAYS).gaps).toEqual([]);
  });

  test('a conclusion that does not let the document go on, and a kind not filed, block it', () => {
    const refused = checkFilingPackage(
      national,
      { ...complete, review: { concluded: true, conclusionLabel: '不合法', allowsDeliberation: false } },
      BUNDLED_HOLIDAYS,
    );
    expect(refused.gaps).toEqual(['合法性审核结论为“不合法”，不能报送备案。']);
    const contract = checkFilingPackage(national, { ...complete, kind: 'contract' }, BUNDLED_HOLIDAYS);
    expect(contract.gaps[0]).toContain('无需报送备案');
  });
});
