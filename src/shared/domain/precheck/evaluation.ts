import { blockText, type Block } from '../blocks';
import { DOCUMENT_KINDS, type DocumentKind } from '../documentKinds';
import type { PrecheckDocument, PrecheckFinding } from './types';

/**
 * Precision and recall of the pre-check over a corpus of drafts whose findings a reviewer wrote down in
 * advance (test/fixtures/precheck-drafts). Pure: the caller runs the pre-check and hands in the findings.
 */

/** What a reviewer expects on a draft: the rule, and a short exact quote of the text where it applies. */
export interface ExpectedFinding {
  rule: string;
  quote: string;
  note?: string;
  /**
   * Other rules whose finding on the same text is also right (a reporting duty without basis is also a
   * duty without basis). Such a finding counts as correct for precision; recall counts only `rule`.
   */
  alsoAccept?: string[];
}

export interface EvaluationCase {
  name: string;
  blocks: readonly Block[];
  findings: readonly PrecheckFinding[];
  expected: readonly ExpectedFinding[];
}

export interface RuleScore {
  ruleId: string;
  /** Expectations of this rule, and how many a finding of this rule met. */
  expected: number;
  found: number;
  /** Counted findings of this rule (error/warning, and info findings that meet an expectation), and how many are right. */
  findings: number;
  correct: number;
  /** Right by the expectation's own rule, not by an `alsoAccept` rule. */
  strictlyCorrect: number;
}

export interface MissedExpectation extends ExpectedFinding {
  draft: string;
}

export interface UnexpectedFinding {
  draft: string;
  finding: PrecheckFinding;
}

export interface EvaluationReport {
  rules: RuleScore[];
  overall: Omit<RuleScore, 'ruleId'>;
  missed: MissedExpectation[];
  unexpected: UnexpectedFinding[];
  /** Info findings nobody expected: not counted, listed so a reader can see what the reviewer is shown. */
  uncountedInfo: UnexpectedFinding[];
}

function meets(
  finding: PrecheckFinding,
  expectation: ExpectedFinding,
  texts: Map<string, string>,
  strict = false,
): boolean {
  const accepted =
    finding.ruleId === expectation.rule || (!strict && !!expectation.alsoAccept?.includes(finding.ruleId));
  if (!accepted) return false;
  return (
    finding.text.includes(expectation.quote) || !!texts.get(finding.blockId)?.includes(expectation.quote)
  );
}

function scoreOf(scores: Map<string, RuleScore>, ruleId: string): RuleScore {
  let score = scores.get(ruleId);
  if (!score) {
    score = { ruleId, expected: 0, found: 0, findings: 0, correct: 0, strictlyCorrect: 0 };
    scores.set(ruleId, score);
  }
  return score;
}

export function evaluatePrecheck(cases: readonly EvaluationCase[]): EvaluationReport {
  const scores = new Map<string, RuleScore>();
  const missed: MissedExpectation[] = [];
  const unexpected: UnexpectedFinding[] = [];
  const uncountedInfo: UnexpectedFinding[] = [];
  for (const draft of cases) {
    const texts = new Map(draft.blocks.map((block) => [block.id, blockText(block)]));
    for (const expectation of draft.expected) {
      const score = scoreOf(scores, expectation.rule);
      score.expected += 1;
      const met = draft.findings.some(
        (finding) => finding.ruleId === expectation.rule && meets(finding, expectation, texts),
      );
      if (met) score.found += 1;
      else missed.push({ draft: draft.name, ...expectation });
    }
    for (const finding of draft.findings) {
      const right = draft.expected.some((expectation) => meets(finding, expectation, texts));
      if (finding.severity === 'info' && !right) {
        uncountedInfo.push({ draft: draft.name, finding });
        continue;
      }
      const score = scoreOf(scores, finding.ruleId);
      score.findings += 1;
      if (right) score.correct += 1;
      else unexpected.push({ draft: draft.name, finding });
      if (draft.expected.some((expectation) => meets(finding, expectation, texts, true))) {
        score.strictlyCorrect += 1;
      }
    }
  }
  const rules = [...scores.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId));
  const overall = rules.reduce(
    (sum, score) => ({
      expected: sum.expected + score.expected,
      found: sum.found + score.found,
      findings: sum.findings + score.findings,
      correct: sum.correct + score.correct,
      strictlyCorrect: sum.strictlyCorrect + score.strictlyCorrect,
    }),
    { expected: 0, found: 0, findings: 0, correct: 0, strictlyCorrect: 0 },
  );
  return { rules, overall, missed, unexpected, uncountedInfo };
}

/** Right findings ÷ counted findings; 1 when nothing was reported. */
export function precisionOf(score: Pick<RuleScore, 'findings' | 'correct'>): number {
  return score.findings === 0 ? 1 : score.correct / score.findings;
}

/** Precision counting only findings of the expected rule itself (no `alsoAccept`). */
export function strictPrecisionOf(score: Pick<RuleScore, 'findings' | 'strictlyCorrect'>): number {
  return score.findings === 0 ? 1 : score.strictlyCorrect / score.findings;
}

/** Met expectations ÷ expectations; 1 when nothing was expected. */
export function recallOf(score: Pick<RuleScore, 'expected' | 'found'>): number {
  return score.expected === 0 ? 1 : score.found / score.expected;
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

/**
 * The report as a plain-text table: one row per rule, then the total, then each miss, each false finding and
 * each info finding nobody expected (not counted).
 */
export function formatEvaluation(report: EvaluationReport): string {
  const header = ['rule', 'expected', 'found', 'recall', 'findings', 'correct', 'precision', 'strict'];
  const row = (name: string, score: Omit<RuleScore, 'ruleId'>) => [
    name,
    String(score.expected),
    String(score.found),
    score.expected === 0 ? '—' : percent(recallOf(score)),
    String(score.findings),
    String(score.correct),
    score.findings === 0 ? '—' : percent(precisionOf(score)),
    score.findings === 0 ? '—' : percent(strictPrecisionOf(score)),
  ];
  const rows = [
    header,
    ...report.rules.map((score) => row(score.ruleId, score)),
    row('overall', report.overall),
  ];
  const widths = header.map((_, column) => Math.max(...rows.map((cells) => (cells[column] ?? '').length)));
  const lines = rows.map((cells) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  '),
  );
  for (const miss of report.missed) lines.push(`missed      ${miss.draft}  ${miss.rule}  「${miss.quote}」`);
  for (const { draft, finding } of report.unexpected) {
    lines.push(`unexpected  ${draft}  ${finding.ruleId}  ${finding.article ?? '—'}  「${finding.text}」`);
  }
  for (const { draft, finding } of report.uncountedInfo) {
    lines.push(`info        ${draft}  ${finding.ruleId}  ${finding.article ?? '—'}  「${finding.text}」`);
  }
  return lines.join('\n');
}

/** A draft of the corpus: the metadata block between `---` lines, then the text as an office writes it. */
export interface DraftFile {
  document: PrecheckDocument;
  /** The text lines after the metadata block. */
  lines: string[];
}

const METADATA_KEYS = ['title', 'kind', 'issuingAuthority', 'publicationDate'] as const;

export function parseDraft(source: string): DraftFile {
  const lines = source.split(/\r\n|\r|\n/);
  if (lines[0]?.trim() !== '---') throw new Error('草稿缺少开头的元数据块');
  const end = lines.indexOf('---', 1);
  if (end < 0) throw new Error('草稿的元数据块没有结束标记');
  const values = new Map<string, string>();
  for (const line of lines.slice(1, end)) {
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`元数据行格式不对：${line}`);
    values.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  for (const key of values.keys()) {
    if (!(METADATA_KEYS as readonly string[]).includes(key)) throw new Error(`未知的元数据项：${key}`);
  }
  const kind = values.get('kind');
  if (!kind || !(DOCUMENT_KINDS as readonly string[]).includes(kind))
    throw new Error(`未知的文件类别：${kind}`);
  const publicationDate = values.get('publicationDate');
  if (publicationDate && !/^\d{4}-\d{2}-\d{2}$/.test(publicationDate)) {
    throw new Error(`公布日期应为 yyyy-mm-dd：${publicationDate}`);
  }
  const document: PrecheckDocument = { kind: kind as DocumentKind };
  const title = values.get('title');
  const issuingAuthority = values.get('issuingAuthority');
  if (title) document.title = title;
  if (issuingAuthority) document.issuingAuthority = issuingAuthority;
  if (publicationDate) document.publicationDate = publicationDate;
  return { document, lines: lines.slice(end + 1) };
}
