import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runPrecheck } from '../../../../../src/shared/domain/precheck';
import { corpusBlocks, corpusLawFiles, corpusPath } from '../../../../support/corpus';
import { findingsOf, lawLibrary } from './helpers';

/** citation.article_missing: the cited law's text in force has fewer articles than the number cited. */
describe('citation.article_missing', () => {
  test('the library knows the article count of the text in force', () => {
    const library = lawLibrary();
    const count = (title: string) => {
      const law = library.find(title)?.law;
      return law ? library.articleFacts(law)?.articles : undefined;
    };
    expect(count('中华人民共和国统计法')).toBe(53);
    expect(count('中华人民共和国行政处罚法')).toBe(86);
    expect(count('中华人民共和国广告法')).toBe(74);
    expect(count('中华人民共和国教育法')).toBe(86);
  });

  test.each([
    ['根据《中华人民共和国统计法》第六十条的规定，制定本办法。', '第六十条', '共五十三条，没有第六十条'],
    ['广告经营者违反《中华人民共和国广告法》第七十八条规定的，依法处理。', '第七十八条', '共七十四条'],
    ['依照《中华人民共和国教育法》第九十一条，学校应当建立学生资助制度。', '第九十一条', '共八十六条'],
    [
      '依据《统计法》第四十一条、第五十九条第二款，区统计局可以进行统计检查。',
      '第五十九条第二款',
      '没有第五十九条',
    ],
  ])('%s', (sentence, span, words) => {
    const findings = findingsOf('citation.article_missing', sentence);
    expect(findings.map((f) => [f.severity, f.text])).toEqual([['warning', span]]);
    expect(findings[0]?.message).toContain(words);
  });

  test('a range past the end is reported at its written end only', () => {
    const findings = findingsOf(
      'citation.article_missing',
      '《中华人民共和国统计法》第五十条至第五十五条规定的情形，按照本办法处理。',
    );
    expect(findings.map((f) => f.text)).toEqual(['第五十五条']);
  });

  test('negative: articles that exist, and the statistics law read on its own', () => {
    for (const sentence of [
      '根据《中华人民共和国统计法》第五十三条的规定执行。',
      '依据《中华人民共和国行政处罚法》第八十六条的规定。',
    ]) {
      expect(findingsOf('citation.article_missing', sentence), sentence).toEqual([]);
    }
    const own = runPrecheck({
      library: lawLibrary(),
      blocks: corpusBlocks('bulk/law-0201.md'),
    }).filter((f) => f.ruleId === 'citation.article_missing');
    expect(own).toEqual([]);
  });

  // Walking the corpus takes seconds on a busy two-core machine.
  test('negative: no citation in the corpus law texts is reported as missing', () => {
    const bulk = readdirSync(corpusPath('bulk')).map((name) => `bulk/${name}`);
    const missing = [...corpusLawFiles(), ...bulk].flatMap((file) =>
      runPrecheck({ library: lawLibrary(), blocks: corpusBlocks(file) })
        .filter((f) => f.ruleId === 'citation.article_missing')
        .map((f) => `${file}: ${f.text}`),
    );
    expect(missing).toEqual([]);
  }, 60_000);
});
