import { parseDocument } from 'htmlparser2';
import type { Block, Run } from '../../shared/domain/blocks';
import { itemsInsideArticles } from '../../shared/domain/readers/articleItems';

/** A DOM node as htmlparser2 gives it (only what is read here). */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

interface Style {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

const HEADING_PATTERNS: [RegExp, number][] = [
  [/^第[一二三四五六七八九十百零〇]+[编章节](\s|\u3000|$)/, 1],
  [/^[一二三四五六七八九十]+、/, 1],
  [/^（[一二三四五六七八九十]+）/, 2],
  [/^\d+[.．](?!\d)/, 3],
  [/^（\d+）/, 4],
];

/** Short lines numbered 一、 /（一）/ 1. /（1）or 第X章 are headings even when Word styled them as body text. */
export function headingLevelByPattern(text: string): number | null {
  if (text.length > 40) return null;
  for (const [pattern, level] of HEADING_PATTERNS) if (pattern.test(text)) return level;
  return null;
}

export interface HtmlImport {
  blocks: Block[];
  droppedImages: number;
  droppedElements: string[];
}

/** Elements whose content is never taken (scripts, styles, embedded objects, forms). */
const DROPPED = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'noscript',
  'template',
  'svg',
  'math',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'link',
  'meta',
  'base',
]);

/**
 * Converts mammoth's HTML into blocks. This is also the sanitizer: only text and a handful of known
 * elements are read, every attribute is ignored (no event handlers, no URLs survive), images and
 * active content are dropped.
 */
export function htmlToBlocks(html: string, nextId: () => string): HtmlImport {
  const document = parseDocument(html, { decodeEntities: true }) as unknown as DomNode;
  const state: HtmlImport = { blocks: [], droppedImages: 0, droppedElements: [] };
  for (const node of document.children ?? []) readBlock(node, state.blocks, state, nextId, 0);
  markTitle(state.blocks);
  itemsInsideArticles(state.blocks);
  return state;
}

function readBlock(
  node: DomNode,
  into: Block[],
  state: HtmlImport,
  nextId: () => string,
  listLevel: number,
): void {
  if (node.type === 'text') {
    pushParagraph(into, [{ text: node.data ?? '' }], nextId);
    return;
  }
  const name = node.name?.toLowerCase();
  if (!name) return;
  if (DROPPED.has(name)) {
    state.droppedElements.push(name);
    return;
  }
  if (name === 'img') {
    state.droppedImages += 1;
    return;
  }
  const headingMatch = /^h([1-6])$/.exec(name);
  if (headingMatch) {
    const runs = readRuns(node, {}, state);
    const level = Number(headingMatch[1]);
    if (node.attribs?.class?.includes('doc-title')) pushBlock(into, { kind: 'title', runs }, nextId);
    else pushBlock(into, { kind: 'heading', level: Math.min(level, 4), runs }, nextId);
    return;
  }
  if (name === 'p') {
    splitOnBreaks(node, state).forEach((runs) => pushParagraph(into, runs, nextId));
    return;
  }
  if (name === 'ol' || name === 'ul') {
    for (const item of node.children ?? []) {
      if (item.name?.toLowerCase() !== 'li') {
        readBlock(item, into, state, nextId, listLevel);
        continue;
      }
      const inline = (item.children ?? []).filter(
        (child) => !['ol', 'ul', 'table'].includes(child.name?.toLowerCase() ?? ''),
      );
      const runs = inline.flatMap((child) => readRuns(child, {}, state));
      pushBlock(into, { kind: 'list_item', level: listLevel + 1, ordered: name === 'ol', runs }, nextId);
      for (const child of item.children ?? []) {
        if (['ol', 'ul', 'table'].includes(child.name?.toLowerCase() ?? ''))
          readBlock(child, into, state, nextId, listLevel + 1);
      }
    }
    return;
  }
  if (name === 'table') {
    const rows = collect(node, 'tr').map((row) =>
      (row.children ?? [])
        .filter((cell) => ['td', 'th'].includes(cell.name?.toLowerCase() ?? ''))
        .map((cell) => {
          const blocks: Block[] = [];
          for (const child of cell.children ?? []) readBlock(child, blocks, state, nextId, 0);
          return { blocks };
        }),
    );
    if (rows.length > 0) into.push({ id: nextId(), kind: 'table', runs: [], rows });
    return;
  }
  // Containers (div, section, body, a stray span at top level…): read what they hold.
  const hasBlockChildren = (node.children ?? []).some((child) =>
    /^(p|h[1-6]|ol|ul|table|div)$/i.test(child.name ?? ''),
  );
  if (hasBlockChildren) {
    for (const child of node.children ?? []) readBlock(child, into, state, nextId, listLevel);
  } else {
    pushParagraph(into, readRuns(node, {}, state), nextId);
  }
}

/** Rows of a table, looking through thead/tbody/tfoot but not into nested tables. */
function collect(node: DomNode, name: string): DomNode[] {
  const found: DomNode[] = [];
  for (const child of node.children ?? []) {
    const childName = child.name?.toLowerCase();
    if (childName === name) found.push(child);
    else if (childName === 'thead' || childName === 'tbody' || childName === 'tfoot')
      found.push(...collect(child, name));
  }
  return found;
}

function splitOnBreaks(node: DomNode, state: HtmlImport): Run[][] {
  const lines: Run[][] = [[]];
  const walk = (current: DomNode, style: Style) => {
    if (current.name?.toLowerCase() === 'br') {
      lines.push([]);
      return;
    }
    if (current.type === 'text' || !current.children || current.children.length === 0) {
      lines[lines.length - 1]?.push(...readRuns(current, style, state));
      return;
    }
    const nextStyle = styleOf(current, style);
    if (nextStyle === null) return;
    for (const child of current.children) walk(child, nextStyle);
  };
  for (const child of node.children ?? []) walk(child, {});
  return lines;
}

/** The style a wrapping element adds, or null for an element whose content is dropped. */
function styleOf(node: DomNode, style: Style): Style | null {
  const name = node.name?.toLowerCase() ?? '';
  if (DROPPED.has(name) || name === 'img') return null;
  if (name === 'strong' || name === 'b') return { ...style, bold: true };
  if (name === 'em' || name === 'i') return { ...style, italic: true };
  if (name === 'u') return { ...style, underline: true };
  return style;
}

function readRuns(node: DomNode, style: Style, state: HtmlImport): Run[] {
  if (node.type === 'text') {
    const text = (node.data ?? '').replace(/[\r\n\t]+/g, ' ');
    return text ? [{ text, ...style }] : [];
  }
  const name = node.name?.toLowerCase() ?? '';
  if (name === 'img') {
    state.droppedImages += 1;
    return [];
  }
  const nextStyle = styleOf(node, style);
  if (nextStyle === null) {
    state.droppedElements.push(name);
    return [];
  }
  return (node.children ?? []).flatMap((child) => readRuns(child, nextStyle, state));
}

/** Adjacent runs with the same style are merged, and false flags dropped, so equal text compares equal. */
function normalizeRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    if (!run.text) continue;
    const clean: Run = { text: run.text };
    if (run.bold) clean.bold = true;
    if (run.italic) clean.italic = true;
    if (run.underline) clean.underline = true;
    const last = merged[merged.length - 1];
    if (
      last &&
      !!last.bold === !!clean.bold &&
      !!last.italic === !!clean.italic &&
      !!last.underline === !!clean.underline
    ) {
      last.text += clean.text;
    } else {
      merged.push(clean);
    }
  }
  return merged;
}

function pushBlock(into: Block[], block: Omit<Block, 'id'>, nextId: () => string): void {
  const runs = normalizeRuns(block.runs);
  if (runs.length === 0 && block.kind !== 'table') return;
  into.push({ id: nextId(), ...block, runs });
}

function pushParagraph(into: Block[], runs: Run[], nextId: () => string): void {
  const clean = normalizeRuns(runs);
  const text = clean
    .map((run) => run.text)
    .join('')
    .trim();
  if (!text) return;
  const level = headingLevelByPattern(text);
  pushBlock(
    into,
    level ? { kind: 'heading', level, runs: clean } : { kind: 'paragraph', runs: clean },
    nextId,
  );
}

/** Without a Title style, a short first line before any numbered part is taken as the title. */
function markTitle(blocks: Block[]): void {
  if (blocks.some((block) => block.kind === 'title')) return;
  const first = blocks[0];
  if (!first || (first.kind !== 'paragraph' && first.kind !== 'heading')) return;
  const text = first.runs.map((run) => run.text).join('');
  if (
    text.length <= 60 &&
    headingLevelByPattern(text) === null &&
    !/^第[一二三四五六七八九十百零〇]+条/.test(text)
  ) {
    first.kind = 'title';
    delete first.level;
  }
}
