import { describe, expect, test } from 'vitest';
import type { PrecheckFinding } from '../../../../../src/shared/domain/precheck';
import {
  evaluatePrecheck,
  formatEvaluation,
  parseDraft,
  precisionOf,
  recallOf,
  strictPrecisionOf,
} from '../../../../../src/shared/domain/precheck/evaluation';
import { documentBlocks } from './helpers';

const blocks = documentBlocks([
  '某办法',
  '第一条　企业应当每月向区统计局报送用电量。',
  '第二条　未经区统计局同意，不得开展入户调查。',
]);
const [, first, second] = blocks;

function finding(
  ruleId: string,
  blockId: string,
  text: string,
  severity: PrecheckFinding['severity'] = 'warning',
): PrecheckFinding {
  return {
    ruleId,
    severity,
    elementId: 'x',
    blockId,
    start: 0,
    end: text.length,
    text,
    message: '',
    basis: '',
  };
}

describe('evaluatePrecheck', () => {
  test('a finding meets an expectation of its rule whose quote is in its block', () => {
    const report = evaluatePrecheck([
      {
        name: 'a.txt',
        blocks,
        expected: [
          {
            rule: 'obligation.reporting',
            quote: '向区统计局报送用电量',
            alsoAccept: ['obligation.without_basis'],
          },
          { rule: 'power.license', quote: '未经区统计局同意' },
        ],
        findings: [
          finding('obligation.without_basis', first!.id, '应当每月向区统计局报送'),
          // Right rule, wrong block: a false finding, and the expectation stays missed.
          finding('power.license', first!.id, '应当'),
          // An info finding nobody expected is not counted.
          finding('citation.unknown', second!.id, '某', 'info'),
        ],
      },
    ]);
    expect(report.overall).toEqual({ expected: 2, found: 0, findings: 2, correct: 1, strictlyCorrect: 0 });
    expect(precisionOf(report.overall)).toBe(0.5);
    expect(strictPrecisionOf(report.overall)).toBe(0);
    expect(recallOf(report.overall)).toBe(0);
    expect(report.missed.map((miss) => miss.rule)).toEqual(['obligation.reporting', 'power.license']);
    expect(report.unexpected.map((u) => u.finding.ruleId)).toEqual(['power.license']);
    expect(report.uncountedInfo.map((u) => u.finding.ruleId)).toEqual(['citation.unknown']);
    expect(formatEvaluation(report)).toContain('missed      a.txt  power.license  「未经区统计局同意」');
  });

  test('an expected info finding counts, and met expectations make recall', () => {
    const report = evaluatePrecheck([
      {
        name: 'b.txt',
        blocks,
        expected: [{ rule: 'date.padded', quote: '不得开展入户调查' }],
        findings: [finding('date.padded', second!.id, '入户', 'info')],
      },
    ]);
    expect(report.rules).toEqual([
      { ruleId: 'date.padded', expected: 1, found: 1, findings: 1, correct: 1, strictlyCorrect: 1 },
    ]);
    expect(precisionOf(report.overall)).toBe(1);
    expect(recallOf(report.overall)).toBe(1);
  });
});

describe('parseDraft', () => {
  test('reads the metadata block and keeps the text after it', () => {
    const draft = parseDraft(
      [
        '---',
        'title: 某通告',
        'kind: admin_normative',
        'issuingAuthority: 某局',
        'publicationDate: 2026-01-20',
        '---',
        '某通告',
        '一、事项。',
      ].join('\n'),
    );
    expect(draft.document).toEqual({
      title: '某通告',
      kind: 'admin_normative',
      issuingAuthority: '某局',
      publicationDate: '2026-01-20',
    });
    expect(draft.lines).toEqual(['某通告', '一、事项。']);
  });

  test('refuses a draft without metadata, with an unknown kind or key, or a date not in yyyy-mm-dd', () => {
    expect(() => parseDraft('某通告')).toThrow('元数据');
    expect(() => parseDraft('---\nkind: notice\n---\n正文')).toThrow('文件类别');
    expect(() => parseDraft('---\nkind: admin_normative\nauthor: 某\n---\n正文')).toThrow('未知的元数据项');
    expect(() => parseDraft('---\nkind: admin_normative\npublicationDate: 2026年1月20日\n---\n正文')).toThrow(
      'yyyy-mm-dd',
    );
  });
});
