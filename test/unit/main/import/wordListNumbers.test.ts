import { describe, expect, test } from 'vitest';
import { inlineListNumbersInXml } from '../../../../src/main/import/wordListNumbers';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function numbering(levels: string): string {
  return `<w:numbering ${W}><w:abstractNum w:abstractNumId="7">${levels}</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>`;
}

function level(ilvl: number, format: string, text: string, extra = ''): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
}

function body(paragraphs: string): string {
  return `<w:document ${W}><w:body>${paragraphs}</w:body></w:document>`;
}

/** Each paragraph's text and whether it still refers to a list, as mammoth would read it. */
function read(xml: string): { text: string; listed: boolean }[] {
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((paragraph) => ({
    text: (paragraph.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? [])
      .map((t) => t.replace(/<[^>]+>/g, ''))
      .join(''),
    listed: /<w:numId w:val="[1-9]/.test(paragraph),
  }));
}

describe('inlineListNumbersInXml', () => {
  test('numbers a paragraph whose list comes from its style (Word’s 列表编号 style), following w:basedOn', () => {
    const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="ListNumber"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Item"><w:basedOn w:val="ListNumber"/></w:style></w:styles>`;
    const xml = inlineListNumbersInXml(
      body(
        '<w:p><w:pPr><w:pStyle w:val="Item"/></w:pPr><w:r><w:t>项目申请书；</w:t></w:r></w:p>' +
          '<w:p><w:pPr><w:pStyle w:val="ListNumber"/></w:pPr><w:r><w:t>调查方案。</w:t></w:r></w:p>',
      ),
      numbering(level(0, 'chineseCounting', '（%1）')),
      styles,
    );
    expect(read(xml)).toEqual([
      { text: '（一）项目申请书；', listed: false },
      { text: '（二）调查方案。', listed: false },
    ]);
  });

  test('a 第%1条 list gets the space that makes it an article (Word puts a tab there); multi-level text counts each level', () => {
    const xml = inlineListNumbersInXml(
      body(
        ['0', '1', '1', '0', '1']
          .map(
            (ilvl, index) =>
              `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="3"/></w:numPr></w:pPr><w:r><w:t>正文${index}</w:t></w:r></w:p>`,
          )
          .join(''),
      ),
      numbering(level(0, 'chineseCounting', '第%1条') + level(1, 'decimal', '%1.%2', '<w:isLgl/>')),
      null,
    );
    expect(read(xml).map((paragraph) => paragraph.text)).toEqual([
      '第一条\u3000正文0',
      '1.1\u3000正文1',
      '1.2\u3000正文2',
      '第二条\u3000正文3',
      '2.1\u3000正文4',
    ]);
  });

  test('bullets stay lists, a paragraph in mc:Choice is not counted twice, a self-closed w:pPr is kept', () => {
    const bullet = `<w:numbering ${W}><w:abstractNum w:abstractNumId="1">${level(0, 'bullet', '●')}</w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:abstractNum w:abstractNumId="7">${level(0, 'decimal', '%1.')}</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>`;
    const listed = (text: string, numId = 3) =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const xml = inlineListNumbersInXml(
      body(
        listed('说明', 2) +
          `<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps">${listed('框内')}</mc:Choice><mc:Fallback>${listed('框内')}</mc:Fallback></mc:AlternateContent></w:r></w:p>` +
          '<w:p><w:pPr/><w:r><w:t>正文</w:t></w:r></w:p>' +
          listed('受理'),
      ),
      bullet,
      null,
    );
    expect(read(xml)).toEqual([
      { text: '说明', listed: true },
      // The text box's paragraph as mc:Choice holds it (read here together with the paragraph around it).
      { text: '框内', listed: true },
      { text: '1.框内', listed: false },
      { text: '正文', listed: false },
      { text: '2.受理', listed: false },
    ]);
  });
});
