import {
  DeletedTextRun,
  InsertedTextRun,
  Packer,
  Paragraph,
  type ParagraphChild,
  type Table,
  TextRun,
} from 'docx';
import type { AlignedPair, CompareResult } from '../../shared/compare';
import type { Block } from '../../shared/domain/blocks';
import { blockText } from '../../shared/domain/blocks';
import {
  FONTS,
  SIZES,
  blockToDocx,
  bodyParagraph,
  font,
  gbDocument,
  gbSection,
  headingFont,
  titleParagraph,
} from './gbt9704';

export interface Revision {
  author: string;
  /** ISO time the revision is dated (the newer version's save time). */
  date: string;
}

interface Context {
  revision: Revision;
  nextId: () => number;
  oldBlocks: readonly Block[];
  newBlocks: readonly Block[];
}

function style(block: Block | undefined) {
  const isTitle = block?.kind === 'title';
  return {
    font: font(isTitle ? FONTS.title : block?.kind === 'heading' ? headingFont(block.level) : FONTS.body),
    size: isTitle ? SIZES.title : SIZES.body,
  };
}

function paragraphFor(
  block: Block | undefined,
  children: ParagraphChild[],
  mark?: 'insertion' | 'deletion',
  ctx?: Context,
) {
  const run = mark && ctx ? { [mark]: { id: ctx.nextId(), ...ctx.revision } } : undefined;
  if (block?.kind === 'title') {
    const title = titleParagraph(children);
    return run ? new Paragraph({ ...titleOptions(children), run }) : title;
  }
  return run ? new Paragraph({ ...bodyOptions(children), run }) : bodyParagraph(children);
}

// Paragraph options mirror gbt9704's builders; a revision mark on the paragraph itself needs the options.
function titleOptions(children: ParagraphChild[]) {
  return {
    alignment: 'center' as const,
    spacing: { line: 700, lineRule: 'exact' as const, after: 300 },
    children,
  };
}
function bodyOptions(children: ParagraphChild[]) {
  return {
    alignment: 'both' as const,
    spacing: { line: 579, lineRule: 'exact' as const },
    indent: { firstLine: 640 },
    children,
  };
}

function inserted(text: string, block: Block | undefined, ctx: Context): ParagraphChild {
  return new InsertedTextRun({ text, ...style(block), id: ctx.nextId(), ...ctx.revision });
}
function deleted(text: string, block: Block | undefined, ctx: Context): ParagraphChild {
  return new DeletedTextRun({ text, ...style(block), id: ctx.nextId(), ...ctx.revision });
}
function plain(text: string, block: Block | undefined): ParagraphChild {
  return new TextRun({ text, ...style(block) });
}

/** A whole block shown as deleted (or inserted), paragraph mark included, so 拒绝/接受 removes it cleanly. */
function wholeBlock(
  block: Block | undefined,
  mark: 'insertion' | 'deletion',
  ctx: Context,
): (Paragraph | Table)[] {
  if (!block) return [];
  const text = blockText(block);
  const run = mark === 'insertion' ? inserted(text, block, ctx) : deleted(text, block, ctx);
  return [paragraphFor(block, [run], mark, ctx)];
}

function changedPair(pair: AlignedPair, ctx: Context): (Paragraph | Table)[] {
  const oldBlock = pair.old ? ctx.oldBlocks[pair.old.index] : undefined;
  const newBlock = pair.new ? ctx.newBlocks[pair.new.index] : undefined;
  if (oldBlock?.kind === 'table' || newBlock?.kind === 'table') {
    return [
      ...wholeBlock(oldBlock, 'deletion', ctx),
      ...(newBlock ? blockToDocx(newBlock).map((p) => p) : []),
    ];
  }
  const children: ParagraphChild[] = [];
  const oldPrefix = pair.old?.prefix ?? '';
  const newPrefix = pair.new?.prefix ?? '';
  if (oldPrefix === newPrefix) {
    if (newPrefix) children.push(plain(newPrefix, newBlock));
  } else {
    if (oldPrefix) children.push(deleted(oldPrefix, oldBlock, ctx));
    if (newPrefix) children.push(inserted(newPrefix, newBlock, ctx));
  }
  for (const op of pair.ops) {
    // Equal runs differing only in what the comparison ignores (spacing, width) are written as the new text.
    if (op.op === 'equal') children.push(plain(op.text, newBlock));
    else if (op.op === 'insert') children.push(inserted(op.text, newBlock, ctx));
    else children.push(deleted(op.text, oldBlock, ctx));
  }
  return [paragraphFor(newBlock ?? oldBlock, children)];
}

/**
 * The newer version as a Word file whose tracked changes (w:ins / w:del with author and date) lead back
 * to the older one: 全部接受 gives the new text, 全部拒绝 the old. A moved block is deleted where it
 * stood and inserted where it now stands.
 */
export function buildTrackedChangesDocx(
  result: CompareResult,
  oldBlocks: readonly Block[],
  newBlocks: readonly Block[],
  revision: Revision,
  meta: { title: string; creator: string },
): Promise<Buffer> {
  let id = 0;
  const ctx: Context = { revision, nextId: () => ++id, oldBlocks, newBlocks };
  const movedFrom = new Map<number, AlignedPair[]>();
  for (const pair of result.pairs) {
    if (pair.kind !== 'moved' || !pair.old) continue;
    const oldIndex = pair.old.index;
    const before = result.pairs.findIndex(
      (other) => other.kind !== 'moved' && other.old !== undefined && other.old.index > oldIndex,
    );
    const slot = before < 0 ? result.pairs.length : before;
    movedFrom.set(slot, [...(movedFrom.get(slot) ?? []), pair]);
  }
  const children: (Paragraph | Table)[] = [];
  result.pairs.forEach((pair, index) => {
    for (const moved of movedFrom.get(index) ?? [])
      children.push(...wholeBlock(oldBlocks[moved.old?.index ?? -1], 'deletion', ctx));
    if (pair.kind === 'moved') {
      children.push(...wholeBlock(pair.new ? newBlocks[pair.new.index] : undefined, 'insertion', ctx));
    } else if (pair.kind === 'added') {
      children.push(...wholeBlock(pair.new ? newBlocks[pair.new.index] : undefined, 'insertion', ctx));
    } else if (pair.kind === 'deleted') {
      children.push(...wholeBlock(pair.old ? oldBlocks[pair.old.index] : undefined, 'deletion', ctx));
    } else if (pair.kind === 'unchanged' && pair.new) {
      const block = newBlocks[pair.new.index];
      if (block) children.push(...blockToDocx(block));
    } else {
      children.push(...changedPair(pair, ctx));
    }
  });
  for (const moved of movedFrom.get(result.pairs.length) ?? [])
    children.push(...wholeBlock(oldBlocks[moved.old?.index ?? -1], 'deletion', ctx));
  return Packer.toBuffer(gbDocument({ ...meta, sections: [gbSection(children)] }));
}
