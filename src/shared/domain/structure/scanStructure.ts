import type { Block } from '../blocks';
import { blockText } from '../blocks';
import {
  isSupplementaryTitle,
  isTableOfContentsLine,
  looksLikeHeading,
  matchArticle,
  matchDivision,
  matchGbNumbering,
  matchItem,
  matchSubitem,
  type DivisionKind,
  type NumberingMatch,
} from './patterns';
import { clauseNode, formatPath, itemNode, subitemNode } from './paths';
import type { BlockRole, StructureNode, StructureNodeKind } from './types';

const DIVISION_ORDER: readonly DivisionKind[] = ['part', 'subpart', 'chapter', 'section'];

/** An article met during the walk; `clauses` ends as its number of 款. */
export interface ScannedArticle {
  node: StructureNode;
  index: number;
  /** Divisions and headings above the article. */
  outer: readonly StructureNode[];
  clauses: number;
  start: number;
  end: number;
  item: StructureNode | null;
  subitem: StructureNode | null;
}

/** What the walk records per block. Paths are built from it only when asked for. */
export interface ScannedBlock {
  role: BlockRole;
  outer: readonly StructureNode[];
  article: ScannedArticle | null;
  clause: number;
  item: StructureNode | null;
  subitem: StructureNode | null;
  /** The block's own numbering as written, with its trailing space; '' if none. */
  prefix: string;
  prefixKind?: StructureNodeKind;
  /** The node that prefix numbers (its number tells renumbering from editing). */
  own?: StructureNode;
}

/** A heading line is labelled with its whole text (一、管辖); a numbered paragraph with its number. */
function headingNode(
  match: NumberingMatch & { level: number },
  title: string,
  isHeadingLine: boolean,
): StructureNode {
  const label = isHeadingLine ? `${match.label}${title.replace(/\s+/g, '')}` : match.label;
  const node: StructureNode = { kind: 'heading', number: match.number, label, level: match.level };
  if (title) node.title = title;
  if (isSupplementaryTitle(title)) node.supplementary = true;
  return node;
}

/**
 * The structure of a version, read in one pass over its blocks (DESIGN §3): 第X编/分编/章/节 divisions,
 * 第X条 articles with their 款 (paragraphs), （一）项 and 1. 目, GB/T 9704 headings 一、（一）1.（1）in
 * documents without articles, the title, the preamble and a table of contents (目录, whose entries are not
 * divisions). Paths are assembled lazily: comparing two long versions needs them for few blocks.
 */
export class StructureScan {
  readonly blocks: ScannedBlock[] = [];
  readonly articles: ScannedArticle[] = [];
  private lastPath: { entry: ScannedBlock; path: readonly StructureNode[]; display: string } | null = null;

  constructor(blocks: readonly Block[]) {
    const divisions: Partial<Record<DivisionKind, StructureNode>> = {};
    let headings: StructureNode[] = [];
    let outer: readonly StructureNode[] = [];
    let article: ScannedArticle | null = null;
    let toc: { first: string | null } | null = null;
    let seenBody = false;
    const refreshOuter = () => {
      const next: StructureNode[] = [];
      for (const kind of DIVISION_ORDER) {
        const node = divisions[kind];
        if (node) next.push(node);
      }
      outer = headings.length > 0 ? [...next, ...headings] : next;
    };
    const push = (role: BlockRole, prefix = '', own?: StructureNode) => {
      const entry: ScannedBlock = {
        role,
        outer,
        article,
        clause: article?.clauses ?? 0,
        item: article?.item ?? null,
        subitem: article?.subitem ?? null,
        prefix,
      };
      if (own) {
        entry.prefixKind = own.kind;
        entry.own = own;
      }
      if (article) article.end = this.blocks.length + 1;
      this.blocks.push(entry);
    };

    for (const block of blocks) {
      const text = blockText(block);
      const division = block.kind === 'table' ? null : matchDivision(text);
      if (toc) {
        // Entries run until the first one comes round again as the real heading (or body text starts).
        const entry = division?.label ?? (looksLikeHeading(text) && !matchArticle(text) ? text.trim() : null);
        if (entry !== null && entry !== toc.first) {
          toc.first ??= entry;
          push('toc');
          continue;
        }
        toc = null;
      }
      if (block.kind === 'title') {
        for (const kind of DIVISION_ORDER) delete divisions[kind];
        headings = [];
        article = null;
        seenBody = false;
        refreshOuter();
        push('title');
        continue;
      }
      if (block.kind === 'table') {
        push('table');
        continue;
      }
      if (!article && isTableOfContentsLine(text)) {
        toc = { first: null };
        push('toc');
        continue;
      }
      if (division) {
        const node: StructureNode = { kind: division.kind, number: division.number, label: division.label };
        if (division.title) node.title = division.title;
        if (isSupplementaryTitle(division.title)) node.supplementary = true;
        for (const kind of DIVISION_ORDER.slice(DIVISION_ORDER.indexOf(division.kind)))
          delete divisions[kind];
        divisions[division.kind] = node;
        headings = [];
        article = null;
        seenBody = true;
        refreshOuter();
        push('division', division.prefix, node);
        continue;
      }
      const articleMatch = matchArticle(text);
      if (articleMatch) {
        const node: StructureNode = {
          kind: 'article',
          number: articleMatch.number,
          label: articleMatch.label,
        };
        if (articleMatch.suffix !== undefined) node.suffix = articleMatch.suffix;
        const body = text.slice(articleMatch.prefix.length).trim();
        const start = this.blocks.length;
        const index = this.articles.length;
        article = {
          node,
          index,
          outer,
          clauses: body ? 1 : 0,
          start,
          end: start + 1,
          item: null,
          subitem: null,
        };
        this.articles.push(article);
        seenBody = true;
        push('article', articleMatch.prefix, node);
        continue;
      }
      const item = article ? matchItem(text) : null;
      const subitem = article && !item ? matchSubitem(text) : null;
      // Inside an article only a short 一、 line (or a heading block) ends it; （一） and 1. are 项 and 目.
      const gb = (item ?? subitem) && block.kind !== 'heading' ? null : matchGbNumbering(text);
      const isHeading = block.kind === 'heading' || (gb?.level === 1 && looksLikeHeading(text));
      if (article && !isHeading) {
        if (item) {
          article.clauses ||= 1;
          article.item = itemNode(item.number);
          article.subitem = null;
          push('item', item.prefix, article.item);
        } else if (subitem) {
          article.clauses ||= 1;
          article.subitem = subitemNode(subitem.number);
          push('subitem', subitem.prefix, article.subitem);
        } else {
          article.clauses += 1;
          article.item = null;
          article.subitem = null;
          push('clause');
        }
        continue;
      }
      if (gb || block.kind === 'heading') {
        const level = gb?.level ?? Math.min(4, Math.max(1, block.level ?? 1));
        const numbering = gb ?? { prefix: '', label: '', number: 0, level };
        const headingLine = isHeading || looksLikeHeading(text);
        const node = headingNode(numbering, text.slice(numbering.prefix.length).trim(), headingLine);
        headings = [...headings.filter((other) => (other.level ?? 0) < level), node];
        article = null;
        seenBody = true;
        refreshOuter();
        push(headingLine ? 'heading' : 'paragraph', numbering.prefix, node);
        continue;
      }
      push(seenBody ? 'paragraph' : 'preamble');
    }
  }

  /** From the outermost unit down to block `index`, e.g. 第三章 › 第十二条 › 第二款. */
  path(index: number): readonly StructureNode[] {
    return this.pathEntry(index).path;
  }

  display(index: number): string {
    return this.pathEntry(index).display;
  }

  /** Path down to article `index` itself. */
  articlePath(index: number): readonly StructureNode[] {
    const article = this.articles[index];
    return article ? [...article.outer, article.node] : [];
  }

  private pathEntry(index: number): { path: readonly StructureNode[]; display: string } {
    const entry = this.blocks[index];
    if (!entry) return { path: [], display: '' };
    const last = this.lastPath?.entry;
    // Neighbouring blocks mostly share their path (the 项 of one 款): build it once for them.
    if (
      this.lastPath &&
      last &&
      last.outer === entry.outer &&
      last.article === entry.article &&
      last.clause === entry.clause &&
      last.item === entry.item &&
      last.subitem === entry.subitem
    ) {
      return this.lastPath;
    }
    const path = [...entry.outer];
    const open = entry.article;
    if (open) {
      path.push(open.node);
      // A one-paragraph article is cited as 第十二条, not 第十二条第一款.
      if (open.clauses > 1 && entry.clause > 0) path.push(clauseNode(entry.clause));
      if (entry.item) path.push(entry.item);
      if (entry.subitem) path.push(entry.subitem);
    }
    this.lastPath = { entry, path, display: formatPath(path) };
    return this.lastPath;
  }
}
