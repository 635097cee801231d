import JSZip from 'jszip';
import { Packer, type Paragraph, type Table } from 'docx';
import type { AlignedPair, CompareResult } from '../../shared/compare';
import { planRedline } from '../../shared/compare/redlinePlan';
import type { Block } from '../../shared/domain/blocks';
import { blockText } from '../../shared/domain/blocks';
import { blockParagraph, blockToDocx, gbDocument, gbSection } from './gbt9704';
import { writeMoves } from './moveMarkup';
import { exactRuns, type Mark, type Revision, RevisionMarks, type RunSpec } from './revisionMarks';
import { comparedTable, markedTable } from './trackedTables';

export type { Revision } from './revisionMarks';

/** A paragraph still to be written: its runs and the mark on its paragraph mark. */
interface Written {
  block: Block;
  runs: RunSpec[];
  mark: Mark;
}

/** What the redline holds, in order: paragraphs still to be written, and finished paragraphs and tables. */
type Piece = Written | Paragraph | Table;

const isWritten = (piece: Piece | undefined): piece is Written =>
  piece !== undefined && 'runs' in piece && 'mark' in piece;

/** A pair standing in both versions: its edits (and renumbering) as insertions and deletions in place. */
function keptPair(pair: AlignedPair, oldBlock: Block, newBlock: Block, marks: RevisionMarks): Piece[] {
  if (oldBlock.kind === 'table' || newBlock.kind === 'table') return comparedTable(oldBlock, newBlock, marks);
  if (blockText(oldBlock) === blockText(newBlock)) return blockToDocx(newBlock);
  const runs = exactRuns(pair.old?.prefix ?? '', pair.new?.prefix ?? '', newBlock);
  for (const op of pair.ops) {
    if (op.op === 'equal') runs.push(...exactRuns(op.oldText ?? op.text, op.text, newBlock));
    else if (op.op === 'insert') runs.push({ text: op.text, mark: 'ins', block: newBlock });
    else runs.push({ text: op.text, mark: 'del', block: oldBlock });
  }
  return [{ block: newBlock, runs, mark: 'plain' }];
}

/** A whole block inserted or deleted, paragraph mark included, so 接受/拒绝 removes it cleanly. */
function wholeBlock(block: Block, mark: 'ins' | 'del', marks: RevisionMarks): Piece[] {
  if (block.kind === 'table') return [markedTable(block, mark, marks)];
  const text = blockText(block);
  return [{ block, runs: text ? [{ text, mark, block }] : [], mark }];
}

/**
 * One side of a moved block: at the place it was moved from, the old text (the words deleted inside the
 * move as deletions); at the place it was moved to, the new text (the words added inside it as
 * insertions). A moved table is written as deleted there and inserted here.
 */
function movedSide(
  pair: AlignedPair,
  block: Block,
  side: 'from' | 'to',
  name: string,
  marks: RevisionMarks,
): Piece[] {
  if (block.kind === 'table') return wholeBlock(block, side === 'from' ? 'del' : 'ins', marks);
  const move: Mark = { move: side, name };
  const runs: RunSpec[] = [];
  const oldPrefix = pair.old?.prefix ?? '';
  const newPrefix = pair.new?.prefix ?? '';
  const prefix = side === 'from' ? oldPrefix : newPrefix;
  const renumbered: Mark = side === 'from' ? 'del' : 'ins';
  if (prefix) runs.push({ text: prefix, mark: oldPrefix === newPrefix ? move : renumbered, block });
  for (const op of pair.ops) {
    if (op.op === 'equal') {
      const text = side === 'from' ? (op.oldText ?? op.text) : op.text;
      if (text) runs.push({ text, mark: move, block });
    } else if (op.op === 'delete' && side === 'from') runs.push({ text: op.text, mark: 'del', block });
    else if (op.op === 'insert' && side === 'to') runs.push({ text: op.text, mark: 'ins', block });
  }
  return [{ block, runs, mark: move }];
}

const startsInserted = (piece: Piece | undefined) =>
  isWritten(piece) && piece.mark === 'plain' && piece.runs[0]?.mark === 'ins';

/**
 * A paragraph ending with inserted words makes, with inserted words at the start of the next paragraph,
 * one change for LibreOffice, and rejecting it takes the paragraph end between them too: the two
 * paragraphs would come back as one. So a paragraph never ends with an insertion before another one:
 * - before inserted paragraphs, the insertion is carried on this paragraph's mark instead of on the last
 *   inserted paragraph's (the text both ways is the same);
 * - before a paragraph that starts with inserted words, this paragraph ends with its deletion (an
 *   insertion and the deletion it replaces trade places), or the next one starts with its deletion, or
 *   the last character before the insertion is written as replaced by itself and the insertion.
 */
function keepParagraphsApart(pieces: Piece[]): void {
  pieces.forEach((piece, at) => {
    if (!isWritten(piece) || piece.mark !== 'plain' || piece.runs.at(-1)?.mark !== 'ins') return;
    let last = at;
    for (let next = pieces[last + 1]; isWritten(next) && next.mark === 'ins'; next = pieces[last + 1])
      last += 1;
    if (last > at) {
      piece.mark = 'ins';
      (pieces[last] as Written).mark = 'plain';
      return;
    }
    const next = pieces[at + 1];
    if (!startsInserted(next)) return;
    const runs = piece.runs;
    const inserted = runs[runs.length - 1] as RunSpec;
    const before = runs[runs.length - 2];
    const following = (next as Written).runs;
    if (before?.mark === 'del') {
      runs.splice(runs.length - 2, 2, inserted, before);
    } else if (following[1]?.mark === 'del') {
      following.splice(0, 2, following[1], following[0] as RunSpec);
    } else if (before?.mark === 'plain' && before.text.length > 0) {
      const characters = Array.from(before.text);
      const last = characters.pop() as string;
      const kept = characters.join('');
      runs.splice(
        runs.length - 2,
        2,
        ...(kept ? [{ ...before, text: kept }] : []),
        { ...inserted, text: last + inserted.text },
        { ...before, text: last, mark: 'del' },
      );
    }
  });
}

/**
 * The newer version as a Word file whose tracked changes (w:ins / w:del with author and date) lead back
 * to the older one: 全部接受 gives the new text and 全部拒绝 the old text, character for character, whatever
 * the comparison's display options hid. A moved article is written as Word writes a move (w:moveFrom at
 * its old place, w:moveTo at its new place, the two ranges sharing one name), with the edits made inside
 * it as insertions and deletions.
 */
export async function buildTrackedChangesDocx(
  result: CompareResult,
  oldBlocks: readonly Block[],
  newBlocks: readonly Block[],
  revision: Revision,
  meta: { title: string; creator: string },
): Promise<Buffer> {
  const marks = new RevisionMarks(revision);
  const pieces: Piece[] = [];
  for (const step of planRedline(result).steps) {
    const pair = result.pairs[step.pair] as AlignedPair;
    const oldBlock = pair.old ? oldBlocks[pair.old.index] : undefined;
    const newBlock = pair.new ? newBlocks[pair.new.index] : undefined;
    if (step.kind === 'kept') {
      if (oldBlock && newBlock) pieces.push(...keptPair(pair, oldBlock, newBlock, marks));
    } else if (step.kind === 'deleted' && oldBlock) {
      pieces.push(
        ...(step.move
          ? movedSide(pair, oldBlock, 'from', step.move, marks)
          : wholeBlock(oldBlock, 'del', marks)),
      );
    } else if (step.kind === 'inserted' && newBlock) {
      pieces.push(
        ...(step.move
          ? movedSide(pair, newBlock, 'to', step.move, marks)
          : wholeBlock(newBlock, 'ins', marks)),
      );
    }
  }
  keepParagraphsApart(pieces);
  const children = pieces.map((piece) =>
    isWritten(piece)
      ? blockParagraph(piece.block, marks.runs(piece.runs), marks.paragraphMark(piece.mark))
      : piece,
  );
  const packed = await Packer.toBuffer(gbDocument({ ...meta, sections: [gbSection(children)] }));
  const zip = await JSZip.loadAsync(packed);
  const part = zip.file('word/document.xml');
  if (!part) return packed;
  zip.file('word/document.xml', writeMoves(await part.async('string')), { createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
