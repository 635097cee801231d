import { describe, expect, it } from 'vitest';
import {
  articlesAsWritten,
  citationRows,
  rowArticleReferences,
  sentenceAt,
} from '../../../../src/shared/domain/cleanup/citationRows';
import { parseCitations } from '../../../../src/shared/domain/citations';
import { plainTextToBlocks } from '../../../../src/shared/domain/readers/plainTextToBlocks';
import { lawLibrary } from '../domain/precheck/helpers';

const TEXT = [
  '某区统计数据质量管理办法',
  '第一章 总则',
  '第一条 为了保障统计数据质量，根据《中华人民共和国统计法实施条例》，制定本办法。',
  '第二章 责任',
  '第二条 统计调查对象应当如实报送统计资料。',
  '提供不真实统计资料的，依照《统计法》第四十一条第一款、第四十二条处理；情节严重的，依法从重处理。',
  '第三条 本办法参照《某市统计工作规定》执行。',
].join('\n');

describe('sentenceAt', () => {
  it('cuts the sentence around an offset at 。！？； and keeps its closing mark', () => {
    const text = '第一句。依照《统计法》处理；其余从略！';
    expect(sentenceAt(text, text.indexOf('《'))).toBe('依照《统计法》处理；');
    expect(sentenceAt(text, 0)).toBe('第一句。');
    expect(sentenceAt(text, text.length - 2)).toBe('其余从略！');
  });

  it('takes the rest of a block without a closing mark', () => {
    expect(sentenceAt('说明。根据《统计法》', 5)).toBe('根据《统计法》');
  });
});

describe('citationRows', () => {
  const rows = citationRows(plainTextToBlocks(TEXT), lawLibrary());

  it('lists every citation of a known law with its path, sentence and articles as written', () => {
    expect(
      rows.map(({ lawId, citedAs, articles, path, sentence }) => ({
        lawId,
        citedAs,
        articles,
        path,
        sentence,
      })),
    ).toEqual([
      {
        lawId: '统计法实施条例',
        citedAs: '《中华人民共和国统计法实施条例》',
        articles: '',
        path: '第一章 › 第一条',
        sentence: '第一条 为了保障统计数据质量，根据《中华人民共和国统计法实施条例》，制定本办法。',
      },
      {
        lawId: '统计法',
        citedAs: '《统计法》',
        articles: '第四十一条第一款、第四十二条',
        path: '第二章 › 第二条 › 第二款',
        sentence: '提供不真实统计资料的，依照《统计法》第四十一条第一款、第四十二条处理；',
      },
    ]);
    expect(rows.map((row) => row.seq)).toEqual([1, 2]);
  });

  it('leaves out titles the library does not know', () => {
    expect(rows.some((row) => row.citedAs.includes('某市统计工作规定'))).toBe(false);
  });

  it('reads the article numbers back from a stored row', () => {
    const second = rows[1];
    expect(second).toBeDefined();
    expect(rowArticleReferences(second!).map((reference) => [reference.article, reference.clause])).toEqual([
      [41, 1],
      [42, undefined],
    ]);
    expect(rowArticleReferences({ citedAs: '《统计法》', articles: '' })).toEqual([]);
  });

  it('writes a range once, as it stands in the text', () => {
    const text = '依照《统计法》第八条至第十条、第十二条处理。';
    const [cited] = parseCitations(text);
    expect(articlesAsWritten(text, cited!.articles)).toBe('第八条至第十条、第十二条');
    expect(articlesAsWritten(text, [])).toBe('');
  });
});
