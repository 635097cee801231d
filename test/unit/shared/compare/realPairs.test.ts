import { describe, expect, test } from 'vitest';
import { blocksToPlainText } from '../../../../src/shared/domain/blocks';
import {
  compareVersions,
  normalizeText,
  pairText,
  reconstructNew,
  reconstructOld,
  type CompareResult,
} from '../../../../src/shared/compare';
import { benchPairs, corpusBlocks, syntheticPair } from '../../../support/corpus';

function unit(result: CompareResult, oldLabel: string) {
  const found = result.units.find((candidate) => candidate.oldLabel === oldLabel && candidate.isArticle);
  if (!found) throw new Error(`no unit for ${oldLabel}`);
  return found;
}

function unitPairs(result: CompareResult, index: number) {
  const change = result.units[index];
  return change ? result.pairs.slice(change.firstPair, change.firstPair + change.pairCount) : [];
}

describe('articles that only changed their number are renumbered, with no inner marks', () => {
  test.each([
    [
      '行政处罚法 2017 → 2021',
      'xingzhengchufafa_2017',
      'xingzhengchufafa_2021',
      [
        ['第十五条', '第十七条'],
        ['第五十条', '第七十一条'],
      ],
    ],
    [
      '立法法 2015 → 2023',
      'lifafa_2015',
      'lifafa_2023',
      [
        ['第十条', '第十三条'],
        ['第六条', '第七条'],
      ],
    ],
    ['公司法 2018 → 2023', 'gongsifa_2018', 'gongsifa_2023', [['第十九条', '第十八条']]],
  ] as const)('%s', (_, oldFile, newFile, expected) => {
    const result = compareVersions(
      corpusBlocks(`pairs/norm/${oldFile}.txt`, 'a'),
      corpusBlocks(`pairs/norm/${newFile}.txt`, 'b'),
    );
    for (const [oldLabel, newLabel] of expected) {
      const change = unit(result, oldLabel);
      expect(change).toMatchObject({ kind: 'renumbered', newLabel, edited: false });
      const index = result.units.indexOf(change);
      for (const pair of unitPairs(result, index)) {
        expect(pair.ops.every((op) => op.op === 'equal')).toBe(true);
      }
      expect(result.changes.find((entry) => entry.unit === index)?.label).toBe(`${oldLabel} → ${newLabel}`);
    }
    // Every renumbered article really kept its text (up to the spacing and width the options ignore).
    result.units.forEach((change, index) => {
      if (change.kind !== 'renumbered') return;
      const pairs = unitPairs(result, index);
      const body = (version: 'old' | 'new') =>
        pairs.map((pair) => pairText(pair, version).slice(pair[version]?.prefix.length ?? 0)).join('\n');
      expect(normalizeText(body('new'), result.options)).toBe(normalizeText(body('old'), result.options));
    });
  });
});

describe('layout-only differences are not changes', () => {
  const oldBlocks = corpusBlocks('pairs/xingzhengchufafa_2021fmtA.md', 'a');
  const newBlocks = corpusBlocks('pairs/xingzhengchufafa_2021fmtB.md', 'b');

  test('行政处罚法 2021 in two layouts: nothing changed when whitespace is ignored', () => {
    const result = compareVersions(oldBlocks, newBlocks);
    expect(result.summary).toEqual({
      added: 0,
      deleted: 0,
      modified: 0,
      moved: 0,
      renumbered: 0,
      unchanged: 86,
    });
    expect(result.changes).toEqual([]);
    expect(result.stats.hunks).toBe(0);
    expect(reconstructNew(result, oldBlocks)).toBe(blocksToPlainText(newBlocks));
  });

  test('ignoring spacing alone is enough: the layouts differ only in spaces', () => {
    const result = compareVersions(oldBlocks, newBlocks, { ignoreWhitespace: true, normalizeWidth: false });
    expect(result.changes).toEqual([]);
  });

  test('with spacing and width significant, the re-spaced chapter headings are reported', () => {
    const result = compareVersions(oldBlocks, newBlocks, { ignoreWhitespace: false, normalizeWidth: false });
    expect(result.summary.unchanged).toBe(86);
    expect(result.otherSummary.modified).toBeGreaterThan(0);
    expect(result.changes.every((entry) => !entry.isArticle)).toBe(true);
    expect(reconstructNew(result, oldBlocks)).toBe(blocksToPlainText(newBlocks));
  });
});

describe('additions, deletions and moves on real revisions', () => {
  test('行政处罚法 2021 adds 第二条 (the definition of 行政处罚)', () => {
    const result = compareVersions(
      corpusBlocks('pairs/norm/xingzhengchufafa_2017.txt', 'a'),
      corpusBlocks('pairs/norm/xingzhengchufafa_2021.txt', 'b'),
    );
    const added = result.units.find((change) => change.newLabel === '第二条');
    expect(added).toMatchObject({ kind: 'added', isArticle: true });
    expect(result.summary.added).toBeGreaterThan(0);
    const counted = result.units.filter((change) => change.isArticle).length;
    const { added: a, deleted, modified, moved, renumbered, unchanged } = result.summary;
    expect(a + deleted + modified + moved + renumbered + unchanged).toBe(counted);
  });

  test('公司法 2023 第七十四条 is 2018 第四十九条 with its list of powers dropped: modified, not deleted and added', () => {
    const result = compareVersions(
      corpusBlocks('pairs/norm/gongsifa_2018.txt', 'a'),
      corpusBlocks('pairs/norm/gongsifa_2023.txt', 'b'),
    );
    expect(unit(result, '第四十九条')).toMatchObject({ kind: 'modified', newLabel: '第七十四条' });
    // 行政处罚法 2017 第五十二条 (分期缴纳罚款) and 2021 第七十三条 (复议不停止执行) share a place, not a subject.
    const penalties = compareVersions(
      corpusBlocks('pairs/norm/xingzhengchufafa_2017.txt', 'a'),
      corpusBlocks('pairs/norm/xingzhengchufafa_2021.txt', 'b'),
    );
    expect(unit(penalties, '第五十二条')).toMatchObject({ kind: 'deleted' });
    expect(penalties.units.find((change) => change.newLabel === '第七十三条')).toMatchObject({
      kind: 'added',
    });
  });

  test('the moved article of the synthetic pair is reported as moved', () => {
    const movedStart = syntheticPair().moved.text.slice(0, 20);
    const result = compareVersions(
      corpusBlocks('synthetic/synthetic_a.txt', 'a'),
      corpusBlocks('synthetic/synthetic_b.txt', 'b'),
    );
    const moved = result.units.filter((change) => change.kind === 'moved');
    expect(moved.length).toBeGreaterThanOrEqual(1);
    const texts = moved.map((change) => pairText(result.pairs[change.firstPair]!, 'new'));
    expect(texts.some((text) => text.startsWith(movedStart))).toBe(true);
  });

  test('the change list points at changed pairs, in reading order', () => {
    const result = compareVersions(
      corpusBlocks('pairs/norm/lifafa_2015.txt', 'a'),
      corpusBlocks('pairs/norm/lifafa_2023.txt', 'b'),
    );
    let last = -1;
    for (const entry of result.changes) {
      expect(entry.pair).toBeGreaterThan(last);
      last = entry.pair;
      expect(result.pairs[entry.pair]?.unit).toBe(entry.unit);
      expect(result.units[entry.unit]?.kind).toBe(entry.kind);
    }
    expect(result.changes.filter((entry) => entry.isArticle)).toHaveLength(
      result.summary.added +
        result.summary.deleted +
        result.summary.modified +
        result.summary.moved +
        result.summary.renumbered,
    );
  });
});

describe('applying the result to the old text gives the new text exactly', () => {
  const pairs = [
    ...benchPairs().map((pair) => [`${pair.slug} (${pair.mode})`, pair.old, pair.new] as const),
    ['synthetic 2 %', 'synthetic/synthetic_a.txt', 'synthetic/synthetic_b.txt'] as const,
  ];

  test.each(pairs)('%s', (_, oldFile, newFile) => {
    const oldBlocks = corpusBlocks(oldFile, 'a');
    const newBlocks = corpusBlocks(newFile, 'b');
    for (const options of [{}, { ignoreWhitespace: false, normalizeWidth: false }]) {
      const result = compareVersions(oldBlocks, newBlocks, options);
      expect(reconstructNew(result, oldBlocks)).toBe(blocksToPlainText(newBlocks));
      expect(reconstructOld(result)).toBe(blocksToPlainText(oldBlocks));
      const newOrder = result.pairs.flatMap((pair) => (pair.new ? [pair.new.index] : []));
      expect(newOrder).toEqual(newBlocks.map((_, index) => index));
    }
  });
});
