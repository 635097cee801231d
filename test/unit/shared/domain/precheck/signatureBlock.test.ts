import { describe, expect, test } from 'vitest';
import { runPrecheck } from '../../../../../src/shared/domain/precheck';
import { readdirSync } from 'node:fs';
import { corpusBlocks, corpusLawFiles, corpusPath } from '../../../../support/corpus';
import { documentBlocks } from './helpers';

/**
 * The 落款 of a document with numbered articles: the structure reads the name and date lines after the
 * last article as its clauses, but they sign the document. A 内设机构 there is issuing in its own name.
 */
function divisions(lines: readonly string[]): string[] {
  return runPrecheck({ blocks: documentBlocks(lines) })
    .filter((f) => f.ruleId === 'issuer.internal_division')
    .map((f) => f.text);
}

describe('issuer.internal_division in the 落款 after the last article', () => {
  test('a 科 signs an 办法 after its last article', () => {
    expect(
      divisions([
        '某区统计数据质量管理办法',
        '第一条　为了提高统计数据质量，制定本办法。',
        '第二条　本办法自2026年5月1日起施行，有效期3年。',
        '某区统计局综合统计科',
        '2026年3月1日',
      ]),
    ).toEqual(['某区统计局综合统计科']);
  });

  test('a 股 and a 处 sign, the date in Chinese numerals or before the name', () => {
    expect(
      divisions([
        '某镇农业普查登记工作规定',
        '第一条　普查员应当按时完成入户登记。',
        '第二条　本规定自公布之日起施行。',
        '某镇人民政府统计股',
        '二〇二六年四月十日',
      ]),
    ).toEqual(['某镇人民政府统计股']);
    expect(
      divisions([
        '某市中小学校外培训收费管理细则',
        '第一条　为规范校外培训收费行为，制定本细则。',
        '第九条　本细则由市教育局负责解释。',
        '某市教育局基础教育处',
      ]),
    ).toEqual(['某市教育局基础教育处']);
  });

  test('the 落款 of an 印发通知 above its date, before the attached 办法', () => {
    expect(
      divisions([
        '关于印发《某区个体工商户年度报告公示办法》的通知',
        '各市场监督管理所：',
        '现将《某区个体工商户年度报告公示办法》印发给你们，请遵照执行。',
        '某区市场监督管理局登记注册科',
        '2026年2月3日',
        '某区个体工商户年度报告公示办法',
        '第一条　为了做好个体工商户年度报告公示工作，制定本办法。',
        '第二条　本办法自2026年3月1日起施行。',
      ]),
    ).toEqual(['某区市场监督管理局登记注册科']);
  });

  test('negative: the agency itself signs, and a last clause that is a sentence', () => {
    expect(
      divisions([
        '某区统计数据质量管理办法',
        '第一条　为了提高统计数据质量，制定本办法。',
        '第二条　本办法自2026年5月1日起施行。',
        '某区统计局',
        '2026年3月1日',
      ]),
    ).toEqual([]);
    expect(
      divisions([
        '某区统计数据质量管理办法',
        '第一条　为了提高统计数据质量，制定本办法。',
        '第二条　具体工作由综合统计科承办。',
        '本办法自2026年5月1日起施行。',
      ]),
    ).toEqual([]);
  });

  // Walking the corpus takes seconds on a busy two-core machine.
  test('negative: no law text of the corpus is read as signed by a division', () => {
    const bulk = readdirSync(corpusPath('bulk')).map((name) => `bulk/${name}`);
    const signed = [...corpusLawFiles(), ...bulk].flatMap((file) =>
      runPrecheck({ blocks: corpusBlocks(file) })
        .filter((f) => f.ruleId === 'issuer.internal_division')
        .map((f) => `${file}: ${f.text}`),
    );
    expect(signed).toEqual([]);
  }, 60_000);
});
