import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { blocksToPlainText } from '../../../../src/shared/domain/blocks';
import { plainTextToBlocks } from '../../../../src/shared/domain/readers/plainTextToBlocks';
import { formatChineseNumber } from '../../../../src/shared/domain/structure';
import { compareVersions, reconstructNew, reconstructOld } from '../../../../src/shared/compare';
import { corpusText } from '../../../support/corpus';

const lawLines = corpusText('pairs/norm/xingzhengchufafa_2021.txt')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .slice(0, 90);

function blocks(lines: readonly string[], prefix: string) {
  let next = 0;
  return plainTextToBlocks(lines.join('\n'), { nextId: () => `${prefix}${++next}` });
}

const WORDS = [
  '应当',
  '可以',
  '不得',
  '行政机关',
  '，',
  '。',
  '罚款',
  '十五日',
  '依法',
  '许可',
  ' ',
  '（一）',
];

type Edit =
  | { type: 'replace'; line: number; at: number; length: number; text: string }
  | { type: 'delete'; line: number }
  | { type: 'insert'; line: number; text: string }
  | { type: 'move'; from: number; to: number };

const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    type: fc.constant('replace' as const),
    line: fc.nat(),
    at: fc.nat(),
    length: fc.nat({ max: 12 }),
    text: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((words) => words.join('')),
  }),
  fc.record({ type: fc.constant('delete' as const), line: fc.nat() }),
  fc.record({
    type: fc.constant('insert' as const),
    line: fc.nat(),
    text: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((words) => words.join('')),
  }),
  fc.record({ type: fc.constant('move' as const), from: fc.nat(), to: fc.nat() }),
);

function applyEdits(lines: readonly string[], edits: readonly Edit[]): string[] {
  const out = [...lines];
  for (const edit of edits) {
    if (out.length === 0) break;
    if (edit.type === 'replace') {
      const index = edit.line % out.length;
      const line = out[index] ?? '';
      const at = edit.at % (line.length + 1);
      out[index] = line.slice(0, at) + edit.text + line.slice(at + edit.length);
    } else if (edit.type === 'delete') {
      out.splice(edit.line % out.length, 1);
    } else if (edit.type === 'insert') {
      out.splice(edit.line % (out.length + 1), 0, edit.text);
    } else {
      const [moved] = out.splice(edit.from % out.length, 1);
      out.splice(edit.to % (out.length + 1), 0, moved ?? '');
    }
  }
  return out.filter((line) => line.trim() !== '');
}

describe('compareVersions on random edits of a real law (property)', () => {
  test('the result rebuilds both versions exactly, whatever the edits', () => {
    fc.assert(
      fc.property(fc.array(editArbitrary, { maxLength: 12 }), fc.boolean(), (edits, ignoreWhitespace) => {
        const oldBlocks = blocks(lawLines, 'a');
        const newBlocks = blocks(applyEdits(lawLines, edits), 'b');
        const result = compareVersions(oldBlocks, newBlocks, { ignoreWhitespace });
        expect(reconstructNew(result, oldBlocks)).toBe(blocksToPlainText(newBlocks));
        expect(reconstructOld(result)).toBe(blocksToPlainText(oldBlocks));
      }),
      { numRuns: 60 },
    );
  });

  test('inserting an article and renumbering the ones after it: one added, the rest renumbered', () => {
    const articleIndexes = lawLines.flatMap((line, index) =>
      /^第[一二三四五六七八九十百]+条 /.test(line) ? [index] : [],
    );
    fc.assert(
      fc.property(fc.nat({ max: articleIndexes.length - 1 }), (pick) => {
        const at = articleIndexes[pick] ?? 0;
        let number = 0;
        const renumbered: string[] = [];
        lawLines.forEach((line, index) => {
          if (index === at) renumbered.push(`第${formatChineseNumber(++number)}条 新设的条文应当依法执行。`);
          const match = /^第[一二三四五六七八九十百]+条 (.*)$/.exec(line);
          renumbered.push(match ? `第${formatChineseNumber(++number)}条 ${match[1] ?? ''}` : line);
        });
        const oldBlocks = blocks(lawLines, 'a');
        const result = compareVersions(oldBlocks, blocks(renumbered, 'b'));
        expect(result.summary.added).toBe(1);
        expect(result.summary.modified + result.summary.deleted + result.summary.moved).toBe(0);
        expect(result.summary.renumbered).toBe(articleIndexes.length - pick);
      }),
      { numRuns: 15 },
    );
  });

  test('no edits, no changes', () => {
    const result = compareVersions(blocks(lawLines, 'a'), blocks(lawLines, 'b'));
    expect(result.changes).toEqual([]);
    expect(result.flags).toEqual([]);
    expect(result.pairs.every((pair) => pair.kind === 'unchanged')).toBe(true);
  });
});

describe('documents without articles (GB/T 9704 notices)', () => {
  test('headings renumbered by an inserted section are renumbered; paragraphs pair by content', () => {
    const before = [
      '关于做好统计执法检查的通知',
      '一、工作目标',
      '全面检查统计数据质量。',
      '二、工作要求',
      '各单位要高度重视。',
    ];
    const after = [
      '关于做好统计执法检查的通知',
      '一、工作目标',
      '全面检查统计数据质量。',
      '二、检查范围',
      '规模以上企业。',
      '三、工作要求',
      '各单位要高度重视，认真落实。',
    ];
    const result = compareVersions(blocks(before, 'a'), blocks(after, 'b'));
    const kinds = result.pairs.map((pair) => [pair.kind, pair.new?.display ?? pair.old?.display ?? '']);
    expect(kinds).toEqual([
      ['unchanged', ''],
      ['unchanged', ''],
      ['unchanged', ''],
      ['added', '二、检查范围'],
      ['added', '二、检查范围'],
      ['renumbered', '三、工作要求'],
      ['modified', '三、工作要求'],
    ]);
    expect(result.summary).toEqual({
      added: 0,
      deleted: 0,
      modified: 0,
      moved: 0,
      renumbered: 0,
      unchanged: 0,
    });
    expect(result.otherSummary.added).toBe(2);
  });
});

describe('changes of legal force', () => {
  const before = [
    '某市统计管理办法',
    '第一条 统计机构可以要求调查对象在十五日内报送资料。',
    '第二条 违反本办法的，处五千元以上一万元以下罚款。',
    '第三条 本办法自公布之日起施行。',
  ];
  const after = [
    '某市统计管理办法',
    '第一条 统计机构应当要求调查对象在三十日内报送资料，不得收费。',
    '第二条 违反本办法的，处一万元以上五万元以下罚款，并可以实施行政许可的撤销。',
    '第三条 本办法自2025年1月1日起施行。',
  ];

  test('modal words, amounts, time limits and 许可/处罚/强制/收费 vocabulary, each naming its article', () => {
    const result = compareVersions(blocks(before, 'a'), blocks(after, 'b'));
    expect(result.flags.map((flag) => [flag.label, flag.categories, flag.removed, flag.added])).toEqual([
      ['第一条', ['modal'], ['可以'], ['应当', '不得']],
      ['第一条', ['time_limit'], ['十五日'], ['三十日']],
      ['第一条', ['power'], [], ['收费']],
      ['第二条', ['modal'], [], ['可以']],
      ['第二条', ['amount'], ['五千元'], ['五万元']],
      ['第二条', ['power'], [], ['许可']],
    ]);
    expect(result.flags.every((flag) => flag.scope === 'edited')).toBe(true);
    expect(result.flags[0]?.message).toBe('第一条：“可以”改为“应当”“不得”');
    expect(result.flags[4]?.message).toBe('第二条：金额“五千元”改为“五万元”');
    for (const flag of result.flags) expect(result.pairs[flag.pair]?.kind).toBe('modified');
  });

  test('a calendar date is not a time limit', () => {
    const result = compareVersions(blocks(before, 'a'), blocks(after, 'b'));
    expect(result.flags.some((flag) => flag.label === '第三条')).toBe(false);
  });
});
