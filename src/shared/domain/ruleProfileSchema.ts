import { z } from 'zod';
import { PeriodSchema } from './calendar/deadline';
import { daysInMonth } from './calendar/isoDate';
import { DEFAULT_DISCLOSURE_RULE, DisclosureRule } from './disclosure/rule';
import { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, type DocumentKind } from './documentKinds';
import { docNumberTemplateProblems, templateProblems } from './numbering';
import {
  BUILT_IN_PROCEDURES,
  CORRECTION_KINDS,
  FILING_OUTCOMES,
  FILING_RESULTS,
  ISSUER_LEVELS,
  ADMIN_NORMATIVE_PROCEDURES,
  MAJOR_DECISION_PROCEDURES,
  PARTY_REVIEW_DIMENSIONS,
  REVIEW_CONCLUSIONS,
  RULE_CONFIDENCES,
  hasDeliberation,
} from './ruleCodes';
import { PROCEDURE_EXEMPTIONS } from './majorDecisionCodes';

/**
 * A rule profile: every number and outcome that varies by locality or that RULES.md could not confirm
 * (DESIGN §7). Logic reads these values; it never hard-codes them. Each value carries its source.
 */

export const SourceNote = z.object({
  basis: z.string().trim().min(1, '请注明依据'),
  confidence: z.enum(RULE_CONFIDENCES),
  /** Whose rule it is (a city's regulation, a department's practice): shown only in 设置 › 规则配置. */
  origin: z.string().trim().max(200).optional(),
});

const Count = (label: string) => z.number().int(`${label}应为整数`).min(0, `${label}不能为负数`);
const Label = z.string().trim().min(1, '请填写名称').max(40, '名称最多 40 个字符');
const perKind = <T extends z.ZodType>(schema: T) => z.record(z.enum(DOCUMENT_KINDS), schema);

export const ReviewPeriodRule = z
  .object({
    minWorkingDays: Count('最短审核期限'),
    maxWorkingDays: Count('最长审核期限').min(1, '最长审核期限应至少为 1 个工作日'),
    source: SourceNote,
  })
  .refine((rule) => rule.minWorkingDays <= rule.maxWorkingDays, {
    message: '最短审核期限不能长于最长审核期限',
    path: ['minWorkingDays'],
  });

export const ReviewOutcomeRule = z
  .object({
    code: z.enum(REVIEW_CONCLUSIONS),
    label: Label,
    /** The document may go on to 集体审议 (only kinds that have it). */
    allowsDeliberation: z.boolean(),
    /** Back to the drafter (退回补正): the document returns to 起草 and must be submitted again. */
    returnsToDrafting: z.boolean(),
    /** Passing with a written reminder (书面提醒) about 合理性/规范性 problems. */
    writtenReminder: z.boolean(),
    source: SourceNote,
  })
  .refine((outcome) => !(outcome.allowsDeliberation && outcome.returnsToDrafting), {
    message: '同一结论不能既允许提交审议又退回起草单位',
    path: ['returnsToDrafting'],
  });

export const CommentPeriodRule = z
  .object({
    required: z.boolean(),
    general: PeriodSchema.nullable(),
    /** 与市场主体生产经营活动密切相关的 (优化营商环境条例 第六十二条). */
    marketRelated: PeriodSchema.nullable(),
    source: SourceNote,
  })
  .refine((rule) => !rule.required || rule.general !== null, {
    message: '需要公开征求意见时应填写征求意见期限',
    path: ['general'],
  });

const ValidityTerm = z
  .object({
    defaultYears: Count('默认有效期').min(1, '默认有效期应至少为 1 年'),
    maxYears: Count('最长有效期').min(1, '最长有效期应至少为 1 年'),
  })
  .refine((term) => term.defaultYears <= term.maxYears, {
    message: '默认有效期不能长于最长有效期',
    path: ['defaultYears'],
  });

export const ValidityRule = z.object({
  appliesTo: z.array(z.enum(DOCUMENT_KINDS)),
  general: ValidityTerm,
  /** 名称冠以"暂行""试行"的. */
  provisional: z.object({ titleContains: z.array(Label).min(1), term: ValidityTerm }),
  /** 名称为"通告"的 (文种 at the end of the title). */
  notice: z.object({ titleEndsWith: z.array(Label).min(1), term: ValidityTerm }),
  expiryReminderMonths: Count('到期提醒月数').max(24, '到期提醒最多提前 24 个月'),
  source: SourceNote,
});

export const EffectiveDateRule = z.object({
  appliesTo: z.array(z.enum(DOCUMENT_KINDS)),
  minDaysAfterPublication: Count('施行日间隔天数'),
  reasonRequiredIfShorter: z.boolean(),
  source: SourceNote,
});

const Template = z.string().trim().min(1, '请填写编号格式');
const DocNumberTemplate = Template.superRefine((template, ctx) => {
  for (const message of docNumberTemplateProblems(template)) ctx.addIssue({ code: 'custom', message });
});
export const NumberingRule = z.object({
  /**
   * 发文字号. A kind issued under another 发文机关代字 (党组文件: ×党组发) has its own template in
   * `byKind`; kinds whose templates read the same share one series of numbers.
   */
  docNumber: z.object({
    template: DocNumberTemplate,
    byKind: z.partialRecord(z.enum(DOCUMENT_KINDS), DocNumberTemplate).optional(),
    source: SourceNote,
  }),
  /** 规范性文件登记号 (三统一). */
  registration: z
    .object({
      template: Template,
      region: z.string().trim().max(12, '区域简称最多 12 个字符'),
      requiredFor: z.array(z.enum(DOCUMENT_KINDS)),
      source: SourceNote,
    })
    .superRefine((rule, ctx) => {
      for (const message of templateProblems(rule.template)) {
        ctx.addIssue({ code: 'custom', path: ['template'], message });
      }
    }),
  /** 备案字号 on the 备案报告. */
  filingReport: z.object({ template: Template, source: SourceNote }).superRefine((rule, ctx) => {
    for (const message of templateProblems(rule.template)) {
      ctx.addIssue({ code: 'custom', path: ['template'], message });
    }
  }),
  /**
   * 审核意见书文号 (the legality-review letter's own number, e.g. 某统法审〔2026〕12号), written like a
   * 发文字号. Optional so profiles stored before it existed still parse.
   */
  reviewLetter: z.object({ template: DocNumberTemplate, source: SourceNote }).default({
    template: '{agencyCode}法审〔{year}〕{seq}号',
    source: {
      basis: 'GB/T 9704—2012 7.2.5（发文字号的编排）；审核意见书文号的代字由本机关自定',
      confidence: 'local',
    },
  }),
});

export const FilingRule = z
  .object({
    required: z.boolean(),
    period: PeriodSchema.nullable(),
    recipients: z.array(
      z.object({ issuer: z.enum(ISSUER_LEVELS), to: z.array(Label).min(1, '请填写备案机关') }),
    ),
    materials: z.string().trim(),
    source: SourceNote,
  })
  .refine((rule) => !rule.required || (rule.period !== null && rule.recipients.length > 0), {
    message: '需要备案时应填写报备期限和备案机关',
    path: ['period'],
  });

export const FilingOutcomeRule = z
  .object({
    code: z.enum(FILING_OUTCOMES),
    label: Label,
    result: z.enum(FILING_RESULTS),
    correction: z.enum(CORRECTION_KINDS).nullable(),
    writtenReminder: z.boolean(),
    source: SourceNote,
  })
  .refine((outcome) => (outcome.result === 'correction') === (outcome.correction !== null), {
    message: '只有“限期补正/纠正”的结果需要指定补正期限',
    path: ['correction'],
  });

const CorrectionPeriod = z.object({ period: PeriodSchema, source: SourceNote });

export const PartyDimensionRule = z.object({
  id: z.enum(PARTY_REVIEW_DIMENSIONS),
  label: Label,
  /** A problem under this dimension blocks passing (others pass with 书面提醒). */
  blocking: z.boolean(),
  points: z.array(z.string().trim().min(1)).min(1),
  source: SourceNote,
});

export const ProcedureRule = z.object({
  id: z.enum(MAJOR_DECISION_PROCEDURES),
  label: Label,
  /** Always required; otherwise required where `condition` applies (recorded as not applicable with a reason). */
  mandatory: z.boolean(),
  condition: z.string().trim(),
  source: SourceNote,
  /** The only grounds on which a mandatory procedure may be left out (公众参与: 依法不予公开的决策事项). */
  exemptions: z
    .array(z.object({ code: z.enum(PROCEDURE_EXEMPTIONS), label: Label, source: SourceNote }))
    .default([]),
});

/**
 * 重大行政决策: the 法律顾问/公职律师 opinion before 集体讨论决定 (第二十八条), and whether a 不同意 opinion
 * may still go forward with the legal risk stated (第二十五条). Optional in stored profiles.
 */
export const LegalOpinionRule = z.object({
  required: z.boolean(),
  source: SourceNote,
  riskOverride: z.object({ allowed: z.boolean(), source: SourceNote }),
});
export type LegalOpinionRule = z.infer<typeof LegalOpinionRule>;

export const DEFAULT_LEGAL_OPINION_RULE: LegalOpinionRule = {
  required: true,
  source: {
    basis: '重大行政决策程序暂行条例第二十八条：合法性审查中应当组织法律顾问、公职律师提出法律意见',
    confidence: 'P',
  },
  riskOverride: {
    allowed: true,
    source: {
      basis:
        '重大行政决策程序暂行条例第二十五条：对国家尚无明确规定的探索性改革决策事项，可以明示法律风险，提交决策机关讨论',
      confidence: 'P',
    },
  },
};

/**
 * 年度规范性文件目录: the previous year's catalogue is due by a fixed day of the following year (1月31日
 * in 法规规章备案审查条例 第二十二条 and in local rules, RULES.md §2.1–2.2). Optional in stored profiles:
 * a profile saved before this setting existed reads with the default.
 */
export const CatalogRule = z.object({
  annualDue: z
    .object({
      month: z.number().int().min(1, '月份应为 1–12').max(12, '月份应为 1–12'),
      day: z.number().int().min(1, '日期应为 1–31').max(31, '日期应为 1–31'),
    })
    // Checked against a common year, so that the date exists in every year.
    .refine((due) => due.day <= daysInMonth(2001, due.month), {
      message: '报送年度目录的日期不存在',
      path: ['day'],
    }),
  source: SourceNote,
});
export type CatalogRule = z.infer<typeof CatalogRule>;

export const DEFAULT_CATALOG_RULE: CatalogRule = {
  annualDue: { month: 1, day: 31 },
  source: {
    basis:
      '制定机关于每年1月31日前报送上一年度规范性文件目录（法规规章备案审查条例第二十二条对法规规章的规定；行政规范性文件按地方备案规定“1月底前”）',
    confidence: 'L',
  },
};

/**
 * 行政规范性文件: 评估论证 and 公开征求意见 recorded while drafting; `required` ones must be recorded before
 * 送审, and a step that allows it may instead be recorded as not applicable with a reason (依法需要保密的).
 * Optional in stored profiles: a profile saved before this setting existed reads with the default.
 */
export const AdminProcedureRule = z.object({
  id: z.enum(ADMIN_NORMATIVE_PROCEDURES),
  label: Label,
  required: z.boolean(),
  condition: z.string().trim(),
  /** May be recorded as not applicable, with the reason (e.g. 依法需要保密的). */
  notApplicableAllowed: z.boolean(),
  source: SourceNote,
});
export type AdminProcedureRule = z.infer<typeof AdminProcedureRule>;

export const DEFAULT_ADMIN_PROCEDURES: AdminProcedureRule[] = [
  {
    id: 'assessment',
    label: '评估论证',
    required: false,
    condition: '重要的行政规范性文件；县级以上地方人民政府制定涉及个人、组织权利义务的规范性文件',
    notApplicableAllowed: false,
    source: {
      basis:
        '国办发〔2018〕37号（三）：重要的行政规范性文件要严格执行评估论证、公开征求意见等程序；地方组织法第七十五条',
      confidence: 'W',
    },
  },
  {
    id: 'public_consultation',
    label: '公开征求意见',
    required: false,
    condition: '除依法需要保密的外，涉及群众切身利益或者对公民、法人和其他组织权利义务有重大影响的',
    notApplicableAllowed: true,
    source: {
      basis: '国办发〔2018〕37号（三）（四）；地方组织法第七十五条；征求意见期限见规则配置“征求意见期限”',
      confidence: 'W',
    },
  },
];

const uniqueBy = <T>(items: readonly T[], key: (item: T) => string) =>
  new Set(items.map(key)).size === items.length;

export const RuleProfile = z
  .object({
    schemaVersion: z.literal(1),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,40}$/, '规则配置编号只能包含小写字母、数字和连字符'),
    name: z.string().trim().min(2, '请填写规则配置名称').max(60),
    description: z.string().trim().max(500),
    reviewPeriod: perKind(ReviewPeriodRule),
    reviewOutcomes: perKind(z.array(ReviewOutcomeRule).min(1, '每类文件至少要有一种审核结论')),
    commentPeriod: perKind(CommentPeriodRule),
    validity: ValidityRule,
    effectiveDate: EffectiveDateRule,
    numbering: NumberingRule,
    filing: perKind(FilingRule),
    filingOutcomes: perKind(z.array(FilingOutcomeRule)),
    correctionPeriods: z.object({ deferredRegistration: CorrectionPeriod, rectification: CorrectionPeriod }),
    partyReviewDimensions: z.array(PartyDimensionRule),
    majorDecisionProcedures: z.array(ProcedureRule),
    catalog: CatalogRule.default(DEFAULT_CATALOG_RULE),
    majorDecisionLegalOpinion: LegalOpinionRule.default(DEFAULT_LEGAL_OPINION_RULE),
    adminNormativeProcedures: z.array(AdminProcedureRule).default(DEFAULT_ADMIN_PROCEDURES),
    /** 政府信息公开 clocks (issue 14): defaults so older stored profiles still parse. */
    disclosure: DisclosureRule.default(DEFAULT_DISCLOSURE_RULE),
    /**
     * Where the agency is (上海市): a local rule of this place is 本地规定, any other place's is 外地做法.
     * Empty for a profile of no one place.
     */
    locality: z.string().trim().max(20, '所在地最多 20 个字符').default(''),
  })
  .superRefine((profile, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    for (const kind of DOCUMENT_KINDS) {
      const label = DOCUMENT_KIND_LABELS[kind];
      const outcomes = profile.reviewOutcomes[kind];
      if (!uniqueBy(outcomes, (outcome) => outcome.code))
        issue(['reviewOutcomes', kind], `${label}的审核结论重复`);
      const allowing = outcomes.filter((outcome) => outcome.allowsDeliberation);
      if (hasDeliberation(kind) && allowing.length === 0) {
        issue(['reviewOutcomes', kind], `${label}至少要有一种允许提交集体审议的审核结论`);
      }
      if (!hasDeliberation(kind) && allowing.length > 0) {
        issue(['reviewOutcomes', kind], `${label}没有集体审议环节，审核结论不能“允许提交审议”`);
      }
      const filingOutcomes = profile.filingOutcomes[kind];
      if (profile.filing[kind].required && !filingOutcomes.some((outcome) => outcome.result === 'filed')) {
        issue(['filingOutcomes', kind], `${label}需要备案，应至少有一种“备案通过”的结果`);
      }
      if (!uniqueBy(filingOutcomes, (outcome) => outcome.code)) {
        issue(['filingOutcomes', kind], `${label}的备案结果重复`);
      }
      if (profile.filing[kind].required && !hasDeliberation(kind)) {
        issue(['filing', kind, 'required'], `${label}不经印发，不能设置报送备案`);
      }
    }
    const dimensions = profile.partyReviewDimensions.map((dimension) => dimension.id);
    if (dimensions.length !== PARTY_REVIEW_DIMENSIONS.length || !uniqueBy(dimensions, String)) {
      issue(
        ['partyReviewDimensions'],
        '党内规范性文件审查应包括政治性、合法合规性、合理性、规范性四个方面，各一次',
      );
    }
    const procedures = profile.majorDecisionProcedures.map((procedure) => procedure.id);
    if (procedures.length !== MAJOR_DECISION_PROCEDURES.length || !uniqueBy(procedures, String)) {
      issue(['majorDecisionProcedures'], '重大行政决策应列出五项法定程序，各一次');
    }
    const adminProcedures = profile.adminNormativeProcedures.map((procedure) => procedure.id);
    if (adminProcedures.length !== ADMIN_NORMATIVE_PROCEDURES.length || !uniqueBy(adminProcedures, String)) {
      issue(['adminNormativeProcedures'], '行政规范性文件应列出评估论证、公开征求意见两项程序，各一次');
    }
    profile.majorDecisionProcedures.forEach((procedure, index) => {
      if (BUILT_IN_PROCEDURES.includes(procedure.id) && !procedure.mandatory) {
        issue(['majorDecisionProcedures', index, 'mandatory'], `${procedure.label}是必经程序，不能设为可选`);
      }
    });
  });
export type RuleProfile = z.infer<typeof RuleProfile>;
export type ReviewOutcomeRule = z.infer<typeof ReviewOutcomeRule>;
export type FilingOutcomeRule = z.infer<typeof FilingOutcomeRule>;

export function reviewOutcomeOf(profile: RuleProfile, kind: DocumentKind, code: string) {
  return profile.reviewOutcomes[kind].find((outcome) => outcome.code === code) ?? null;
}

export function filingOutcomeOf(profile: RuleProfile, kind: DocumentKind, code: string) {
  return profile.filingOutcomes[kind].find((outcome) => outcome.code === code) ?? null;
}

/**
 * The validity term for a document by its title: 暂行/试行 and 通告 have their own terms; when both apply
 * the shorter maximum wins. Null when the profile sets no validity for the kind.
 */
export function validityTermFor(profile: RuleProfile, kind: DocumentKind, title: string) {
  return validityRuleFor(profile, kind, title)?.term ?? null;
}

/** The 发文字号 template of a kind: its own where the profile gives one, else the general one. */
export function docNumberTemplateFor(profile: RuleProfile, kind: DocumentKind): string {
  return profile.numbering.docNumber.byKind?.[kind] ?? profile.numbering.docNumber.template;
}

/** Which of the profile's validity rules a title falls under, and the term it gives. */
export interface ValidityRuleMatch {
  rule: 'general' | 'provisional' | 'notice';
  /** The rule in plain words: 名称冠以“暂行”的 / 名称为“通告”的 / 一般. */
  basis: string;
  term: { defaultYears: number; maxYears: number };
}

/**
 * validityTermFor, saying which rule gave the term (for the issue dialog and the filing 说明): 暂行/试行 and
 * 通告 have their own terms; when both apply the shorter maximum wins.
 */
export function validityRuleFor(
  profile: RuleProfile,
  kind: DocumentKind,
  title: string,
): ValidityRuleMatch | null {
  const { validity } = profile;
  if (!validity.appliesTo.includes(kind)) return null;
  const trimmed = title.trim();
  const matches: ValidityRuleMatch[] = [{ rule: 'general', basis: '一般规范性文件', term: validity.general }];
  const provisional = validity.provisional.titleContains.find((marker) => trimmed.includes(marker));
  if (provisional) {
    matches.push({ rule: 'provisional', basis: `名称冠以“${provisional}”`, term: validity.provisional.term });
  }
  const notice = validity.notice.titleEndsWith.find((marker) => trimmed.endsWith(marker));
  if (notice) matches.push({ rule: 'notice', basis: `名称为“${notice}”`, term: validity.notice.term });
  return matches.reduce((shortest, match) =>
    match.term.maxYears < shortest.term.maxYears ? match : shortest,
  );
}
