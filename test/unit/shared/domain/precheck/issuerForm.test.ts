import { describe, expect, test } from 'vitest';
import {
  isInternalDivision,
  runPrecheck,
  type PrecheckFinding,
} from '../../../../../src/shared/domain/precheck';
import { documentBlocks, findingsOf } from './helpers';

function ids(findings: PrecheckFinding[], prefix: string): string[] {
  return findings.filter((f) => f.ruleId.startsWith(prefix)).map((f) => f.ruleId);
}

describe('issuer.internal_division', () => {
  test('positive: the registered issuing body is a 科 (demo document 6)', () => {
    const findings = runPrecheck({
      blocks: documentBlocks([
        '关于进一步加强规模以上企业统计报表报送管理的规定',
        '第十二条　本规定自发布之日起施行。',
      ]),
      document: { issuingAuthority: '某区统计局综合统计科' },
    });
    const issuer = findings.filter((f) => f.ruleId === 'issuer.internal_division');
    expect(issuer.map((f) => [f.severity, f.elementId, f.blockId])).toEqual([
      ['error', 'issuing_body', 'b1'],
    ]);
    expect(issuer[0]?.message).toContain('某区统计局综合统计科');
  });

  test('positive: a division in the title and in the signature line', () => {
    const findings = runPrecheck({
      blocks: documentBlocks([
        '某区统计局法规科关于规范统计执法文书的通知',
        '一、统一使用统计执法文书格式。',
        '某区统计局法规科',
        '2025年3月1日',
      ]),
    });
    expect(findings.filter((f) => f.ruleId === 'issuer.internal_division').map((f) => f.text)).toEqual([
      '某区统计局法规科',
      '某区统计局法规科',
    ]);
  });

  test('negative: government offices and sub-district offices issue in their own right', () => {
    for (const name of [
      '某区人民政府办公室',
      '国务院办公厅',
      '某街道办事处',
      '中共某区委办公室',
      '某区统计局',
    ]) {
      expect(isInternalDivision(name), name).toBe(false);
    }
    expect(isInternalDivision('某区统计局办公室')).toBe(true);
    const findings = runPrecheck({
      blocks: documentBlocks([
        '某区人民政府办公室关于印发某办法的通知',
        '一、本办法自2025年5月1日起施行。',
        '某区人民政府办公室',
      ]),
      document: { issuingAuthority: '某区人民政府办公室' },
    });
    expect(ids(findings, 'issuer.')).toEqual([]);
  });
});

describe('issuer.internal_interpretation', () => {
  test('positive: a 科 as the interpreting body (demo document 6)', () => {
    const findings = findingsOf('issuer.internal_interpretation', '第十一条　本规定由综合统计科负责解释。');
    expect(findings.map((f) => [f.severity, f.text])).toEqual([['warning', '由综合统计科负责解释']]);
  });

  test('positive: the office of an agency’s own Party committee (机关党委办公室) is internal', () => {
    for (const sentence of [
      '第十条　本办法由市市场监督管理局机关党委办公室负责解释。',
      '八、本细则由县教育局机关党委办公室解释。',
    ]) {
      expect(findingsOf('issuer.internal_interpretation', sentence).length, sentence).toBe(1);
    }
    expect(isInternalDivision('区统计局机关党委办公室')).toBe(true);
    expect(isInternalDivision('中共某市委办公室')).toBe(false);
    expect(isInternalDivision('中共某区党委办公室')).toBe(false);
  });

  test('negative: the issuing authority or a leading group’s office interprets (corpus)', () => {
    expect(
      findingsOf('issuer.internal_interpretation', '十一、本规定由国务院口岸领导小组办公室负责解释。'),
    ).toEqual([]);
    expect(findingsOf('issuer.internal_interpretation', '第六十条 本条例由国务院统计机构负责解释。')).toEqual(
      [],
    );
  });
});

describe('发文字号', () => {
  test('positive: square brackets (劳社部发[2000]8号, bulk corpus)', () => {
    const findings = findingsOf(
      'docnumber.',
      '《关于职工全年月平均工作时间和工资折算问题的通知》（劳社部发[2000]8号）同时废止。',
    );
    expect(findings.map((f) => [f.ruleId, f.text])).toEqual([['docnumber.brackets', '劳社部发[2000]8号']]);
    expect(findings[0]?.message).toContain('〔2000〕8号');
  });

  test('positive: all three faults of 某统发[2025]第03号, and 第 in demo document 12', () => {
    const findings = findingsOf('docnumber.', '根据某统发[2025]第03号文件的要求，制定本办法。');
    expect(findings.map((f) => f.ruleId)).toEqual([
      'docnumber.brackets',
      'docnumber.ordinal',
      'docnumber.leading_zero',
    ]);
    expect(findings[0]?.message).toContain('“[2025]第03号”应为“〔2025〕3号”');
    const demo = findingsOf('docnumber.', '依申请公开答复〔2026〕第7号');
    expect(demo.map((f) => f.ruleId)).toEqual(['docnumber.ordinal']);
    expect(findingsOf('docnumber.', '某统发【2025】3号').map((f) => f.ruleId)).toEqual([
      'docnumber.brackets',
    ]);
    expect(findingsOf('docnumber.', '某统发（2025）3号').map((f) => f.ruleId)).toEqual([
      'docnumber.brackets',
    ]);
  });

  test('negative: correct numbers, 登记号 without 号, and court case numbers', () => {
    expect(findingsOf('docnumber.', '某统发〔2025〕3号')).toEqual([]);
    expect(
      findingsOf(
        'docnumber.',
        '本规则施行后，《人民检察院刑事诉讼规则（试行）》（高检发释字〔2012〕2号）同时废止；',
      ),
    ).toEqual([]);
    expect(findingsOf('docnumber.', '登记号：杨管规〔2012〕001')).toEqual([]);
    expect(findingsOf('docnumber.', '见（2019）最高法行申123号行政裁定书。')).toEqual([]);
  });
});

describe('signature lines', () => {
  test('negative: list items after the last article are not a signature (bulk corpus)', () => {
    const findings = runPrecheck({
      blocks: documentBlocks([
        '某技术规范',
        '第十条 本规范自发布之日起施行。',
        '附件',
        '(1)搅拌室的基本要求',
        '(2)具有能够打开的搅拌室',
      ]),
    });
    expect(ids(findings, 'issuer.')).toEqual([]);
  });
});
