import { DeletedTextRun, InsertedTextRun, type ParagraphChild, TextRun } from 'docx';
import { exactDiff } from '../../shared/compare/exactDiff';
import type { Block } from '../../shared/domain/blocks';
import { blockFont, font } from './gbt9704';
import { moveAuthor } from './moveMarkup';

export interface Revision {
  author: string;
  /** ISO time the revision is dated (the newer version's save time). */
  date: string;
}

/** How a piece of text is marked: unchanged, inserted, deleted, or one side of a named move. */
export type Mark = 'plain' | 'ins' | 'del' | { move: 'from' | 'to'; name: string };

/** The revision marks of one redline: author, date and the ids Word wants unique across the file. */
export class RevisionMarks {
  private id = 0;
  constructor(private readonly revision: Revision) {}

  private attributes(mark: Exclude<Mark, 'plain'>) {
    const author =
      typeof mark === 'string' ? this.revision.author : moveAuthor(mark.name, this.revision.author);
    return { id: ++this.id, author, date: this.revision.date };
  }

  /** A run of `text` in the block's font, marked as given. */
  run(text: string, mark: Mark, block: Pick<Block, 'kind' | 'level'>): ParagraphChild {
    const { font: name, size } = blockFont(block);
    const options = { text, font: font(name), size };
    if (mark === 'plain') return new TextRun(options);
    const inserted = mark === 'ins' || (typeof mark === 'object' && mark.move === 'to');
    return inserted
      ? new InsertedTextRun({ ...options, ...this.attributes(mark) })
      : new DeletedTextRun({ ...options, ...this.attributes(mark) });
  }

  /** The runs of a paragraph, as Word runs. */
  runs(specs: readonly RunSpec[]): ParagraphChild[] {
    return specs.map((spec) => this.run(spec.text, spec.mark, spec.block));
  }

  /** The paragraph-mark revision of a paragraph marked as a whole; none for a paragraph left standing. */
  paragraphMark(mark: Mark) {
    if (mark === 'plain') return undefined;
    const inserted = mark === 'ins' || (typeof mark === 'object' && mark.move === 'to');
    return inserted ? { insertion: this.attributes(mark) } : { deletion: this.attributes(mark) };
  }
}

/** A run to be written: its text, its mark and the block whose font it takes. */
export interface RunSpec {
  text: string;
  mark: Mark;
  block: Pick<Block, 'kind' | 'level'>;
}

/**
 * The runs of a text that reads `oldText` in the older version and `newText` in the newer one: what
 * differs, however slightly (a space, a half-width bracket), is written as a deletion and an insertion,
 * so that 全部拒绝 gives back the old text character for character.
 */
export function exactRuns(oldText: string, newText: string, block: Pick<Block, 'kind' | 'level'>): RunSpec[] {
  if (oldText === newText) return newText ? [{ text: newText, mark: 'plain', block }] : [];
  return exactDiff(oldText, newText).map((op) => ({
    text: op.text,
    mark: op.op === 'equal' ? 'plain' : op.op === 'insert' ? 'ins' : 'del',
    block,
  }));
}
