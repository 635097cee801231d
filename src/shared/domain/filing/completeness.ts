import { deadline, describePeriod, type CalendarWarning } from '../calendar/deadline';
import type { HolidayTable } from '../calendar/holidayTable';
import { diffDays, type IsoDate } from '../calendar/isoDate';
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../documentKinds';
import { OPINION_LETTER_NAMES } from '../opinionLetter';
import type { IssuerLevel } from '../ruleCodes';
import type { RuleProfile } from '../ruleProfileSchema';

/**
 * The completeness check before a filing package is built (RULES.md §2.2, §2.3, §3.1): who receives it,
 * by when, what goes in, and every gap that blocks the build, each named in Chinese.
 */

export const ISSUER_LEVEL_LABELS: Record<IssuerLevel, string> = {
  government: '人民政府（办公室）',
  department: '政府工作部门',
  party_organ: '党组织',
  any: '各类制定机关',
};

/**
 * Kinds whose filed opinion must include a legal adviser's or public-service lawyer's opinion:
 * 中办国办《关于推行法律顾问制度和公职律师公司律师制度的意见》(2016) — 规范性文件送审稿应当听取法律顾问、
 * 公职律师的法律意见 (RULES.md §6).
 */
export const COUNSEL_OPINION_KINDS: readonly DocumentKind[] = ['admin_normative', 'party_normative'];
export const COUNSEL_OPINION_BASIS = '《关于推行法律顾问制度和公职律师公司律师制度的意见》';

/** Who issues the document decides where it is filed: 人民政府/办公室 → government, 党组/党委 → party organ. */
export function issuerLevelOf(kind: DocumentKind, issuingAuthority: string): IssuerLevel {
  if (kind === 'party_normative' || /党组|党委|党工委|纪委/.test(issuingAuthority)) return 'party_organ';
  if (/人民政府|政府办公室|政府办公厅/.test(issuingAuthority)) return 'government';
  return 'department';
}

export interface RecipientOption {
  name: string;
  /** The issuer level the profile sends this recipient's filings from. */
  issuers: IssuerLevel[];
  /** Preselected: the profile sends documents of this issuer level there. */
  suggested: boolean;
}

/** Every recipient the profile names for the kind, those for the issuer's level preselected. */
export function recipientOptions(
  profile: RuleProfile,
  kind: DocumentKind,
  level: IssuerLevel,
): RecipientOption[] {
  const options = new Map<string, RecipientOption>();
  for (const rule of profile.filing[kind].recipients) {
    for (const name of rule.to) {
      const option = options.get(name) ?? { name, issuers: [], suggested: false };
      option.issuers.push(rule.issuer);
      if (rule.issuer === level || rule.issuer === 'any') option.suggested = true;
      options.set(name, option);
    }
  }
  return [...options.values()];
}

export interface FilingSignoffFact {
  signerName: string;
  signerRole: string;
  versionId: string;
  versionLabel: string;
  valid: boolean;
}

/** What the check needs to know about the document; the service gathers it. */
export interface FilingFacts {
  kind: DocumentKind;
  title: string;
  issuingAuthority: string;
  issuance: {
    versionId: string;
    docNumber: string;
    registrationNumber: string | null;
    publishedOn: IsoDate;
    effectiveOn: IsoDate;
    shortEffectReason: string;
  } | null;
  /** The latest concluded review: its conclusion label and whether it lets the document go on. */
  review: { concluded: boolean; conclusionLabel: string | null; allowsDeliberation: boolean } | null;
  draftingExplanation: { fileName: string } | null;
  legalBases: number;
  signoffs: FilingSignoffFact[];
  recipients: string[];
  today: IsoDate;
}

export interface FilingMaterial {
  /** Stable key of the material in the package. */
  key: 'report' | 'text' | 'explanation' | 'legal_bases' | 'review_opinion' | 'signoffs' | 'comparison';
  label: string;
  present: boolean;
  note: string;
}

export interface FilingCheckResult {
  required: boolean;
  issuerLevel: IssuerLevel;
  recipientOptions: RecipientOption[];
  period: string | null;
  due: IsoDate | null;
  late: boolean;
  dueWarnings: CalendarWarning[];
  /** The profile's materials text (份数 included) and where the rule comes from. */
  materialsText: string;
  source: string;
  materials: FilingMaterial[];
  gaps: string[];
}

export function checkFilingPackage(
  profile: RuleProfile,
  facts: FilingFacts,
  table: HolidayTable,
): FilingCheckResult {
  const rule = profile.filing[facts.kind];
  const level = issuerLevelOf(facts.kind, facts.issuingAuthority);
  const gaps: string[] = [];
  const kindLabel = DOCUMENT_KIND_LABELS[facts.kind];
  if (!rule.required) gaps.push(`按当前规则配置，${kindLabel}无需报送备案。`);

  const issuance = facts.issuance;
  if (!issuance) gaps.push('文件尚未印发（未登记文号和公布日期），不能报送备案。');
  if (!facts.review?.concluded) gaps.push('合法性审核尚未作出结论。');
  else if (!facts.review.allowsDeliberation)
    gaps.push(`合法性审核结论为“${facts.review.conclusionLabel ?? ''}”，不能报送备案。`);
  if (!facts.draftingExplanation) gaps.push('缺少制定说明（起草说明）。');
  if (facts.legalBases === 0) gaps.push('制定依据清单为空，请在材料中列出制定依据。');

  const issuedVersion = issuance?.versionId;
  for (const signoff of facts.signoffs) {
    if (!signoff.valid) gaps.push(`${signoff.signerName}的签署意见签名无效。`);
    else if (issuedVersion && signoff.versionId !== issuedVersion)
      gaps.push(
        `${signoff.signerName}的签署意见签在“${signoff.versionLabel}”上，不是印发的正式文本，需要在正式文本上重新签署。`,
      );
  }
  const counselCurrent = facts.signoffs.some(
    (signoff) => signoff.signerRole === 'counsel' && signoff.valid && signoff.versionId === issuedVersion,
  );
  if (COUNSEL_OPINION_KINDS.includes(facts.kind) && !counselCurrent && issuedVersion)
    gaps.push(`缺少法律顾问（公职律师）对正式文本签署的法律意见（依据${COUNSEL_OPINION_BASIS}）。`);

  if (issuance && profile.effectiveDate.appliesTo.includes(facts.kind)) {
    const days = diffDays(issuance.publishedOn, issuance.effectiveOn);
    const min = profile.effectiveDate.minDaysAfterPublication;
    if (days < min && profile.effectiveDate.reasonRequiredIfShorter && !issuance.shortEffectReason.trim())
      gaps.push(`施行日期距公布日期不足 ${min} 日，应在备案说明中写明理由，但印发时未记录理由。`);
  }
  if (rule.required && facts.recipients.length === 0) gaps.push('请至少选择一个备案机关。');

  let due: IsoDate | null = null;
  let dueWarnings: CalendarWarning[] = [];
  if (rule.period && issuance) {
    const result = deadline(issuance.publishedOn, rule.period, table);
    due = result.due;
    dueWarnings = result.warnings;
  }

  const signoffsPresent = facts.signoffs.some((s) => s.valid && s.versionId === issuedVersion);
  const materials: FilingMaterial[] = [
    { key: 'report', label: '备案报告', present: true, note: '生成时编号' },
    {
      key: 'text',
      label: '正式文本',
      present: Boolean(issuance),
      note: issuance ? issuance.docNumber : '尚未印发',
    },
    {
      key: 'explanation',
      label: '制定说明（起草说明）',
      present: Boolean(facts.draftingExplanation),
      note: facts.draftingExplanation?.fileName ?? '未上传',
    },
    {
      key: 'legal_bases',
      label: '制定依据',
      present: facts.legalBases > 0,
      note: `${facts.legalBases} 项`,
    },
    {
      key: 'review_opinion',
      label: OPINION_LETTER_NAMES[facts.kind].letter,
      present: Boolean(facts.review?.concluded),
      note: facts.review?.conclusionLabel ?? '尚无结论',
    },
    {
      key: 'signoffs',
      label: '签署的法律意见',
      present: signoffsPresent,
      note: `${facts.signoffs.filter((s) => s.versionId === issuedVersion).length} 份签在正式文本上`,
    },
  ];

  return {
    required: rule.required,
    issuerLevel: level,
    recipientOptions: recipientOptions(profile, facts.kind, level),
    period: rule.period ? `自公布之日起${describePeriod(rule.period)}内` : null,
    due,
    late: due !== null && facts.today > due,
    dueWarnings,
    materialsText: rule.materials,
    source: rule.source.basis,
    materials,
    gaps,
  };
}
