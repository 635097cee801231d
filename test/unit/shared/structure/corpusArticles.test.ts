import { describe, expect, test } from 'vitest';
import { parseStructure } from '../../../../src/shared/domain/structure';
import { corpusBlocks, corpusLawFiles, corpusText } from '../../../support/corpus';

/** Counted independently of the parser: lines that start with 第…条 (a space before 条 occurs in the texts). */
const ARTICLE_LINE = /^[\s\u3000]*第[零〇一二两三四五六七八九十百千万0-9]+[\s\u3000]*条/;

const files = corpusLawFiles();

describe('every article of every corpus law is found, in order', () => {
  test('the corpus has both layouts of every law', () => {
    expect(files.filter((file) => file.endsWith('.txt')).length).toBeGreaterThanOrEqual(40);
    expect(files.filter((file) => file.endsWith('.md')).length).toBeGreaterThanOrEqual(40);
  });

  test.each(files)('%s', (file) => {
    const expected = corpusText(file)
      .split('\n')
      .filter((line) => ARTICLE_LINE.test(line)).length;
    const { articles, blocks } = parseStructure(corpusBlocks(file));

    expect(expected).toBeGreaterThan(0);
    expect(articles).toHaveLength(expected);
    expect(articles[0]?.number).toBe(1);
    articles.forEach((article, index) => {
      const previous = articles[index - 1];
      if (!previous) return;
      // 第十条之一 follows 第十条 (or 第十条之一 → 之二); anything else is the next number.
      if (article.suffix !== undefined) {
        expect(article.number).toBe(previous.number);
        expect(article.suffix).toBe((previous.suffix ?? 0) + 1);
      } else {
        expect(article.number, `${article.label} after ${previous.label}`).toBe(previous.number + 1);
      }
      expect(article.start).toBeGreaterThanOrEqual(previous.end);
    });
    for (const article of articles) {
      expect(article.text.replace(/^[\s\u3000]+/, '').replace(/[\s\u3000]/g, '')).toMatch(
        new RegExp(`^${article.label}`),
      );
      expect(blocks[article.start]?.role).toBe('article');
    }
  });
});
