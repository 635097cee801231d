import { expect, test } from 'vitest';
import { compareVersions } from '../../../../src/shared/compare';
import { plainTextToBlocks } from '../../../../src/shared/domain/readers/plainTextToBlocks';
import { buildComparisonTableDocx, comparisonRows } from '../../../../src/main/export/comparisonTable';
import { documentXml, partXml } from '../../../support/wordXml';
import { corpusText } from '../../../support/corpus';

let n = 0;
const read = (name: string) =>
  plainTextToBlocks(corpusText(`pairs/norm/${name}`), { nextId: () => `b${++n}` });

test('the 修改对照表 of 行政许可法 2003 → 2019 is a three-column Word table with the notes and page numbers', async () => {
  const result = compareVersions(read('xingzhengxukefa_2003.txt'), read('xingzhengxukefa_2019.txt'));
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
  );
  const xml = await documentXml(docx);
  const cells = (xml.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((cell) =>
    [...cell.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n'),
  );
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
