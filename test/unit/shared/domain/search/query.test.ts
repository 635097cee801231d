import { describe, expect, it } from 'vitest';
import {
  ftsPhrase,
  matchesAll,
  MAX_TERMS,
  parseSearchQuery,
  planTerm,
  snippetSegments,
  spacedText,
} from '../../../../../src/shared/domain/search';

describe('parseSearchQuery', () => {
  it('splits words on spaces, full-width spaces included', () => {
    expect(parseSearchQuery('罚款  许可\u3000收费')).toEqual(['罚款', '许可', '收费']);
  });

  it('keeps a quoted phrase whole, in ASCII or Chinese quotes', () => {
    expect(parseSearchQuery('"行政 处罚" 罚款')).toEqual(['行政 处罚', '罚款']);
    expect(parseSearchQuery('“处以罚款”许可')).toEqual(['处以罚款', '许可']);
  });

  it('keeps an unbalanced quote as a character of its word', () => {
    expect(parseSearchQuery('罚款"')).toEqual(['罚款"']);
    expect(parseSearchQuery('"罚款')).toEqual(['"罚款']);
    expect(parseSearchQuery('"')).toEqual(['"']);
    expect(parseSearchQuery('“罚款')).toEqual(['“罚款']);
  });

  it('keeps FTS operators as words', () => {
    expect(parseSearchQuery('NEAR( * - AND OR NOT ^ col:值')).toEqual([
      'NEAR(',
      '*',
      '-',
      'AND',
      'OR',
      'NOT',
      '^',
      'col:值',
    ]);
  });

  it('drops empty phrases and duplicates, and keeps at most MAX_TERMS terms', () => {
    expect(parseSearchQuery('"" 罚款 罚款 ""')).toEqual(['罚款']);
    expect(parseSearchQuery('   ')).toEqual([]);
    const many = Array.from({ length: 20 }, (_, index) => `词${index}`).join(' ');
    expect(parseSearchQuery(many)).toHaveLength(MAX_TERMS);
  });
});

describe('planTerm', () => {
  it('sends 3+ characters to the trigram index, quoted, quotes inside doubled', () => {
    expect(planTerm('行政处罚')).toEqual({ index: 'trigram', match: '"行政处罚"' });
    expect(planTerm('NEAR(')).toEqual({ index: 'trigram', match: '"NEAR("' });
    expect(planTerm('"引号"')).toEqual({ index: 'trigram', match: '"""引号"""' });
  });

  it('sends 1–2 characters to the single-character index as a phrase of characters', () => {
    expect(planTerm('罚')).toEqual({ index: 'chars', match: '"罚"' });
    expect(planTerm('罚款')).toEqual({ index: 'chars', match: '"罚 款"' });
    expect(planTerm('罚"')).toEqual({ index: 'chars', match: '"罚"' });
  });

  it('checks terms without a letter or digit against the text only', () => {
    expect(planTerm('*')).toEqual({ index: 'scan' });
    expect(planTerm('"')).toEqual({ index: 'scan' });
    expect(planTerm('-')).toEqual({ index: 'scan' });
  });

  it('counts characters, not UTF-16 units', () => {
    expect(planTerm('𠀋𠀋')).toMatchObject({ index: 'chars' });
  });
});

describe('texts and matches', () => {
  it('spaces every character for the single-character index', () => {
    expect(spacedText('罚款AB')).toBe('罚 款 A B');
  });

  it('quotes any text as one FTS5 string', () => {
    expect(ftsPhrase('a"b')).toBe('"a""b"');
  });

  it('matches every term as a substring, ASCII in either case', () => {
    expect(matchesAll('处以Near(罚款', ['near(', '罚款'])).toBe(true);
    expect(matchesAll('罚，款', ['罚款'])).toBe(false);
  });
});

describe('snippetSegments', () => {
  it('marks every occurrence of every term in the excerpt', () => {
    expect(snippetSegments('违反规定的，处以罚款；情节严重的，并处罚款。', ['罚款'])).toEqual([
      { text: '违反规定的，处以', mark: false },
      { text: '罚款', mark: true },
      { text: '；情节严重的，并处', mark: false },
      { text: '罚款', mark: true },
      { text: '。', mark: false },
    ]);
  });

  it('cuts long text around the first match, with ellipses', () => {
    const text = `${'甲'.repeat(100)}罚款${'乙'.repeat(200)}`;
    const segments = snippetSegments(text, ['罚款'], 10);
    expect(segments[0]).toEqual({ text: '…', mark: false });
    expect(segments[2]).toEqual({ text: '罚款', mark: true });
    expect(segments[segments.length - 1]).toEqual({ text: '…', mark: false });
    expect(segments.map((segment) => segment.text).join('')).toBe(
      `…${'甲'.repeat(10)}罚款${'乙'.repeat(20)}…`,
    );
  });

  it('merges overlapping matches of different terms', () => {
    expect(snippetSegments('行政处罚法', ['行政处罚', '处罚法'])).toEqual([
      { text: '行政处罚法', mark: true },
    ]);
  });
});
