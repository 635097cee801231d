import { describe, expect, it } from 'vitest';
import { moveAuthor, writeMoves } from '../../../../src/main/export/moveMarkup';

const tagged = (kind: 'ins' | 'del', id: number, name: string, text: string) => {
  const element = kind === 'del' ? 'w:delText' : 'w:t';
  return `<w:${kind} w:id="${id}" w:author="${moveAuthor(name, '王起草')}" w:date="2025-03-10T02:00:00Z"><w:r><${element} xml:space="preserve">${text}</${element}></w:r></w:${kind}>`;
};
const mark = (kind: 'ins' | 'del', id: number, name: string) =>
  `<w:pPr><w:rPr><w:${kind} w:id="${id}" w:author="${moveAuthor(name, '王起草')}" w:date="2025-03-10T02:00:00Z"/></w:rPr></w:pPr>`;

describe('writeMoves', () => {
  it('turns tagged deletions and insertions into a named move, each side inside its range', () => {
    const xml =
      `<w:body><w:p>${mark('del', 2, 'move1')}${tagged('del', 1, 'move1', '第五条 实施行政处罚。')}</w:p>` +
      `<w:p><w:r><w:t>第六条</w:t></w:r></w:p>` +
      `<w:p>${mark('ins', 4, 'move1')}${tagged('ins', 3, 'move1', '第五条 实施行政处罚。')}</w:p></w:body>`;
    const out = writeMoves(xml);
    expect(out).not.toContain('\uE000');
    expect(out).toContain(
      '<w:p><w:pPr><w:rPr><w:moveFrom w:id="2" w:author="王起草" w:date="2025-03-10T02:00:00Z"/></w:rPr></w:pPr>' +
        '<w:moveFromRangeStart w:id="5" w:author="王起草" w:date="2025-03-10T02:00:00Z" w:name="move1"/>' +
        '<w:moveFrom w:id="1" w:author="王起草" w:date="2025-03-10T02:00:00Z"><w:r><w:t xml:space="preserve">第五条 实施行政处罚。</w:t></w:r></w:moveFrom>' +
        '<w:moveFromRangeEnd w:id="5"/></w:p>',
    );
    expect(out).toContain(
      '<w:moveToRangeStart w:id="6" w:author="王起草" w:date="2025-03-10T02:00:00Z" w:name="move1"/>',
    );
    expect(out).toContain('<w:moveToRangeEnd w:id="6"/></w:p></w:body>');
    expect(out).toContain('<w:p><w:r><w:t>第六条</w:t></w:r></w:p>');
  });

  it('leaves plain insertions and deletions, and a file without moves, as they are', () => {
    const xml =
      '<w:p><w:del w:id="1" w:author="王起草" w:date="d"><w:r><w:delText>旧</w:delText></w:r></w:del></w:p>';
    expect(writeMoves(xml)).toBe(xml);
  });

  it('spans a range over every paragraph of a moved article', () => {
    const xml =
      `<w:p>${mark('del', 2, 'move7')}${tagged('del', 1, 'move7', '第一款')}</w:p>` +
      `<w:p>${mark('del', 4, 'move7')}${tagged('del', 3, 'move7', '第二款')}</w:p>`;
    const out = writeMoves(xml);
    expect(out.match(/moveFromRangeStart/g)).toHaveLength(1);
    expect(out.indexOf('moveFromRangeStart')).toBeLessThan(out.indexOf('第一款'));
    expect(out.indexOf('moveFromRangeEnd')).toBeGreaterThan(out.indexOf('第二款'));
  });
});
