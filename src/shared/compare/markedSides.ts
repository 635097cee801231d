import type { Block } from '../domain/blocks';
import { blockText } from '../domain/blocks';
import type { AlignedPair } from './types';

/**
 * One side of a compared pair as marked text, the way the in-app 修改对照表 shows it: the old side keeps
 * what was taken out (struck through), the new side what was put in (bold and underlined in print).
 */

export type Mark = 'equal' | 'deleted' | 'inserted';

export interface MarkedText {
  text: string;
  mark: Mark;
}

/** The pair's text on one side, in marked stretches (numbering first, as PairText shows it). */
export function markedSide(pair: AlignedPair, side: 'old' | 'new'): MarkedText[] {
  const out: MarkedText[] = [];
  const push = (text: string, mark: Mark) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.mark === mark) last.text += text;
    else out.push({ text, mark });
  };
  const own = side === 'old' ? pair.old : pair.new;
  if (!own) return out;
  const oldPrefix = pair.old?.prefix ?? '';
  const newPrefix = pair.new?.prefix ?? '';
  if (pair.old && pair.new && oldPrefix === newPrefix) push(oldPrefix, 'equal');
  else push(own.prefix, side === 'old' ? 'deleted' : 'inserted');
  for (const op of pair.ops) {
    if (op.op === 'equal') push(side === 'old' ? (op.oldText ?? op.text) : op.text, 'equal');
    else if (op.op === 'insert' && side === 'new') push(op.text, 'inserted');
    else if (op.op === 'delete' && side === 'old') push(op.text, 'deleted');
  }
  return out;
}

/** The stretches that fall inside [from, to) of the side's text. */
function slice(marked: readonly MarkedText[], from: number, to: number): MarkedText[] {
  const out: MarkedText[] = [];
  let at = 0;
  for (const part of marked) {
    const start = Math.max(from, at);
    const end = Math.min(to, at + part.text.length);
    if (start < end) out.push({ text: part.text.slice(start - at, end - at), mark: part.mark });
    at += part.text.length;
  }
  return out;
}

/**
 * A compared table cut back into its rows and cells, each cell's text still marked. The compare reads a
 * table as one text (cells joined by tabs, rows by line breaks: blockText), so the cells are found by
 * their lengths in the table block itself. Null when the marked text is not that table's text (then the
 * caller prints it as text).
 */
export function markedTableCells(table: Block, marked: readonly MarkedText[]): MarkedText[][][] | null {
  if (table.kind !== 'table' || !table.rows) return null;
  const text = marked.map((part) => part.text).join('');
  if (text !== blockText(table)) return null;
  let at = 0;
  return table.rows.map((row, rowIndex) => {
    if (rowIndex > 0) at += 1; // the line break between rows
    return row.map((cell, cellIndex) => {
      if (cellIndex > 0) at += 1; // the tab between cells
      const length = cell.blocks.map(blockText).join('\n').length;
      const cellMarks = slice(marked, at, at + length);
      at += length;
      return cellMarks;
    });
  });
}
