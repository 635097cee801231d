import { describe, expect, test } from 'vitest';
import { blockText } from '../../../../../src/shared/domain/blocks';
import { defaultRuleProfile } from '../../../../../src/shared/domain/builtinRuleProfiles';
import type { DocumentKind } from '../../../../../src/shared/domain/documentKinds';
import { PRECHECK_RULE_IDS, runPrecheck } from '../../../../../src/shared/domain/precheck';
import {
  evaluatePrecheck,
  formatEvaluation,
  precisionOf,
  recallOf,
  type EvaluationCase,
} from '../../../../../src/shared/domain/precheck/evaluation';
import { precheckOptionsFor } from '../../../../../src/shared/domain/precheck/profileOptions';
import { corpusText } from '../../../../support/corpus';
import { orphanExpectations, precheckDrafts } from '../../../../support/precheckDrafts';
import { lawLibrary } from './helpers';

/**
 * The evaluation corpus: short drafts written for it (statistics, market supervision, education; 办法,
 * 通知, 通告, 裁量基准, Party 规定), each with the findings a 法制科 reviewer expects. The pre-check runs as a
 * review case runs it: the real law library, the document's metadata, the built-in profile's numbers.
 */
const drafts = precheckDrafts();
const profile = defaultRuleProfile();

function evaluationCases(): EvaluationCase[] {
  return drafts.map((draft) => ({
    name: draft.name,
    blocks: draft.blocks,
    expected: draft.expected,
    findings: runPrecheck({
      blocks: draft.blocks,
      document: draft.document,
      library: lawLibrary(),
      options: precheckOptionsFor(profile, draft.document.kind as DocumentKind),
    }),
  }));
}

describe('the corpus itself', () => {
  test('at least 18 drafts, 4 of them clean, across the subjects and kinds the issue names', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(18);
    expect(drafts.filter((draft) => draft.expected.length === 0).length).toBeGreaterThanOrEqual(4);
    const titles = drafts.map((draft) => draft.document.title ?? '');
    for (const form of ['办法', '通知', '通告', '裁量基准', '规定']) {
      expect(
        titles.some((title) => title.includes(form)),
        form,
      ).toBe(true);
    }
    expect(drafts.some((draft) => draft.document.kind === 'party_normative')).toBe(true);
    for (const subject of ['stat-', 'mkt-', 'edu-']) {
      expect(drafts.filter((draft) => draft.name.startsWith(subject)).length, subject).toBeGreaterThanOrEqual(
        4,
      );
    }
    expect(orphanExpectations()).toEqual([]);
  });

  test('every draft has its metadata and every expectation quotes one paragraph of its draft exactly', () => {
    const known = new Set<string>([
      ...PRECHECK_RULE_IDS,
      // Agreed for issue 14, written by the other pre-check branches.
      'citation.article_missing',
      'citation.doubtful',
      'obligation.reporting',
      'power.fine_range',
    ]);
    for (const draft of drafts) {
      expect(draft.document.title, draft.name).toBeTruthy();
      expect(draft.document.issuingAuthority, draft.name).toBeTruthy();
      expect(draft.document.publicationDate, draft.name).toMatch(/^2026-\d{2}-\d{2}$/);
      const paragraphs = draft.blocks.map(blockText);
      for (const expectation of draft.expected) {
        expect(known.has(expectation.rule), `${draft.name}: ${expectation.rule}`).toBe(true);
        for (const also of expectation.alsoAccept ?? []) expect(known.has(also), also).toBe(true);
        expect(
          paragraphs.some((paragraph) => paragraph.includes(expectation.quote)),
          `${draft.name}: 「${expectation.quote}」`,
        ).toBe(true);
      }
    }
  });
});

/** The law texts the drafts cite, as stored in test/fixtures/corpus (SOURCES.md). */
const CITED_LAWS: Record<string, string> = {
  中华人民共和国统计法: 'bulk/law-0201.md',
  中华人民共和国统计法实施条例: 'bulk/admreg-0563.md',
  中华人民共和国价格法: 'bulk/law-0139.md',
  中华人民共和国食品安全法: 'bulk/law-0333.md',
  中华人民共和国义务教育法: 'bulk/law-0225.md',
  中华人民共和国行政处罚法: 'pairs/norm/xingzhengchufafa_2021.txt',
};

describe('the drafts cite real articles', () => {
  test('every cited article exists in the current text, except the planted wrong numbers', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const draft of drafts) {
      const planted = (rule: string) => draft.expected.filter((e) => e.rule === rule).map((e) => e.quote);
      const missing = planted('citation.article_missing');
      const renumbered = planted('citation.renumbered');
      for (const match of draft.source.matchAll(/《([^》]+)》第([零一二三四五六七八九十百]+)条/g)) {
        const [citation, law = '', number = ''] = match;
        const file = CITED_LAWS[law];
        if (!file) continue;
        checked += 1;
        const exists = new RegExp(`^第${number}条[\\s\\u3000]`, 'm').test(corpusText(file));
        // An old article number is a real number of the current text too, only of another article.
        if (renumbered.some((quote) => quote.includes(citation))) continue;
        const shouldExist = !missing.some((quote) => quote.includes(citation));
        if (exists !== shouldExist) wrong.push(`${draft.name}: ${citation}`);
      }
    }
    expect(checked).toBeGreaterThan(15);
    expect(wrong).toEqual([]);
  });
});

describe('pre-check precision and recall over the corpus', () => {
  const report = evaluatePrecheck(evaluationCases());

  test('prints the table per rule and overall', () => {
    console.log(`\n== pre-check over ${drafts.length} drafts ==\n${formatEvaluation(report)}\n`);
    expect(report.overall.expected).toBe(drafts.reduce((sum, draft) => sum + draft.expected.length, 0));
  });

  test('precision ≥ 90 % and recall ≥ 90 %', () => {
    expect(precisionOf(report.overall)).toBeGreaterThanOrEqual(0.9);
    expect(recallOf(report.overall)).toBeGreaterThanOrEqual(0.9);
  });
});
