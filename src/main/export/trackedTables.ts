import { diffArrays } from 'diff';
import { type Paragraph, type ParagraphChild, Table, TableCell, TableRow, WidthType } from 'docx';
import type { Block, TableCell as BlockCell } from '../../shared/domain/blocks';
import { blockText } from '../../shared/domain/blocks';
import { blockParagraph, blockToDocx } from './gbt9704';
import { exactRuns, type RevisionMarks } from './revisionMarks';

type Row = BlockCell[];

function table(rows: TableRow[]): Table {
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

function cellParagraphs(
  blocks: readonly Block[],
  mark: 'ins' | 'del' | 'plain',
  marks: RevisionMarks,
): Paragraph[] {
  const paragraphs = blocks
    .filter((block) => block.kind !== 'table')
    .map((block) => {
      if (mark === 'plain') return blockToDocx(block)[0] as Paragraph;
      const text = blockText(block);
      return blockParagraph(block, text ? [marks.run(text, mark, block)] : [], marks.paragraphMark(mark));
    });
  // A cell holds at least one paragraph (its end mark), even when empty.
  return paragraphs.length > 0 ? paragraphs : [blockParagraph({ kind: 'paragraph' }, [])];
}

/** A table row inserted or deleted whole: the row itself, its text and its paragraph marks. */
function markedRow(row: Row, mark: 'ins' | 'del', marks: RevisionMarks): TableRow {
  const revision = marks.paragraphMark(mark);
  return new TableRow({
    ...revision,
    children: row.map((cell) => new TableCell({ children: cellParagraphs(cell.blocks, mark, marks) })),
  });
}

/** A table inserted or deleted whole. */
export function markedTable(block: Block, mark: 'ins' | 'del', marks: RevisionMarks): Table {
  return table((block.rows ?? []).map((row) => markedRow(row, mark, marks)));
}

/** A cell edited in place: paragraph by paragraph, each with its exact edits; extra ones inserted or deleted. */
function editedCell(oldCell: BlockCell, newCell: BlockCell, marks: RevisionMarks): TableCell {
  const oldBlocks = oldCell.blocks.filter((block) => block.kind !== 'table');
  const newBlocks = newCell.blocks.filter((block) => block.kind !== 'table');
  const paragraphs: Paragraph[] = [];
  for (let at = 0; at < Math.max(oldBlocks.length, newBlocks.length); at++) {
    const before = oldBlocks[at];
    const after = newBlocks[at];
    if (before && after) {
      const runs: ParagraphChild[] = marks.runs(exactRuns(blockText(before), blockText(after), after));
      paragraphs.push(blockParagraph(after, runs));
    } else if (before) paragraphs.push(...cellParagraphs([before], 'del', marks));
    else if (after) paragraphs.push(...cellParagraphs([after], 'ins', marks));
  }
  return new TableCell({ children: paragraphs.length > 0 ? paragraphs : cellParagraphs([], 'plain', marks) });
}

/** A block inserted or deleted whole: a table row by row, a paragraph with its mark. */
function wholeBlock(block: Block, mark: 'ins' | 'del', marks: RevisionMarks): Paragraph | Table {
  if (block.kind === 'table') return markedTable(block, mark, marks);
  return blockParagraph(block, [marks.run(blockText(block), mark, block)], marks.paragraphMark(mark));
}

const rowKey = (row: Row) => row.map((cell) => cell.blocks.map(blockText).join('\n')).join('\t');

/**
 * A table of the older version against the newer one: rows matched by their text; an unmatched row of
 * the old table facing one of the new with as many cells is edited cell by cell, others are deleted or
 * inserted whole. Tables of different widths, or a table facing a paragraph, are replaced whole.
 */
export function comparedTable(oldBlock: Block, newBlock: Block, marks: RevisionMarks): (Paragraph | Table)[] {
  if (oldBlock.kind !== 'table' || newBlock.kind !== 'table') {
    return [wholeBlock(oldBlock, 'del', marks), wholeBlock(newBlock, 'ins', marks)];
  }
  const oldRows = oldBlock.rows ?? [];
  const newRows = newBlock.rows ?? [];
  const rows: TableRow[] = [];
  let removed: Row[] = [];
  const flushRemoved = () => {
    for (const row of removed) rows.push(markedRow(row, 'del', marks));
    removed = [];
  };
  let oldAt = 0;
  let newAt = 0;
  for (const part of diffArrays(oldRows.map(rowKey), newRows.map(rowKey))) {
    const count = part.count ?? part.value.length;
    if (part.removed) {
      removed.push(...oldRows.slice(oldAt, oldAt + count));
      oldAt += count;
    } else if (part.added) {
      const added = newRows.slice(newAt, newAt + count);
      newAt += count;
      added.forEach((row, at) => {
        const facing = removed[at];
        if (facing && facing.length === row.length) {
          rows.push(
            new TableRow({
              children: row.map((cell, column) => editedCell(facing[column] as BlockCell, cell, marks)),
            }),
          );
        } else {
          if (facing) rows.push(markedRow(facing, 'del', marks));
          rows.push(markedRow(row, 'ins', marks));
        }
      });
      removed = removed.slice(added.length);
      flushRemoved();
    } else {
      flushRemoved();
      for (const row of newRows.slice(newAt, newAt + count)) {
        rows.push(
          new TableRow({
            children: row.map(
              (cell) => new TableCell({ children: cellParagraphs(cell.blocks, 'plain', marks) }),
            ),
          }),
        );
      }
      oldAt += count;
      newAt += count;
    }
  }
  flushRemoved();
  return rows.length > 0 ? [table(rows)] : [];
}
