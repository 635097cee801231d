import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { blockText } from '../../../../../src/shared/domain/blocks';
import { runPrecheck } from '../../../../../src/shared/domain/precheck';
import { corpusBlocks, corpusLawFiles, corpusPath } from '../../../../support/corpus';
import { lawLibrary, precheck } from './helpers';

/**
 * Forms other than 条-numbered 办法: a 通告 numbered 一、二、 and a 裁量基准 laid out as 违法行为 / 法律依据 /
 * 处罚幅度 lines. Texts from the pre-check corpus (test/fixtures/precheck-drafts).
 */
const notice = (closing: string) => [
  '某区市场监督管理局关于调整经营主体登记窗口服务时间的通告',
  '为进一步方便群众和企业办事，自2026年12月1日起，区政务服务中心经营主体登记窗口服务时间调整如下：',
  '一、工作日上午9:00至12:00、下午13:30至17:30正常办理业务。',
  '二、咨询电话：0000-7654321。',
  closing,
  '某区市场监督管理局',
  '2026年10月28日',
];

describe('a 通告 states its own validity', () => {
  test('negative: 本通告有效期至… after the numbered items is the validity of the document', () => {
    const findings = precheck(notice('本通告有效期至2027年11月30日。'), {
      document: { kind: 'admin_normative', publicationDate: '2026-10-28' },
    });
    expect(findings.filter((f) => f.ruleId.startsWith('validity.'))).toEqual([]);
  });

  test('positive: without that sentence the validity is missing', () => {
    const findings = precheck(notice('特此通告。'), {
      document: { kind: 'admin_normative', publicationDate: '2026-10-28' },
    });
    expect(findings.filter((f) => f.ruleId === 'validity.missing')).toHaveLength(1);
  });

  test('a 清单 or 基准 names itself the same way', () => {
    for (const name of ['清单', '基准']) {
      const findings = precheck([`某市行政处罚裁量${name}`, '一、适用范围。', `二、本${name}有效期5年。`], {
        document: { kind: 'admin_normative' },
      });
      expect(
        findings.filter((f) => f.ruleId === 'validity.missing'),
        name,
      ).toEqual([]);
    }
  });
});

const discretion = (basis: string | null) => [
  '某市统计行政处罚裁量基准',
  '一、企业事业单位迟报统计资料',
  '违法行为：企业事业单位或者其他组织迟报统计资料。',
  ...(basis ? [basis] : []),
  '处罚幅度：迟报时间超过10日的，给予警告，并处1万元以上5万元以下罚款。',
  '二、个体工商户迟报统计资料',
  '违法行为：个体工商户迟报统计资料。',
  '处罚幅度：给予警告，可以并处500元以上1000元以下罚款。',
];

describe('a 裁量基准 row cites its basis on its own line', () => {
  test('negative: the 法律依据 line covers the 处罚幅度 line of its row', () => {
    const findings = precheck(discretion('法律依据：《中华人民共和国统计法》第四十五条第二款。'), {
      document: { kind: 'admin_normative' },
    });
    const rows = findings.filter((f) => f.ruleId.startsWith('power.')).map((f) => [f.ruleId, f.article]);
    expect(rows).toEqual([
      ['power.cited', '一、企业事业单位迟报统计资料'],
      // The next row names no basis: its fine is set by the text itself.
      ['power.penalty', '二、个体工商户迟报统计资料'],
    ]);
  });

  test('positive: without a 法律依据 line every row sets its own fine', () => {
    const findings = precheck(discretion(null), { document: { kind: 'admin_normative' } });
    expect(findings.filter((f) => f.ruleId === 'power.penalty')).toHaveLength(2);
  });
});

describe('real law texts', () => {
  const files = [
    ...corpusLawFiles(),
    ...readdirSync(corpusPath('bulk'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `bulk/${name}`),
  ];

  test('no validity finding is read from a 通告, 公告, 清单 or 基准 sentence of a statute', () => {
    const found: string[] = [];
    for (const file of files) {
      const blocks = corpusBlocks(file);
      const texts = new Map(blocks.map((block) => [block.id, blockText(block)]));
      const findings = runPrecheck({ blocks, library: lawLibrary(), document: { kind: 'admin_normative' } });
      for (const finding of findings) {
        if (finding.ruleId !== 'validity.too_long') continue;
        const text = texts.get(finding.blockId) ?? '';
        if (/本(?:通告|公告|清单|基准)/.test(text)) found.push(`${file}: ${text}`);
      }
    }
    expect(files.length).toBeGreaterThan(50);
    expect(found).toEqual([]);
  });
});
