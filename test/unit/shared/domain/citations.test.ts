import { describe, expect, test } from 'vitest';
import { parseCitations, type ArticleReference } from '../../../../src/shared/domain/citations';

/** article/clause/item triples of a citation, for compact expectations. */
function refs(articles: readonly ArticleReference[]): string[] {
  return articles.map((ref) => [ref.article, ref.clause ?? '', ref.item ?? ''].join('.').replace(/\.+$/, ''));
}

describe('parseCitations on sentences from the corpus', () => {
  test('a title with one article and its position in the text', () => {
    // 出境入境 rules (bulk corpus): the citation is followed by 的规定处罚.
    const text =
      '第三十条 持用伪造、涂改等无效的旅行证件或者冒用他人的旅行证件出境、入境的，除依照《中华人民共和国公民出境入境管理法实施细则》第二十三条的规定处罚外，可以单处或者并处100元以上、500元以下的罚款。';
    const [citation, ...rest] = parseCitations(text);
    expect(rest).toEqual([]);
    expect(citation?.title).toBe('中华人民共和国公民出境入境管理法实施细则');
    expect(text.slice(citation!.start, citation!.end)).toBe(
      '《中华人民共和国公民出境入境管理法实施细则》第二十三条',
    );
    expect(refs(citation!.articles)).toEqual(['23']);
    expect(citation?.inList).toBe(false);
  });

  test('article, 款 and 项 in Chinese numerals, and 项 lists in half-width brackets', () => {
    const [traffic] = parseCitations(
      '公安机关交通管理部门按照《道路交通安全法》第九十九条第一款第一项规定予以处罚：',
    );
    expect(refs(traffic!.articles)).toEqual(['99.1.1']);
    const [epidemic] = parseCitations(
      '必要时，可以临时采取《传染病防治法》第二十五条第一款第(一)、(四)项紧急措施，但不得超过二十四小时',
    );
    expect(refs(epidemic!.articles)).toEqual(['25.1.1', '25.1.4']);
  });

  test('several articles and several 款 of one article', () => {
    const [company] = parseCitations('根据《中华人民共和国公司法》第八十五条、第一百五十五条，制定本规定');
    expect(refs(company!.articles)).toEqual(['85', '155']);
    const [archives] = parseCitations(
      '第二十七条 《档案法》第二十四条第二款、第三款规定的罚款数额，根据有关档案的价值和数量',
    );
    expect(refs(archives!.articles)).toEqual(['24.2', '24.3']);
  });

  test('a range of articles implies the ones between', () => {
    const [range] = parseCitations(
      '除依照《中华人民共和国民事诉讼法》第二十九条至第三十一条的规定以外，还可以由船籍港所在地海事法院管辖',
    );
    expect(refs(range!.articles)).toEqual(['29', '30', '31']);
    expect(range!.articles[1]).toMatchObject({ inRange: true, text: '第二十九条至第三十一条' });
  });

  test('nested 〈〉 belongs to the outer title', () => {
    const citations = parseCitations(
      '2010年1月9日 《国务院关于修改〈中华人民共和国专利法实施细则〉的决定》第二次修订',
    );
    expect(citations.map((citation) => citation.title)).toEqual([
      '国务院关于修改〈中华人民共和国专利法实施细则〉的决定',
    ]);
    // 第二次修订 is not an article reference.
    expect(citations[0]?.articles).toEqual([]);
  });

  test('lists of titles: 《A》《B》等 and 《A》、《B》等; references attach to the title before them', () => {
    const listed = parseCitations(
      '根据《中华人民共和国行政处罚法》《中华人民共和国行政强制法》《中华人民共和国治安管理处罚法》等有关法律',
    );
    expect(listed.map((citation) => [citation.title, citation.inList])).toEqual([
      ['中华人民共和国行政处罚法', true],
      ['中华人民共和国行政强制法', true],
      ['中华人民共和国治安管理处罚法', true],
    ]);
    const withCommas = parseCitations(
      '律师事务所可以依据《中华人民共和国律师法》、《中华人民共和国民事诉讼法》等法律、行政法规开展与专利有关的业务',
    );
    expect(withCommas.every((citation) => citation.inList)).toBe(true);
    const mixed = parseCitations(
      '依照《中华人民共和国统计法》《中华人民共和国统计法实施条例》第四十九条的规定',
    );
    expect(mixed.map((citation) => refs(citation.articles))).toEqual([[], ['49']]);
  });

  test('a version suffix after the title or inside it', () => {
    const [after] = parseCitations('依据《中华人民共和国立法法》（2015年修正）第九十八条的规定');
    expect(after?.version).toMatchObject({ year: 2015, kind: '修正' });
    expect(refs(after!.articles)).toEqual(['98']);
    const [inside] = parseCitations('《中华人民共和国行政处罚法（2017修正）》第十四条');
    expect(inside?.version?.year).toBe(2017);
    expect(inside?.title).toBe('中华人民共和国行政处罚法（2017修正）');
  });

  test('Arabic article numbers, 之一 articles and citations of the demo document', () => {
    const [arabic] = parseCitations('依照《中华人民共和国统计法》第41条的规定');
    expect(refs(arabic!.articles)).toEqual(['41']);
    const [suffixed] = parseCitations('《中华人民共和国刑法》第一百二十条之一');
    expect(suffixed?.articles[0]).toMatchObject({ article: 120, articleSuffix: 1 });
    const demo = parseCitations(
      '根据《中华人民共和国统计法》《中华人民共和国统计法实施细则》，结合工作实际，制定本规定。',
    );
    expect(demo.map((citation) => citation.title)).toEqual([
      '中华人民共和国统计法',
      '中华人民共和国统计法实施细则',
    ]);
  });

  test('unclosed or overlong marks are not citations; 第X条 not right after 》 is not a reference', () => {
    expect(parseCitations('《统计法 第四十一条')).toEqual([]);
    expect(parseCitations(`《${'长'.repeat(200)}》`)).toEqual([]);
    const [citation] = parseCitations('《统计法》规定的，依照本规定第七条处理');
    expect(citation?.articles).toEqual([]);
    expect(parseCitations('没有书名号的句子')).toEqual([]);
  });
});
