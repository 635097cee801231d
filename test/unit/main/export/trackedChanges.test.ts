import { describe, expect, test } from 'vitest';
import { compareVersions } from '../../../../src/shared/compare';
import { planRedline } from '../../../../src/shared/compare/redlinePlan';
import { type Block, blocksToPlainText } from '../../../../src/shared/domain/blocks';
import { buildTrackedChangesDocx } from '../../../../src/main/export/trackedChanges';
import { documentXml, revisedText } from '../../../support/wordXml';
import { corpusBlocks } from '../../../support/corpus';
import { NOTICE_NEW, NOTICE_OLD, paragraphLines } from '../../../support/redlineFixtures';

const revision = { author: '王起草', date: '2025-03-10T02:00:00Z' };
const meta = { title: '对比', creator: 'NormDesk' };

async function redline(oldBlocks: Block[], newBlocks: Block[], normalizeWidth = true) {
  const result = compareVersions(oldBlocks, newBlocks, { normalizeWidth });
  return {
    result,
    xml: await documentXml(await buildTrackedChangesDocx(result, oldBlocks, newBlocks, revision, meta)),
  };
}

describe.each([
  ['行政处罚法 2017 → 2021', 'pairs/norm/xingzhengchufafa_2017.txt', 'pairs/norm/xingzhengchufafa_2021.txt'],
  ['立法法 2015 → 2023', 'pairs/norm/lifafa_2015.txt', 'pairs/norm/lifafa_2023.txt'],
  ['公司法 2018 → 2023', 'pairs/norm/gongsifa_2018.txt', 'pairs/norm/gongsifa_2023.txt'],
  ['行政处罚法, two layouts', 'pairs/xingzhengchufafa_2021fmtA.md', 'pairs/xingzhengchufafa_2021fmtB.md'],
])('tracked changes for %s', (_name, oldFile, newFile) => {
  const oldBlocks = corpusBlocks(oldFile, 'o');
  const newBlocks = corpusBlocks(newFile, 'n');

  test.each([true, false])(
    'accepting every change gives the new text and rejecting every change the old, exactly (width option %s)',
    async (normalizeWidth) => {
      const { xml } = await redline(oldBlocks, newBlocks, normalizeWidth);
      expect(revisedText(xml, 'accept')).toBe(blocksToPlainText(newBlocks));
      expect(revisedText(xml, 'reject')).toBe(blocksToPlainText(oldBlocks));
    },
  );

  test('revisions carry author and date, and the page is GB/T 9704', async () => {
    const { xml } = await redline(oldBlocks, newBlocks);
    const marks = [...xml.matchAll(/<w:(ins|del|moveFrom|moveTo) ([^>]*)>/g)];
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

describe('moved articles', () => {
  const oldBlocks = corpusBlocks('pairs/norm/gongsifa_2018.txt', 'o');
  const newBlocks = corpusBlocks('pairs/norm/gongsifa_2023.txt', 'n');

  test('are written as Word moves: a named range at the old place and one of the same name at the new', async () => {
    const { result, xml } = await redline(oldBlocks, newBlocks);
    const plan = planRedline(result);
    const movedUnits = result.units.filter((unit) => unit.kind === 'moved').length;
    expect(movedUnits).toBeGreaterThan(5);
    expect(plan.moves).toBe(movedUnits);
    expect(plan.extraMoves).toBe(0);
    const names = (side: 'From' | 'To') =>
      [...xml.matchAll(new RegExp(`<w:move${side}RangeStart [^>]*w:name="([^"]+)"`, 'g'))]
        .map((m) => m[1])
        .sort();
    expect(names('From')).toHaveLength(movedUnits);
    expect(names('From')).toEqual(names('To'));
    // Each range is closed by its id, and moved text is w:t, never w:delText.
    for (const [, id] of xml.matchAll(/<w:moveFromRangeStart w:id="(\d+)"/g)) {
      expect(xml).toContain(`<w:moveFromRangeEnd w:id="${id}"/>`);
    }
    for (const [body] of xml.matchAll(/<w:moveFrom [^>]*[^/]>[\s\S]*?<\/w:moveFrom>/g)) {
      expect(body).not.toContain('w:delText');
    }
  });

  test('keep edits inside a move as insertions and deletions, and renumbering as a change of the number', async () => {
    const { xml } = await redline(oldBlocks, newBlocks);
    const moveTo = xml.match(/<w:moveToRangeStart[\s\S]*?<w:moveToRangeEnd[^>]*>/g) ?? [];
    expect(moveTo.some((range) => /<w:ins [^>]*>/.test(range))).toBe(true);
    const renumbered = xml.match(/<w:p>(?:(?!<\/w:p>)[\s\S])*<\/w:p>/g)?.find((p) => p.includes('>十九条<'));
    expect(renumbered).toBeDefined();
  });
});

describe('tables, headings and list items', () => {
  const oldBlocks = NOTICE_OLD;
  const newBlocks = NOTICE_NEW;

  test.each([true, false])('accept and reject give each version exactly (width option %s)', async (width) => {
    const { xml } = await redline(oldBlocks, newBlocks, width);
    const lines = (blocks: Block[]) => paragraphLines(blocks).join('\n');
    expect(revisedText(xml, 'accept')).toBe(lines(newBlocks));
    expect(revisedText(xml, 'reject')).toBe(lines(oldBlocks));
  });

  test('rows are inserted and deleted as rows, a changed cell is edited in place', async () => {
    const { xml } = await redline(oldBlocks, newBlocks);
    expect(xml.match(/<w:trPr>[\s\S]*?<w:del [^>]*\/>[\s\S]*?<\/w:trPr>/g)?.length).toBeGreaterThanOrEqual(2);
    expect(xml.match(/<w:trPr>[\s\S]*?<w:ins [^>]*\/>[\s\S]*?<\/w:trPr>/g)?.length).toBeGreaterThanOrEqual(2);
    expect(xml).toMatch(/<w:del [^>]*><w:r>(?:(?!<\/w:r>)[\s\S])*<w:delText[^>]*>3<\/w:delText>/);
    expect(xml).toMatch(/<w:ins [^>]*><w:r>(?:(?!<\/w:r>)[\s\S])*<w:t[^>]*>4<\/w:t>/);
  });
});
