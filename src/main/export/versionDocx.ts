import { AlignmentType, HeadingLevel, LevelFormat, Packer, Paragraph, type Table, TextRun } from 'docx';
import type { Block } from '../../shared/domain/blocks';
import { FONTS, LINE_SPACING, SIZES, blockToDocx, gbDocument, gbSection, runOptions } from './gbt9704';

/**
 * A version (or the current draft) as its own GB/T 9704 Word file: A4 with the 37/35/28/26 mm margins,
 * 方正小标宋 二号 title, 仿宋_GB2312 三号 body, headings with their outline levels, tables as tables and
 * '— n —' page numbers (all from gbt9704.ts). The title paragraph carries Word's 标题 style and list items
 * are real Word lists, so the file reads back into the same blocks through the app's own Word import.
 */

const ORDERED = 'version-ordered';
const BULLETED = 'version-bulleted';

/** Two levels of indent per nesting level, in twips (a 三号 character is 320). */
function listLevels(format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string) {
  return [0, 1, 2, 3].map((level) => ({
    level,
    format,
    text: text(level),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 640 * (level + 1), hanging: 320 } } },
  }));
}

const NUMBERING = {
  config: [
    { reference: ORDERED, levels: listLevels(LevelFormat.DECIMAL, (level) => `%${level + 1}.`) },
    { reference: BULLETED, levels: listLevels(LevelFormat.BULLET, () => '•') },
  ],
};

function titleOf(block: Block): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.TITLE,
    alignment: AlignmentType.CENTER,
    spacing: { ...LINE_SPACING, line: 700, after: 300 },
    children: block.runs.map(
      (run) => new TextRun({ ...runOptions(run, { font: FONTS.title, size: SIZES.title }), color: '000000' }),
    ),
  });
}

function listItemOf(block: Block): Paragraph {
  return new Paragraph({
    numbering: {
      reference: block.ordered ? ORDERED : BULLETED,
      level: Math.min(3, Math.max(0, (block.level ?? 1) - 1)),
    },
    spacing: LINE_SPACING,
    children: block.runs.map((run) => new TextRun(runOptions(run, { font: FONTS.body, size: SIZES.body }))),
  });
}

function toDocx(block: Block): (Paragraph | Table)[] {
  if (block.kind === 'title') return [titleOf(block)];
  if (block.kind === 'list_item') return [listItemOf(block)];
  return blockToDocx(block);
}

export function buildVersionDocx(meta: {
  /** The document's title, written as the 标题 when the text has none of its own. */
  title: string;
  creator: string;
  blocks: readonly Block[];
}): Promise<Buffer> {
  const hasTitle = meta.blocks.some((block) => block.kind === 'title');
  const children: (Paragraph | Table)[] = [
    ...(hasTitle ? [] : [titleOf({ id: 'title', kind: 'title', runs: [{ text: meta.title }] })]),
    ...meta.blocks.flatMap(toDocx),
  ];
  return Packer.toBuffer(
    gbDocument({
      title: meta.title,
      creator: meta.creator,
      numbering: NUMBERING,
      sections: [gbSection(children)],
    }),
  );
}

/** The file name: 《标题》第N版（YYYY-MM-DD）.docx, or 《标题》当前草稿.docx. */
export function versionDocxFileName(title: string, version: { seq: number; date: string } | null): string {
  const safe = title.replace(/[\\/:*?"<>|]/g, '_');
  return version ? `《${safe}》第${version.seq}版（${version.date}）.docx` : `《${safe}》当前草稿.docx`;
}
