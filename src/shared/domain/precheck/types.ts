import type { Block } from '../blocks';
import type { DocumentKind } from '../documentKinds';
import type { LawLibrary } from '../laws';
import type { RuleConfidence } from '../ruleCodes';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警示', info: '提示' };

/** A pre-check rule as the reviewer sees it: what it looks for, why, and on what legal basis. */
export interface PrecheckRule {
  id: string;
  title: string;
  severity: Severity;
  /** The checklist element (resources/checklists/admin_normative.json) a finding feeds. */
  elementId: string;
  explanation: string;
  /** The rule the check rests on, as a reader cites it (法规名称 + 条款). */
  basis: string;
  /** Where the rule was built from (RULES.md section, shipped data): shown only in 设置 › 规则配置. */
  source: string;
  /** How sure that source is; the screen shows it as a plain note (basisStanding.ts). */
  confidence: RuleConfidence;
}

export interface PrecheckFinding {
  ruleId: string;
  severity: Severity;
  elementId: string;
  blockId: string;
  /** Where the block sits, as cited: 第七条, 第三条第二款; absent outside articles. */
  article?: string;
  /** The matched span in the block's text (start/end are offsets into blockText(block)). */
  start: number;
  end: number;
  text: string;
  /** What was found, in the reviewer's words (names the replacement law, the new article number …). */
  message: string;
  basis: string;
}

/**
 * The numbers a rule profile sets (RULES §1.8–1.9: local, hence parameters). The rule-profile object
 * will fill this; until then the defaults below are the typical local values.
 */
export interface PrecheckOptions {
  maxValidityYears: number;
  /** For titles with 暂行 / 试行. */
  provisionalMaxValidityYears: number;
  /** Days from publication to 施行 below which a reason must be given. */
  minDaysToEffect: number;
  /**
   * The validity term the rule profile gives a document of this kind and title (通告 1 year, 暂行/试行 2,
   * otherwise 5: validityRuleFor); null when the profile sets none. Without it the two numbers above apply.
   */
  validityTerm?: (title: string) => ValidityLimit | null;
}

/** A validity maximum and whom it binds, for the message: 名称为“通告”的文件. */
export interface ValidityLimit {
  maxYears: number;
  appliesTo: string;
}

export const DEFAULT_PRECHECK_OPTIONS: PrecheckOptions = {
  maxValidityYears: 5,
  provisionalMaxValidityYears: 2,
  minDaysToEffect: 30,
};

/** What the pre-check knows besides the text (from the document's metadata). */
export interface PrecheckDocument {
  title?: string;
  kind?: DocumentKind;
  /** 发文机关 / 制定机关 as registered. */
  issuingAuthority?: string;
  /** Publication (or expected publication) date, ISO yyyy-mm-dd. */
  publicationDate?: string;
}

export interface PrecheckInput {
  blocks: readonly Block[];
  document?: PrecheckDocument;
  /** Without a library, citations are parsed but not checked. */
  library?: LawLibrary;
  options?: Partial<PrecheckOptions>;
}
