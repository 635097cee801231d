import { describe, expect, test } from 'vitest';
import type { Block } from '../../../../src/shared/domain/blocks';
import { compareVersions } from '../../../../src/shared/compare';
import { plainTextToBlocks } from '../../../../src/shared/domain/readers/plainTextToBlocks';
import { buildComparisonTableDocx, comparisonRows } from '../../../../src/main/export/comparisonTable';
import { documentXml, partXml } from '../../../support/wordXml';
import { corpusText } from '../../../support/corpus';

/** A cell's text: its runs joined, its paragraphs one a line. */
const cellText = (cell: string) =>
  (cell.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [])
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n');

let n = 0;
const read = (name: string) =>
  plainTextToBlocks(corpusText(`pairs/norm/${name}`), { nextId: () => `b${++n}` });

test('the 修改对照表 of 行政许可法 2003 → 2019 is a three-column Word table with the notes and page numbers', async () => {
  const oldBlocks = read('xingzhengxukefa_2003.txt');
  const newBlocks = read('xingzhengxukefa_2019.txt');
  const result = compareVersions(oldBlocks, newBlocks);
  const rows = comparisonRows(result);
  expect(rows.length).toBeGreaterThan(0);
  const first = rows[0];
  if (!first) throw new Error('no rows');
  const docx = await buildComparisonTableDocx(
    result,
    { [String(first.unit)]: '依据上位法修改' },
    {
      title: '《中华人民共和国行政许可法》修改对照表',
      subtitle: '2003年文本 → 2019年文本',
      creator: 'NormDesk',
    },
    { old: oldBlocks, new: newBlocks },
  );
  const xml = await documentXml(docx);
  const cells = (xml.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map(cellText);
  expect(cells.slice(0, 3)).toEqual(['原条文', '修改后条文', '修改说明']);
  expect(cells.length).toBe(3 * (rows.length + 1));
  expect(cells[3]).toBe(first.oldText || '（无）');
  expect(cells[4]).toBe(first.newText || '（删除）');
  expect(cells[5]).toBe('依据上位法修改');
  expect(xml).toContain('修改对照表');
  const footers = await Promise.all(
    ['word/footer1.xml', 'word/footer2.xml'].map((path) => partXml(docx, path)),
  );
  for (const footer of footers) {
    expect(footer).toContain('— ');
    expect(footer).toContain('PAGE');
  }
});

const paragraph = (id: string, text: string): Block => ({ id, kind: 'paragraph', runs: [{ text }] });
const table = (id: string, rows: string[][]): Block => ({
  id,
  kind: 'table',
  runs: [],
  rows: rows.map((row) =>
    row.map((text, index) => ({ blocks: [paragraph(`${id}-${text}-${index}`, text)] })),
  ),
});

/** The runs of the document with their marks: struck, bold + underlined, or plain. */
function markedRuns(xml: string): { text: string; struck: boolean; bold: boolean; underlined: boolean }[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((match) => {
    const run = match[1] ?? '';
    const properties = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(run)?.[0] ?? '';
    return {
      text: [...run.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
      struck: /<w:strike\/>/.test(properties),
      bold: /<w:b\/>/.test(properties),
      underlined: /<w:u w:val="single"\/>/.test(properties),
    };
  });
}

describe('the 修改对照表 keeps the marking and the tables of the app', () => {
  const oldBlocks = [
    paragraph('t', '某区统计报表报送管理办法'),
    paragraph('a1', '第一条　企业应当在每月五日前报送统计报表。'),
    table('tb', [
      ['报表名称', '报送期限'],
      ['月度报表', '次月五日前'],
    ]),
  ];
  const newBlocks = [
    paragraph('t', '某区统计报表报送管理办法'),
    paragraph('a1', '第一条　企业应当在每月十日前通过联网直报系统报送统计报表。'),
    table('tb', [
      ['报表名称', '报送期限'],
      ['月度报表', '次月十日前'],
    ]),
  ];

  test('deleted words are struck through on the old side, added words bold and underlined on the new', async () => {
    const result = compareVersions(oldBlocks, newBlocks);
    const docx = await buildComparisonTableDocx(
      result,
      {},
      { title: '修改对照表', subtitle: '第1版 → 第2版', creator: 'NormDesk' },
      { old: oldBlocks, new: newBlocks },
    );
    const runs = markedRuns(await documentXml(docx));
    const struck = runs.filter((run) => run.struck).map((run) => run.text);
    const inserted = runs.filter((run) => run.bold && run.underlined).map((run) => run.text);
    expect(struck.join('')).toContain('五');
    expect(inserted.join('')).toContain('十');
    expect(inserted.join('')).toContain('通过联网直报系统');
    expect(runs.some((run) => run.struck && (run.bold || run.underlined))).toBe(false);
    // Unchanged words are plain.
    const plain = runs.filter((run) => !run.struck && !run.bold && !run.underlined).map((run) => run.text);
    expect(plain.join('')).toContain('企业应当在每月');
  });

  test('a compared table stays a table inside its cell, its changed cell marked', async () => {
    const result = compareVersions(oldBlocks, newBlocks);
    const docx = await buildComparisonTableDocx(
      result,
      {},
      { title: '修改对照表', subtitle: '第1版 → 第2版', creator: 'NormDesk' },
      { old: oldBlocks, new: newBlocks },
    );
    const xml = await documentXml(docx);
    // A w:tbl opened inside a w:tc: the nested table.
    const nested = /<w:tc>(?:(?!<\/w:tc>)[\s\S])*?<w:tbl>([\s\S]*?)<\/w:tbl>/.exec(xml);
    expect(nested).not.toBeNull();
    const inner = nested?.[1] ?? '';
    const innerCells = (inner.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map(cellText);
    expect(innerCells).toEqual(['报表名称', '报送期限', '月度报表', '次月五日前']);
    expect(markedRuns(inner).find((run) => run.struck)?.text).toBe('五');
    // Both sides: two nested tables, the new one with 十 inserted.
    expect(xml.match(/<w:tbl>/g)?.length).toBe(3);
    expect(xml).not.toContain('报表名称\t');
  });
});
