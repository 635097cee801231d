export { articles } from './articles';
export { blockCitation } from './blockCitation';
export { CHINESE_NUMERAL_CHARS, formatChineseNumber, parseChineseNumber } from './chineseNumerals';
export { parseStructure } from './parseStructure';
export { citation, formatPath, PATH_SEPARATOR } from './paths';
export {
  looksLikeHeading,
  matchArticle,
  matchDivision,
  matchGbNumbering,
  matchItem,
  matchSubitem,
} from './patterns';
export type {
  ArticleView,
  BlockRole,
  BlockStructure,
  DocumentStructure,
  StructureNode,
  StructureNodeKind,
} from './types';
