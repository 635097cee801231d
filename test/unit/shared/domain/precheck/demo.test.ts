import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { blockText } from '../../../../../src/shared/domain/blocks';
import { Checklist } from '../../../../../src/shared/domain/checklist';
import type { DocumentKind } from '../../../../../src/shared/domain/documentKinds';
import {
  countBySeverity,
  PRECHECK_RULE_IDS,
  PRECHECK_RULES,
  runPrecheck,
  type PrecheckFinding,
} from '../../../../../src/shared/domain/precheck';
import { demoDocument, documentBlocks, lawLibrary } from './helpers';

function precheckDemo(
  index: number,
  version = -1,
): { findings: PrecheckFinding[]; texts: Map<string, string> } {
  const demo = demoDocument(index);
  const lines = demo.versions.at(version)?.text ?? [];
  const blocks = documentBlocks(lines);
  const findings = runPrecheck({
    blocks,
    library: lawLibrary(),
    document: { title: demo.title, issuingAuthority: demo.issuingAuthority, kind: demo.kind as DocumentKind },
  });
  return { findings, texts: new Map(blocks.map((block) => [block.id, blockText(block)])) };
}

describe('demo document 6: 关于进一步加强规模以上企业统计报表报送管理的规定', () => {
  const { findings, texts } = precheckDemo(5);
  const at = (ruleId: string) =>
    findings.filter((f) => f.ruleId === ruleId).map((f) => [f.article ?? '', f.text]);

  test('finds what the document was written to trigger', () => {
    expect(at('power.penalty')).toEqual([
      ['第七条', '处以2000元罚款'],
      ['第七条', '处以500元罚款'],
    ]);
    expect(at('power.enforcement')).toEqual([['第八条', '查封、扣押']]);
    expect(at('citation.repealed')).toEqual([['第一条', '《中华人民共和国统计法实施细则》']]);
    expect(at('citation.renumbered')).toEqual([['第七条', '第四十一条']]);
    expect(findings.find((f) => f.ruleId === 'citation.renumbered')?.message).toContain('现为第四十四条');
    expect(at('validity.missing')).toEqual([['第十二条', '自发布之日起施行']]);
    expect(at('effect.too_soon')).toEqual([['第十二条', '第十二条　本规定自发布之日起施行']]);
    expect(at('issuer.internal_division')).toHaveLength(1);
    expect(at('issuer.internal_interpretation')).toEqual([['第十一条', '由综合统计科负责解释']]);
  });

  test('and the burdens it places on enterprises', () => {
    expect(at('power.fee')).toEqual([['第六条', '费用每人每期300元，由企业承担']]);
    expect(at('competition.free_flow')).toEqual([['第八条', '不得参与区级政府采购']]);
    expect(at('obligation.without_basis').map(([article]) => article)).toEqual([
      '第三条',
      '第三条',
      '第三条',
      '第四条',
      '第六条',
      '第八条',
    ]);
    // The duties to hand in reports are the more specific finding on their sentences.
    expect(at('obligation.reporting')).toEqual([
      ['第四条', '报送统计报表'],
      ['第五条', '报送经会计师事务所审计的上一年度财务报告'],
    ]);
    expect(countBySeverity(findings)).toEqual({ error: 5, warning: 14, info: 1 });
  });

  test('every finding points at its text and names a checklist element', () => {
    const elements = new Set(
      Checklist.parse(
        JSON.parse(
          readFileSync(join(__dirname, '../../../../../resources/checklists/admin_normative.json'), 'utf8'),
        ),
      ).elements.map((element) => element.id),
    );
    for (const finding of findings) {
      expect(texts.get(finding.blockId)?.slice(finding.start, finding.end)).toBe(finding.text);
      expect(elements.has(finding.elementId)).toBe(true);
      expect(finding.basis).toBe(PRECHECK_RULES[finding.ruleId as keyof typeof PRECHECK_RULES].basis);
    }
  });
});

describe('the other demo documents', () => {
  /** Warnings and errors each document's latest version is expected to raise (notes left out). */
  const expected: Record<number, string[]> = {
    0: [],
    1: [],
    2: [],
    3: [],
    4: [],
    6: [],
    8: [],
    9: [],
    10: [],
    11: ['docnumber.ordinal'],
    12: [],
    13: [],
    14: [],
    15: [],
    16: [],
  };

  test('raise only the problems written into them', () => {
    for (const [index, rules] of Object.entries(expected)) {
      const { findings } = precheckDemo(Number(index));
      const raised = findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId);
      expect(raised, demoDocument(Number(index)).title).toEqual(rules);
    }
  });

  test('the 征求意见稿 of document 10 requires local registration; the 送审稿 no longer does', () => {
    const draft = precheckDemo(9, 0).findings.filter((f) => f.ruleId.startsWith('competition.'));
    expect(draft.map((f) => f.text)).toEqual(['在本区注册']);
    expect(precheckDemo(9).findings.filter((f) => f.ruleId.startsWith('competition.'))).toEqual([]);
  });
});

describe('rule catalog', () => {
  test('every rule feeds an element of the 行政规范性文件 checklist and states its basis', () => {
    const elements = new Set(
      Checklist.parse(
        JSON.parse(
          readFileSync(join(__dirname, '../../../../../resources/checklists/admin_normative.json'), 'utf8'),
        ),
      ).elements.map((element) => element.id),
    );
    for (const id of PRECHECK_RULE_IDS) {
      const rule = PRECHECK_RULES[id];
      expect(rule.id).toBe(id);
      expect(elements.has(rule.elementId), id).toBe(true);
      expect(rule.basis.length, id).toBeGreaterThan(4);
      expect(rule.explanation.length, id).toBeGreaterThan(10);
    }
  });
});
