import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeRuns, type Block, type Run } from '../../../src/shared/domain/blocks';
import { plainTextToBlocks } from '../../../src/shared/domain/readers/plainTextToBlocks';
import { blocksToEditorState } from '../../../src/renderer/src/editor/convert/blocksToLexical';
import { editorStateToBlocks } from '../../../src/renderer/src/editor/convert/lexicalToBlocks';
import { headlessEditor } from './headless';
import { syntheticPair } from '../../support/corpus';

function roundTrip(blocks: Block[]): Block[] {
  const editor = headlessEditor();
  blocksToEditorState(editor, blocks);
  return editorStateToBlocks(editor.getEditorState());
}

const SAMPLE: Block[] = [
  { id: 't', kind: 'title', runs: [{ text: '某区统计数据质量管理办法' }] },
  { id: 'h1', kind: 'heading', level: 1, runs: [{ text: '一、总体要求' }] },
  { id: 'h2', kind: 'heading', level: 2, runs: [{ text: '（一）基本原则' }] },
  { id: 'h3', kind: 'heading', level: 3, runs: [{ text: '1. 依法统计' }] },
  { id: 'h4', kind: 'heading', level: 4, runs: [{ text: '（1）数据真实' }] },
  {
    id: 'p1',
    kind: 'paragraph',
    runs: [
      { text: '第一条　为了' },
      { text: '保障统计数据质量', bold: true },
      { text: '，根据', italic: true },
      { text: '《中华人民共和国统计法》', underline: true },
      { text: '，制定本办法。', bold: true, italic: true, underline: true },
    ],
  },
  { id: 'l1', kind: 'list_item', level: 1, ordered: true, runs: [{ text: '数据采集' }] },
  { id: 'l2', kind: 'list_item', level: 2, ordered: false, runs: [{ text: '原始记录' }] },
  { id: 'l3', kind: 'list_item', level: 2, ordered: true, runs: [{ text: '统计台账' }] },
  { id: 'l4', kind: 'list_item', level: 4, ordered: true, runs: [{ text: '跳级的条目' }] },
  { id: 'l5', kind: 'list_item', level: 1, ordered: false, runs: [{ text: '数据审核' }] },
  { id: 'e', kind: 'paragraph', runs: [{ text: '' }] },
  {
    id: 'tb',
    kind: 'table',
    runs: [],
    rows: [
      [
        { blocks: [{ id: 'c1', kind: 'paragraph', runs: [{ text: '事项' }] }] },
        { blocks: [{ id: 'c2', kind: 'paragraph', runs: [{ text: '时限', bold: true }] }] },
      ],
      [
        {
          blocks: [
            { id: 'c3', kind: 'paragraph', runs: [{ text: '数据报送' }] },
            { id: 'c4', kind: 'list_item', level: 1, ordered: false, runs: [{ text: '月报' }] },
          ],
        },
        { blocks: [{ id: 'c5', kind: 'paragraph', runs: [{ text: '每月5日前' }] }] },
      ],
    ],
  },
  { id: 'p2', kind: 'paragraph', runs: [{ text: '第二条　本办法自发布之日起施行。' }] },
];

describe('blocks ⇄ Lexical', () => {
  it('keeps titles, GB/T 9704 heading levels, styled runs, nested and mixed lists and tables', () => {
    expect(roundTrip(SAMPLE)).toEqual(SAMPLE);
  });

  it('keeps the largest corpus text (about 300,000 characters) block for block', () => {
    const text = syntheticPair().a;
    const blocks = plainTextToBlocks(text);
    expect(blocks.length).toBeGreaterThan(5000);
    expect(roundTrip(blocks)).toEqual(blocks);
  });

  it('gives an empty text one empty paragraph to type in', () => {
    const blocks = roundTrip([]);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ kind: 'paragraph', runs: [{ text: '' }] });
    expect(blocks[0]?.id).toMatch(/^d[0-9a-z]{16}$/);
  });

  it('reads pasted h1 and h6 headings as the nearest GB/T level and line breaks as newlines', () => {
    const blocks = roundTrip([
      { id: 'a', kind: 'heading', level: 7, runs: [{ text: '深' }] },
      { id: 'b', kind: 'paragraph', runs: [{ text: '甲\n乙', bold: true }] },
    ]);
    expect(blocks).toEqual([
      { id: 'a', kind: 'heading', level: 4, runs: [{ text: '深' }] },
      { id: 'b', kind: 'paragraph', runs: [{ text: '甲\n乙', bold: true }] },
    ]);
  });
});

// ---- property: blocks → Lexical → blocks is the identity on canonical blocks -----------------

const CHARS = [...'第一条款项目的规定本办法统计数据，。；：“”《》（）、　 aZ09.\t'];
const textArb = fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 12 });
const runArb: fc.Arbitrary<Run> = fc
  .record({ text: textArb, bold: fc.boolean(), italic: fc.boolean(), underline: fc.boolean() })
  .map(({ text, bold, italic, underline }) => ({
    text,
    ...(bold ? { bold } : {}),
    ...(italic ? { italic } : {}),
    ...(underline ? { underline } : {}),
  }));
/** Runs in blocks.ts's canonical form (normalizeRuns), including the one empty run of an empty block. */
const runsArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant<Run[]>([{ text: '' }]) },
  { weight: 6, arbitrary: fc.array(runArb, { minLength: 1, maxLength: 5 }).map(normalizeRuns) },
);

type Draft = Omit<Block, 'id' | 'rows'> & { rows?: { blocks: Draft[] }[][] };

const textBlockArb: fc.Arbitrary<Draft> = fc.oneof(
  runsArb.map((runs): Draft => ({ kind: 'title', runs })),
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), runsArb)
    .map(([level, runs]): Draft => ({ kind: 'heading', level, runs })),
  { weight: 4, arbitrary: runsArb.map((runs): Draft => ({ kind: 'paragraph', runs })) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.boolean(), runsArb)
      .map(([level, ordered, runs]): Draft => ({ kind: 'list_item', level, ordered, runs })),
  },
);
const cellBlockArb = textBlockArb.filter((block) => block.kind !== 'title');
const tableArb: fc.Arbitrary<Draft> = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
  .chain(([rows, columns]) =>
    fc.array(
      fc.array(fc.array(cellBlockArb, { minLength: 1, maxLength: 3 }), {
        minLength: columns,
        maxLength: columns,
      }),
      {
        minLength: rows,
        maxLength: rows,
      },
    ),
  )
  .map((rows): Draft => ({
    kind: 'table',
    runs: [],
    rows: rows.map((row) => row.map((blocks) => ({ blocks }))),
  }));
const documentArb = fc.array(
  fc.oneof({ weight: 8, arbitrary: textBlockArb }, { weight: 1, arbitrary: tableArb }),
  {
    minLength: 1,
    maxLength: 25,
  },
);

function withIds(drafts: Draft[]): Block[] {
  let next = 0;
  const assign = (draft: Draft): Block => {
    const id = `b${++next}`;
    const { rows, ...rest } = draft;
    if (!rows) return { id, ...rest };
    return { id, ...rest, rows: rows.map((row) => row.map((cell) => ({ blocks: cell.blocks.map(assign) }))) };
  };
  return drafts.map(assign);
}

describe('property: blocks → Lexical → blocks', () => {
  it('is the identity for canonical blocks', () => {
    fc.assert(
      fc.property(documentArb.map(withIds), (blocks) => {
        expect(roundTrip(blocks)).toEqual(blocks);
      }),
      { numRuns: 300 },
    );
  });
});
