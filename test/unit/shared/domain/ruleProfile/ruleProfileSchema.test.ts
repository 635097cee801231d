import { describe, expect, it } from 'vitest';
import nationalJson from '../../../../../resources/rule-profiles/national-default.json';
import shanghaiJson from '../../../../../resources/rule-profiles/shanghai-example.json';
import { DOCUMENT_KINDS } from '../../../../../src/shared/domain/documentKinds';
import { formatNumber } from '../../../../../src/shared/domain/numbering';
import {
  RuleProfile,
  filingOutcomeOf,
  reviewOutcomeOf,
  docNumberTemplateFor,
  validityRuleFor,
  validityTermFor,
} from '../../../../../src/shared/domain/ruleProfileSchema';
import {
  BUILTIN_RULE_PROFILES,
  builtinRuleProfile,
  defaultRuleProfile,
} from '../../../../../src/shared/domain/builtinRuleProfiles';

const national = defaultRuleProfile();

/** A deep copy of the national profile with one change, as an administrator's edit would produce. */
function edited(change: (profile: RuleProfile) => void): unknown {
  const copy = structuredClone(national);
  change(copy);
  return copy;
}

function messages(input: unknown): string[] {
  const result = RuleProfile.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the shipped rule profiles', () => {
  it('both JSON files parse', () => {
    expect(RuleProfile.safeParse(nationalJson).success).toBe(true);
    expect(RuleProfile.safeParse(shanghaiJson).success).toBe(true);
    expect(BUILTIN_RULE_PROFILES.map((profile) => profile.id)).toEqual([
      'national-default',
      'shanghai-example',
    ]);
    expect(builtinRuleProfile('shanghai-example')?.name).toBe('上海市区级示例规则');
    expect(builtinRuleProfile('nowhere')).toBeNull();
  });

  it('carries the national numbers of RULES.md', () => {
    expect(national.reviewPeriod.admin_normative).toMatchObject({ minWorkingDays: 5, maxWorkingDays: 15 });
    expect(national.reviewPeriod.major_decision.minWorkingDays).toBeGreaterThanOrEqual(7);
    expect(national.reviewPeriod.major_decision.source.confidence).toBe('P');
    expect(national.commentPeriod.major_decision.general).toEqual({ count: 30, unit: 'calendar' });
    expect(national.commentPeriod.admin_normative.marketRelated).toEqual({ count: 30, unit: 'calendar' });
    expect(national.validity.general).toEqual({ defaultYears: 5, maxYears: 5 });
    expect(national.validity.provisional.term.defaultYears).toBe(2);
    expect(national.validity.notice.term.defaultYears).toBe(1);
    expect(national.validity.expiryReminderMonths).toBe(6);
    expect(national.filing.admin_normative.period).toEqual({ count: 30, unit: 'calendar' });
    expect(national.correctionPeriods.deferredRegistration.period).toEqual({ count: 15, unit: 'calendar' });
    expect(national.effectiveDate.minDaysAfterPublication).toBe(30);
  });

  it('keeps every value whose RULES.md tag is [M] or [L] marked as such, never as confirmed', () => {
    for (const profile of BUILTIN_RULE_PROFILES) {
      expect(profile.reviewPeriod.admin_normative.source.confidence).toBe('M');
      expect(['L', 'M']).toContain(profile.validity.source.confidence);
      expect(['L', 'M']).toContain(profile.filing.admin_normative.source.confidence);
      expect(profile.filing.party_normative.source.confidence).toBe('M');
      expect(profile.effectiveDate.source.confidence).toBe('L');
      expect(['L', 'M']).toContain(profile.numbering.registration.source.confidence);
    }
  });

  it('has the review conclusions of RULES.md §1.6 for 行政规范性文件, two of which allow deliberation', () => {
    const outcomes = national.reviewOutcomes.admin_normative;
    expect(outcomes.map((outcome) => [outcome.code, outcome.label])).toEqual([
      ['LAWFUL', '合法'],
      ['LAWFUL_WITH_CHANGES', '修改后提交'],
      ['UNLAWFUL', '不合法（建议不制定）'],
      ['RETURN_FOR_PROCEDURE', '退回补正程序'],
      ['RETURN_INCOMPLETE_MATERIALS', '退回补充材料'],
      ['NOT_A_NORMATIVE_DOC', '不属于规范性文件'],
    ]);
    expect(outcomes.filter((outcome) => outcome.allowsDeliberation).map((outcome) => outcome.code)).toEqual([
      'LAWFUL',
      'LAWFUL_WITH_CHANGES',
    ]);
    expect(reviewOutcomeOf(national, 'admin_normative', 'RETURN_FOR_PROCEDURE')?.returnsToDrafting).toBe(
      true,
    );
    expect(reviewOutcomeOf(national, 'contract', 'NOT_A_NORMATIVE_DOC')).toBeNull();
  });

  it('has the filing outcomes of RULES.md §2 and §3 with their correction periods', () => {
    expect(national.filingOutcomes.admin_normative.map((outcome) => outcome.label)).toEqual([
      '予以备案登记',
      '暂缓办理备案登记（限期补正）',
      '不予备案登记',
    ]);
    expect(national.filingOutcomes.party_normative.map((outcome) => outcome.label)).toEqual([
      '备案通过',
      '备案通过（书面提醒）',
      '不予备案通过（限期纠正）',
    ]);
    expect(filingOutcomeOf(national, 'admin_normative', 'DEFERRED')?.correction).toBe('deferredRegistration');
    expect(filingOutcomeOf(national, 'party_normative', 'PARTY_REMINDER')?.writtenReminder).toBe(true);
  });

  it('makes 政治性 and 合法合规性 blocking, 合理性 and 规范性 not', () => {
    const blocking = national.partyReviewDimensions.map((dimension) => [dimension.label, dimension.blocking]);
    expect(blocking).toEqual([
      ['政治性', true],
      ['合法合规性', true],
      ['合理性', false],
      ['规范性', false],
    ]);
  });

  it('formats the Shanghai example numbers, and the national one asks for a region first', () => {
    const shanghai = builtinRuleProfile('shanghai-example')!;
    const { registration, filingReport } = shanghai.numbering;
    expect(formatNumber(registration.template, { region: registration.region, year: 2026, seq: 4 })).toBe(
      '徐府规〔2026〕4号',
    );
    expect(formatNumber(filingReport.template, { region: registration.region, year: 2026, seq: 4 })).toBe(
      '徐府规备字〔2026〕4号',
    );
    const { template, region } = national.numbering.registration;
    expect(() => formatNumber(template, { region, year: 2026, seq: 1 })).toThrow('区域简称');
    expect(shanghai.filing.admin_normative.recipients[0]?.to).toEqual(['上海市人民政府', '区人大常委会']);
  });
});

describe('the schema refuses bad values', () => {
  it('a minimum review period longer than the maximum', () => {
    const bad = edited((profile) => (profile.reviewPeriod.admin_normative.minWorkingDays = 20));
    expect(messages(bad)).toEqual([
      'reviewPeriod.admin_normative.minWorkingDays: 最短审核期限不能长于最长审核期限',
    ]);
  });

  it('negative and fractional day counts', () => {
    expect(messages(edited((profile) => (profile.reviewPeriod.contract.minWorkingDays = -1)))).toEqual([
      'reviewPeriod.contract.minWorkingDays: 最短审核期限不能为负数',
    ]);
    expect(messages(edited((profile) => (profile.effectiveDate.minDaysAfterPublication = -30)))).toEqual([
      'effectiveDate.minDaysAfterPublication: 施行日间隔天数不能为负数',
    ]);
    const fractional = edited(
      (profile) => (profile.filing.admin_normative.period = { count: 7.5, unit: 'calendar' }),
    );
    expect(messages(fractional)).toEqual(['filing.admin_normative.period.count: 天数应为整数']);
    const zero = edited((profile) => (profile.correctionPeriods.rectification.period.count = 0));
    expect(messages(zero)).toEqual(['correctionPeriods.rectification.period.count: 天数应至少为 1']);
  });

  it('a default validity longer than the maximum', () => {
    const bad = edited((profile) => (profile.validity.provisional.term = { defaultYears: 3, maxYears: 2 }));
    expect(messages(bad)).toEqual(['validity.provisional.term.defaultYears: 默认有效期不能长于最长有效期']);
  });

  it('a 发文字号 template against GB/T 9704 and an unknown field in the 登记号 template', () => {
    const padded = edited(
      (profile) => (profile.numbering.docNumber.template = '{agencyCode}〔{year}〕{seq:3}号'),
    );
    expect(messages(padded)).toEqual(['numbering.docNumber.template: 发文字号的顺序号不编虚位（不补零）']);
    const unknown = edited(
      (profile) => (profile.numbering.registration.template = '{city}规〔{year}〕{seq}'),
    );
    expect(messages(unknown)[0]).toContain('numbering.registration.template: 模板中有未知的字段“{city}”');
  });

  it('outcome sets that would break the workflow', () => {
    const noneAllows = edited((profile) =>
      profile.reviewOutcomes.admin_normative.forEach((outcome) => (outcome.allowsDeliberation = false)),
    );
    expect(messages(noneAllows)).toEqual([
      'reviewOutcomes.admin_normative: 行政规范性文件至少要有一种允许提交集体审议的审核结论',
    ]);
    const both = edited((profile) => (profile.reviewOutcomes.admin_normative[3]!.allowsDeliberation = true));
    expect(messages(both)).toEqual([
      'reviewOutcomes.admin_normative.3.returnsToDrafting: 同一结论不能既允许提交审议又退回起草单位',
    ]);
    const contract = edited((profile) => (profile.reviewOutcomes.contract[0]!.allowsDeliberation = true));
    expect(messages(contract)).toEqual([
      'reviewOutcomes.contract: 合同没有集体审议环节，审核结论不能“允许提交审议”',
    ]);
    const duplicate = edited((profile) =>
      profile.reviewOutcomes.party_normative.push(profile.reviewOutcomes.party_normative[0]!),
    );
    expect(messages(duplicate)).toEqual(['reviewOutcomes.party_normative: 党内规范性文件的审核结论重复']);
    const unknownCode = edited(
      (profile) => ((profile.reviewOutcomes.contract[0] as { code: string }).code = 'OK'),
    );
    expect(messages(unknownCode)).toHaveLength(1);
  });

  it('filing settings that are incomplete', () => {
    const noPeriod = edited((profile) => (profile.filing.admin_normative.period = null));
    expect(messages(noPeriod)).toEqual(['filing.admin_normative.period: 需要备案时应填写报备期限和备案机关']);
    const noFiledOutcome = edited((profile) => (profile.filingOutcomes.party_normative = []));
    expect(messages(noFiledOutcome)).toEqual([
      'filingOutcomes.party_normative: 党内规范性文件需要备案，应至少有一种“备案通过”的结果',
    ]);
    const contractFiling = edited((profile) => {
      profile.filing.contract = { ...profile.filing.admin_normative };
      profile.filingOutcomes.contract = profile.filingOutcomes.admin_normative;
    });
    expect(messages(contractFiling)).toEqual(['filing.contract.required: 合同不经印发，不能设置报送备案']);
    const correctionWithoutPeriod = edited(
      (profile) => (profile.filingOutcomes.admin_normative[1]!.correction = null),
    );
    expect(messages(correctionWithoutPeriod)).toEqual([
      'filingOutcomes.admin_normative.1.correction: 只有“限期补正/纠正”的结果需要指定补正期限',
    ]);
  });

  it('missing dimensions or procedures, and an optional legality review', () => {
    expect(messages(edited((profile) => profile.partyReviewDimensions.pop()))).toEqual([
      'partyReviewDimensions: 党内规范性文件审查应包括政治性、合法合规性、合理性、规范性四个方面，各一次',
    ]);
    expect(messages(edited((profile) => profile.majorDecisionProcedures.shift()))).toEqual([
      'majorDecisionProcedures: 重大行政决策应列出五项法定程序，各一次',
    ]);
    expect(messages(edited((profile) => (profile.majorDecisionProcedures[3]!.mandatory = false)))).toEqual([
      'majorDecisionProcedures.3.mandatory: 合法性审查是必经程序，不能设为可选',
    ]);
  });

  it('a profile without a kind, an unknown kind, or without source notes', () => {
    expect(
      messages(
        edited((profile) => delete (profile.reviewPeriod as Partial<RuleProfile['reviewPeriod']>).disclosure),
      ),
    ).toHaveLength(1);
    expect(
      messages(edited((profile) => delete (profile.validity as Partial<RuleProfile['validity']>).source)),
    ).toHaveLength(1);
    expect(messages(edited((profile) => (profile.filing.contract.source.basis = ' ')))).toEqual([
      'filing.contract.source.basis: 请注明依据',
    ]);
    expect(messages(edited((profile) => (profile.id = 'Shanghai Profile')))).toEqual([
      'id: 规则配置编号只能包含小写字母、数字和连字符',
    ]);
    expect(DOCUMENT_KINDS.every((kind) => national.reviewPeriod[kind].source.basis.length > 0)).toBe(true);
  });
});

describe('validity by title', () => {
  it('picks 5 years in general, 2 for 暂行/试行, 1 for 通告, none for kinds without a validity rule', () => {
    expect(validityTermFor(national, 'admin_normative', '某区统计调查项目管理办法')).toEqual({
      defaultYears: 5,
      maxYears: 5,
    });
    expect(validityTermFor(national, 'admin_normative', '某区统计数据质量管理暂行办法')?.maxYears).toBe(2);
    expect(validityTermFor(national, 'admin_normative', '某区统计执法检查规定（试行）')?.maxYears).toBe(2);
    expect(validityTermFor(national, 'admin_normative', '关于开展第五次全国经济普查的通告')?.maxYears).toBe(
      1,
    );
    expect(validityTermFor(national, 'admin_normative', '关于规范通告发布工作的办法')?.maxYears).toBe(5);
    expect(validityTermFor(national, 'admin_normative', '关于试行统计信用管理的通告')?.maxYears).toBe(1);
    expect(validityTermFor(national, 'party_normative', '某党组工作规则')).toBeNull();
  });

  it('says which rule gave the term, in words (the issue dialog shows it)', () => {
    expect(validityRuleFor(national, 'admin_normative', '某区统计调查项目管理办法')).toMatchObject({
      rule: 'general',
      basis: '一般规范性文件',
    });
    expect(validityRuleFor(national, 'admin_normative', '某区统计执法检查规定（试行）')).toMatchObject({
      rule: 'provisional',
      basis: '名称冠以“试行”',
      term: { defaultYears: 2, maxYears: 2 },
    });
    expect(validityRuleFor(national, 'admin_normative', '关于试行统计信用管理的通告')).toMatchObject({
      rule: 'notice',
      basis: '名称为“通告”',
    });
  });
});

describe('发文字号 per kind', () => {
  it('uses the general template unless the profile gives the kind its own, checked like the general one', () => {
    expect(docNumberTemplateFor(national, 'party_normative')).toBe('{agencyCode}〔{year}〕{seq}号');
    const own = edited((profile) => {
      profile.numbering.docNumber.byKind = { party_normative: '{agencyCode}党组发〔{year}〕{seq}号' };
    });
    const parsed = RuleProfile.parse(own);
    expect(docNumberTemplateFor(parsed, 'party_normative')).toBe('{agencyCode}党组发〔{year}〕{seq}号');
    expect(docNumberTemplateFor(parsed, 'admin_normative')).toBe('{agencyCode}〔{year}〕{seq}号');
    const padded = edited((profile) => {
      profile.numbering.docNumber.byKind = { party_normative: '{agencyCode}党组发〔{year}〕第{seq:2}号' };
    });
    expect(messages(padded)).toEqual([
      'numbering.docNumber.byKind.party_normative: 发文字号的顺序号前不加“第”字',
      'numbering.docNumber.byKind.party_normative: 发文字号的顺序号不编虚位（不补零）',
    ]);
  });
});
