import { describe, expect, test } from 'vitest';
import { countBodyBlocks } from '../../../../src/main/import/wordParagraphs';
import { documentXml } from '../../../support/wordXml';
import { sampleDocx } from '../../../support/docxFixtures';

const count = (xml: string): number => countBodyBlocks(Buffer.from(xml));

describe('countBodyBlocks', () => {
  test('counts paragraphs in every written form, and not the elements whose names start with w:p', () => {
    expect(
      count(
        '<w:body><w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>一</w:t></w:r></w:p>' +
          '<w:p w:rsidR="00A1"><w:r><w:t>二</w:t></w:r></w:p><w:p/><w:p\n></w:p>' +
          '<w:proofErr w:type="spellStart"/><w:permStart/></w:body>',
      ),
    ).toBe(4);
  });

  test('a table is one block, whatever paragraphs its cells hold, nested tables included', () => {
    const cell = (inner: string): string => `<w:tc>${inner}</w:tc>`;
    const table = (cells: string): string => `<w:tbl><w:tblPr/><w:tr>${cells}</w:tr></w:tbl>`;
    expect(
      count(
        '<w:body><w:p/>' +
          table(cell('<w:p/><w:p/>') + cell(table(cell('<w:p/>')) + '<w:p/>')) +
          '<w:p/><w:tbl/><w:p/></w:body>',
      ),
    ).toBe(5);
  });

  test('counts a genuine Word body: title, heading, two articles and a table', async () => {
    expect(count(await documentXml(await sampleDocx()))).toBe(5);
  });
});
