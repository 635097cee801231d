import { describe, expect, test } from 'vitest';
import { compareVersions, normalizeText, resolveOptions } from '../../../../src/shared/compare';
import { blocksToPlainText } from '../../../../src/shared/domain/blocks';
import { plainTextToBlocks } from '../../../../src/shared/domain/readers/plainTextToBlocks';
import { buildTrackedChangesDocx } from '../../../../src/main/export/trackedChanges';
import { documentXml, revisedText } from '../../../support/wordXml';
import { corpusText } from '../../../support/corpus';

const read = (name: string, prefix: string) =>
  plainTextToBlocks(corpusText(`pairs/norm/${name}`), { nextId: idFactory(prefix) });
function idFactory(prefix: string) {
  let n = 0;
  return () => `${prefix}${++n}`;
}
const squash = (text: string) => normalizeText(text, resolveOptions());

describe.each([
  ['行政处罚法 2017 → 2021', 'xingzhengchufafa_2017.txt', 'xingzhengchufafa_2021.txt'],
  ['立法法 2015 → 2023', 'lifafa_2015.txt', 'lifafa_2023.txt'],
])('tracked changes for %s', (_name, oldFile, newFile) => {
  const oldBlocks = read(oldFile, 'o');
  const newBlocks = read(newFile, 'n');
  const result = compareVersions(oldBlocks, newBlocks);
  const revision = { author: '王起草', date: '2025-03-10T02:00:00Z' };

  test('accepting every change gives the new text, rejecting every change the old', async () => {
    const docx = await buildTrackedChangesDocx(result, oldBlocks, newBlocks, revision, {
      title: '对比',
      creator: 'NormDesk',
    });
    const xml = await documentXml(docx);
    expect(revisedText(xml, 'accept')).toBe(blocksToPlainText(newBlocks));
    // Spacing and width differences are ignored by the comparison and written as the new text.
    expect(squash(revisedText(xml, 'reject'))).toBe(squash(blocksToPlainText(oldBlocks)));
  });

  test('revisions carry author and date, and the page is GB/T 9704', async () => {
    const xml = await documentXml(
      await buildTrackedChangesDocx(result, oldBlocks, newBlocks, revision, {
        title: '对比',
        creator: 'NormDesk',
      }),
    );
    const marks = [...xml.matchAll(/<w:(ins|del) ([^>]*)>/g)];
    expect(marks.length).toBeGreaterThan(10);
    for (const [, , attributes] of marks) {
      expect(attributes).toContain('w:author="王起草"');
      expect(attributes).toContain('w:date="2025-03-10T02:00:00Z"');
    }
    expect(xml).toContain('w:w="11906"');
    expect(xml).toContain('w:h="16838"');
    expect(xml).toMatch(/w:top="2098"/);
    expect(xml).toContain('仿宋_GB2312');
    expect(xml).toContain('方正小标宋简体');
  });
});
