import { checkCitations } from './citationRules';
import { checkCitedArticles } from './citedArticles';
import { checkClauses } from './clauses';
import { checkDocumentNumbers } from './docNumber';
import { checkFineRanges } from './fineRange';
import { checkIssuer } from './issuer';
import { checkReporting } from './reporting';
import { PRECHECK_RULE_IDS } from './rules';
import { scanBlocks } from './scan';
import { checkTemporal } from './temporal';
import type { PrecheckFinding, PrecheckInput, Severity } from './types';

export { findPrecheckRule, PRECHECK_RULE_IDS, PRECHECK_RULES, type RuleId } from './rules';
export { isInternalDivision } from './issuer';
export { precheckOptionsFor } from './profileOptions';
export {
  DEFAULT_PRECHECK_OPTIONS,
  SEVERITIES,
  SEVERITY_LABELS,
  type PrecheckDocument,
  type PrecheckFinding,
  type PrecheckInput,
  type PrecheckOptions,
  type PrecheckRule,
  type Severity,
  type ValidityLimit,
} from './types';

const RULE_ORDER = new Map<string, number>(PRECHECK_RULE_IDS.map((id, index) => [id, index]));

/**
 * 智能预审 (DESIGN §6.5): deterministic rules over the blocks of a version. Each finding names its rule,
 * checklist element, block, article and matched span; findings are suggestions for the reviewer, who
 * accepts them into the checklist or dismisses them with a reason.
 */
export function runPrecheck(input: PrecheckInput): PrecheckFinding[] {
  const context = scanBlocks(input);
  checkIssuer(context);
  checkClauses(context);
  checkReporting(context);
  checkCitations(context);
  checkCitedArticles(context);
  checkFineRanges(context);
  checkTemporal(context);
  checkDocumentNumbers(context);
  const position = new Map(input.blocks.map((block, index) => [block.id, index]));
  return context.findings.sort(
    (a, b) =>
      (position.get(a.blockId) ?? 0) - (position.get(b.blockId) ?? 0) ||
      a.start - b.start ||
      (RULE_ORDER.get(a.ruleId) ?? 0) - (RULE_ORDER.get(b.ruleId) ?? 0),
  );
}

export function countBySeverity(findings: readonly PrecheckFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
