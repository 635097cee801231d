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
import type { ArticleView, BlockRole, BlockStructure, DocumentStructure, StructureNode } from './types';

const DIVISION_ORDER: readonly DivisionKind[] = ['part', 'subpart', 'chapter', 'section'];

interface OpenArticle {
  node: StructureNode;
  index: number;
  clauses: number;
  item: StructureNode | null;
  subitem: StructureNode | null;
}

/** What the walk records per block; paths are assembled once every article's clause count is known. */
interface Step {
  role: BlockRole;
  outer: StructureNode[];
  article: OpenArticle | null;
  clause: number;
  item: StructureNode | null;
  subitem: StructureNode | null;
  prefix: string;
  prefixKind?: StructureNode['kind'];
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
 * Reads the structure of a version from its text (DESIGN §3): 第X编/分编/章/节 divisions, 第X条 articles
 * with their 款 (paragraphs), （一）项 and 1. 目, GB/T 9704 headings 一、（一）1.（1）in documents without
 * articles, the title, the preamble and a table of contents (目录, whose entries are not divisions).
 */
export function parseStructure(blocks: readonly Block[]): DocumentStructure {
  const divisions: Partial<Record<DivisionKind, StructureNode>> = {};
  let headings: StructureNode[] = [];
  let outer: StructureNode[] = [];
  let article: OpenArticle | null = null;
  let toc: { first: string | null } | null = null;
  let seenBody = false;
  const opened: OpenArticle[] = [];
  const steps: Step[] = [];

  const refreshOuter = () => {
    outer = [...DIVISION_ORDER.flatMap((kind) => divisions[kind] ?? []), ...headings];
  };
  const step = (role: BlockRole, prefix = '', prefixKind?: StructureNode['kind']): Step => ({
    role,
    outer,
    article,
    clause: article?.clauses ?? 0,
    item: article?.item ?? null,
    subitem: article?.subitem ?? null,
    prefix,
    ...(prefixKind ? { prefixKind } : {}),
  });

  blocks.forEach((block) => {
    const text = blockText(block);
    const division = block.kind === 'table' ? null : matchDivision(text);
    if (toc) {
      // Entries run until the first one comes round again as the real heading (or body text starts).
      const entry = division?.label ?? (looksLikeHeading(text) && !matchArticle(text) ? text.trim() : null);
      if (entry !== null && entry !== toc.first) {
        toc.first ??= entry;
        steps.push(step('toc'));
        return;
      }
      toc = null;
    }
    if (block.kind === 'title') {
      for (const kind of DIVISION_ORDER) delete divisions[kind];
      headings = [];
      article = null;
      seenBody = false;
      refreshOuter();
      steps.push(step('title'));
      return;
    }
    if (block.kind === 'table') {
      steps.push(step('table'));
      return;
    }
    if (isTableOfContentsLine(text) && !article) {
      toc = { first: null };
      steps.push(step('toc'));
      return;
    }
    if (division) {
      const node: StructureNode = { kind: division.kind, number: division.number, label: division.label };
      if (division.title) node.title = division.title;
      if (isSupplementaryTitle(division.title)) node.supplementary = true;
      const level = DIVISION_ORDER.indexOf(division.kind);
      for (const kind of DIVISION_ORDER.slice(level)) delete divisions[kind];
      divisions[division.kind] = node;
      headings = [];
      article = null;
      seenBody = true;
      refreshOuter();
      steps.push(step('division', division.prefix, division.kind));
      return;
    }
    const articleMatch = matchArticle(text);
    if (articleMatch) {
      const node: StructureNode = { kind: 'article', number: articleMatch.number, label: articleMatch.label };
      if (articleMatch.suffix !== undefined) node.suffix = articleMatch.suffix;
      const body = text.slice(articleMatch.prefix.length).trim();
      article = { node, index: opened.length, clauses: body ? 1 : 0, item: null, subitem: null };
      opened.push(article);
      seenBody = true;
      steps.push(step('article', articleMatch.prefix, 'article'));
      return;
    }
    const gb = matchGbNumbering(text);
    const isHeading = block.kind === 'heading' || (gb?.level === 1 && looksLikeHeading(text));
    if (article && !isHeading) {
      const item = matchItem(text);
      if (item) {
        article.clauses ||= 1;
        article.item = itemNode(item.number);
        article.subitem = null;
        steps.push(step('item', item.prefix, 'item'));
        return;
      }
      const subitem = matchSubitem(text);
      if (subitem) {
        article.clauses ||= 1;
        article.subitem = subitemNode(subitem.number);
        steps.push(step('subitem', subitem.prefix, 'subitem'));
        return;
      }
      article.clauses += 1;
      article.item = null;
      article.subitem = null;
      steps.push(step('clause'));
      return;
    }
    if (gb || block.kind === 'heading') {
      const level = gb?.level ?? Math.min(4, Math.max(1, block.level ?? 1));
      const numbering = gb ?? { prefix: '', label: '', number: 0, level };
      const headingLine = isHeading || looksLikeHeading(text);
      headings = [
        ...headings.filter((node) => (node.level ?? 0) < level),
        headingNode(numbering, text.slice(numbering.prefix.length).trim(), headingLine),
      ];
      article = null;
      seenBody = true;
      refreshOuter();
      steps.push(
        step(isHeading || looksLikeHeading(text) ? 'heading' : 'paragraph', numbering.prefix, 'heading'),
      );
      return;
    }
    steps.push(step(seenBody ? 'paragraph' : 'preamble'));
  });

  return assemble(blocks, steps, opened);
}

function assemble(
  blocks: readonly Block[],
  steps: readonly Step[],
  opened: readonly OpenArticle[],
): DocumentStructure {
  const structures: BlockStructure[] = steps.map((entry, index) => {
    const path = [...entry.outer];
    const open = entry.article;
    if (open) {
      path.push(open.node);
      // A one-paragraph article is cited as 第十二条, not 第十二条第一款.
      if (open.clauses > 1 && entry.clause > 0) path.push(clauseNode(entry.clause));
      if (entry.item) path.push(entry.item);
      if (entry.subitem) path.push(entry.subitem);
    }
    const structure: BlockStructure = {
      blockId: blocks[index]?.id ?? '',
      index,
      role: entry.role,
      path,
      display: formatPath(path),
      prefix: entry.prefix,
    };
    if (entry.prefixKind) structure.prefixKind = entry.prefixKind;
    if (open) structure.article = open.index;
    return structure;
  });
  const membersOf: BlockStructure[][] = opened.map(() => []);
  for (const structure of structures) {
    if (structure.article !== undefined) membersOf[structure.article]?.push(structure);
  }
  const articles: ArticleView[] = opened.map((open) => {
    const members = membersOf[open.index] ?? [];
    const start = members[0]?.index ?? 0;
    const end = (members[members.length - 1]?.index ?? start) + 1;
    const first = members[0]?.path ?? [];
    const path = first.slice(0, first.indexOf(open.node) + 1);
    const view: ArticleView = {
      number: open.node.number,
      label: open.node.label,
      path,
      display: formatPath(path),
      blockIds: members.map((member) => member.blockId),
      start,
      end,
      text: blocks
        .slice(start, end)
        .map((block) => blockText(block))
        .join('\n'),
    };
    if (open.node.suffix !== undefined) view.suffix = open.node.suffix;
    return view;
  });
  return { blocks: structures, articles };
}
