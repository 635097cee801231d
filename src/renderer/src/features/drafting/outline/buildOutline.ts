import type { Block } from '../../../../../shared/domain/blocks';
import { blockText } from '../../../../../shared/domain/blocks';
import { parseStructure } from '../../../../../shared/domain/structure';
import type { StructureNode } from '../../../../../shared/domain/structure/types';

/** One line of the live outline: the title, a division (编/章/节), a GB/T 9704 heading or an article. */
export interface OutlineEntry {
  blockId: string;
  kind: 'title' | 'division' | 'heading' | 'article';
  label: string;
  depth: number;
}

const LABEL_LENGTH = 24;

/** Steps inside an article: an article of several 款 has its first one in its first block's path. */
const INSIDE_ARTICLE = new Set<StructureNode['kind']>(['clause', 'item', 'subitem']);

/** How deep the block's own node (章, 节, 条, heading) sits: 款 and 项 below it do not count. */
function ownDepth(path: readonly StructureNode[]): number {
  let last = path.length - 1;
  while (last > 0 && INSIDE_ARTICLE.has((path[last] as StructureNode).kind)) last -= 1;
  return Math.max(0, last);
}

function shorten(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > LABEL_LENGTH ? `${clean.slice(0, LABEL_LENGTH)}…` : clean;
}

/** The outline of a text from the structure parser (chapters, sections, headings, articles). */
export function buildOutline(blocks: readonly Block[]): OutlineEntry[] {
  const structure = parseStructure(blocks);
  const entries: OutlineEntry[] = [];
  for (const entry of structure.blocks) {
    const block = blocks[entry.index];
    if (!block) continue;
    if (
      entry.role !== 'title' &&
      entry.role !== 'division' &&
      entry.role !== 'heading' &&
      entry.role !== 'article'
    ) {
      continue;
    }
    const depth = entry.role === 'title' ? 0 : ownDepth(entry.path);
    const text = blockText(block);
    entries.push({ blockId: block.id, kind: entry.role, label: shorten(text) || entry.display, depth });
  }
  return entries;
}

export function sameOutline(a: readonly OutlineEntry[], b: readonly OutlineEntry[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((entry, index) => {
    const other = b[index];
    return (
      other !== undefined &&
      entry.blockId === other.blockId &&
      entry.label === other.label &&
      entry.depth === other.depth &&
      entry.kind === other.kind
    );
  });
}
