import type { Block } from '../blocks';
import { blockText } from '../blocks';
import { formatPath } from './paths';
import { StructureScan } from './scanStructure';
import type { ArticleView, BlockStructure, DocumentStructure } from './types';

/**
 * The structure of a version (DESIGN §3): for every block its role, structural path (第三章 › 第十二条 ›
 * 第二款) and own numbering, and the articles view. See StructureScan for what is recognized.
 */
export function parseStructure(blocks: readonly Block[]): DocumentStructure {
  const scan = new StructureScan(blocks);
  const structures: BlockStructure[] = scan.blocks.map((entry, index) => {
    const structure: BlockStructure = {
      blockId: blocks[index]?.id ?? '',
      index,
      role: entry.role,
      path: scan.path(index),
      display: scan.display(index),
      prefix: entry.prefix,
    };
    if (entry.prefixKind) structure.prefixKind = entry.prefixKind;
    if (entry.article) structure.article = entry.article.index;
    return structure;
  });
  const articles: ArticleView[] = scan.articles.map((article) => {
    const path = scan.articlePath(article.index);
    const view: ArticleView = {
      number: article.node.number,
      label: article.node.label,
      path,
      display: formatPath(path),
      blockIds: blocks.slice(article.start, article.end).map((block) => block.id),
      start: article.start,
      end: article.end,
      text: blocks
        .slice(article.start, article.end)
        .map((block) => blockText(block))
        .join('\n'),
    };
    if (article.node.suffix !== undefined) view.suffix = article.node.suffix;
    return view;
  });
  return { blocks: structures, articles };
}
