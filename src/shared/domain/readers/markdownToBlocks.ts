import type { Block, TableCell } from '../blocks';
import { blockText, sequentialIds } from '../blocks';
import { matchArticle, matchDivision, matchGbNumbering } from '../structure/patterns';
import { classifyLines, cleanLine } from './lineKinds';
import { markdownInlineToRuns } from './markdownInline';
import type { ReaderOptions } from './plainTextToBlocks';

type Pending =
  | { type: 'heading'; hashes: number; text: string }
  | { type: 'text'; text: string }
  | { type: 'bullet'; level: number; text: string }
  | { type: 'table'; rows: string[][] };

const HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*#*$/;
const BULLET = /^([ \t]*)[-*+][ \t]+(.*)$/;
const TABLE_SEPARATOR = /^\|?[\s:|-]+\|?$/;
/** Where a sentence or a numbered unit can end: a line ending here is a whole paragraph. */
const PARAGRAPH_END = /[。；;：:！!？?…”」』）)]$/;

function startsStructure(text: string): boolean {
  return !!(matchArticle(text) ?? matchDivision(text) ?? matchGbNumbering(text));
}

function tableCells(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/** Markdown lines → pending blocks; front matter, HTML comments (<!-- INFO END -->) and blank lines dropped. */
function scan(markdown: string): Pending[] {
  const lines = markdown.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
    if (end > 0) start = end + 1;
  }
  const out: Pending[] = [];
  let joinable = false;
  for (const raw of lines.slice(start)) {
    const line = cleanLine(raw.replace(/<!--.*?-->/g, ''));
    if (line === '') {
      joinable = false;
      continue;
    }
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(raw);
    const last = out[out.length - 1];
    if (heading) {
      out.push({ type: 'heading', hashes: heading[1]?.length ?? 1, text: heading[2] ?? '' });
      joinable = false;
    } else if (line.startsWith('|')) {
      if (TABLE_SEPARATOR.test(line) && line.includes('-')) continue;
      if (last?.type === 'table') last.rows.push(tableCells(line));
      else out.push({ type: 'table', rows: [tableCells(line)] });
      joinable = false;
    } else if (bullet) {
      out.push({
        type: 'bullet',
        level: Math.floor((bullet[1] ?? '').length / 2) + 1,
        text: bullet[2] ?? '',
      });
      joinable = false;
    } else {
      const text = cleanLine(line.replace(/^(>[ \t]?)+/, ''));
      // A soft-wrapped paragraph continues on the next line; a numbered unit or a finished sentence does not.
      if (joinable && last?.type === 'text' && !PARAGRAPH_END.test(last.text) && !startsStructure(text)) {
        last.text += text;
      } else if (text !== '') {
        out.push({ type: 'text', text });
      }
      joinable = true;
    }
  }
  return out;
}

/**
 * A .md file → blocks: the first `#` heading is the title, `##`/`###` headings keep their level (one
 * less, so `##` 第一章 is a level-1 heading), bullets become list items, pipe tables become tables, and
 * plain paragraphs are classified like plain text (第X章 lines in un-marked-up texts become headings).
 */
export function markdownToBlocks(markdown: string, options: ReaderOptions = {}): Block[] {
  const nextId = options.nextId ?? sequentialIds();
  const pending = scan(markdown);
  const texts = pending.map((item) => (item.type === 'table' ? '' : item.text));
  const hasTitleHeading = pending.some((item) => item.type === 'heading' && item.hashes === 1);
  const firstIsTitle = (options.firstIsTitle ?? true) && !hasTitleHeading;
  const kinds = classifyLines(texts, firstIsTitle);
  let titleSeen = !(options.firstIsTitle ?? true);
  const blocks: Block[] = [];
  pending.forEach((item, index) => {
    if (item.type === 'table') {
      const id = nextId();
      const rows: TableCell[][] = item.rows.map((row) =>
        row.map((cell) => ({
          blocks: [{ id: nextId(), kind: 'paragraph', runs: markdownInlineToRuns(cell) }],
        })),
      );
      blocks.push({ id, kind: 'table', runs: [], rows });
      return;
    }
    const runs = markdownInlineToRuns(item.text);
    if (item.type === 'heading') {
      if (item.hashes === 1 && !titleSeen) {
        titleSeen = true;
        blocks.push({ id: nextId(), kind: 'title', runs });
      } else {
        blocks.push({
          id: nextId(),
          kind: 'heading',
          level: Math.min(4, Math.max(1, item.hashes - 1)),
          runs,
        });
      }
    } else if (item.type === 'bullet') {
      blocks.push({ id: nextId(), kind: 'list_item', level: item.level, ordered: false, runs });
    } else {
      const { kind, level } = kinds[index] ?? { kind: 'paragraph' };
      if (kind === 'title') titleSeen = true;
      blocks.push(level === undefined ? { id: nextId(), kind, runs } : { id: nextId(), kind, level, runs });
    }
  });
  return blocks.filter((block) => block.kind === 'table' || blockText(block) !== '');
}
