import { type Block, blocksToPlainText, textBlock } from '../../src/shared/domain/blocks';

const cell = (text: string) => ({ blocks: [textBlock(`c-${text}`, 'paragraph', text)] });
const table = (id: string, rows: string[][]): Block => ({
  id,
  kind: 'table',
  runs: [],
  rows: rows.map((row) => row.map(cell)),
});

/** A notice with a title, a heading, list items and two tables, in two versions. */
export const NOTICE_OLD: Block[] = [
  textBlock('o1', 'title', '关于规范统计调查项目管理的通知'),
  { ...textBlock('o2', 'heading', '一、总体要求'), level: 1 },
  textBlock('o3', 'paragraph', '各单位应当按照下列标准执行：'),
  table('o4', [
    ['项目', '标准', '依据'],
    ['年报', '每年3月底前报送', '统计法第七条'],
    ['季报', '季后15日内报送', '统计法第七条'],
    ['月报', '月后10日内报送', '统计法第七条'],
  ]),
  { ...textBlock('o5', 'list_item', '（一）按时报送；'), level: 1, ordered: true },
  { ...textBlock('o6', 'list_item', '（二）如实报送。'), level: 1, ordered: true },
  table('o7', [['甲', '乙']]),
];

export const NOTICE_NEW: Block[] = [
  textBlock('n1', 'title', '关于规范统计调查项目管理的通知'),
  { ...textBlock('n2', 'heading', '一、总体要求和原则'), level: 1 },
  textBlock('n3', 'paragraph', '各单位应当按照下列标准执行:'),
  table('n4', [
    ['项目', '标准', '依据'],
    ['年报', '每年4月底前报送', '统计法第七条'],
    ['月报', '月后10日内报送', '统计法第七条'],
    ['快报', '月后5日内报送', '统计法第二十一条'],
  ]),
  { ...textBlock('n5', 'list_item', '（一）按时、完整报送；'), level: 1, ordered: true },
  { ...textBlock('n6', 'list_item', '（二）如实报送。'), level: 1, ordered: true },
  table('n7', [['甲', '乙', '丙']]),
];

/** A version's text as a word processor reads it: one line per paragraph, a table's cells row by row. */
export function paragraphLines(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) =>
    block.kind === 'table'
      ? (block.rows ?? []).flatMap((row) => row.flatMap((c) => paragraphLines(c.blocks)))
      : blocksToPlainText([block]).split('\n'),
  );
}
