import { formatChineseNumber } from './chineseNumerals';
import type { StructureNode } from './types';

export const PATH_SEPARATOR = ' › ';

/** '第三章 › 第十二条 › 第二款' */
export function formatPath(path: readonly StructureNode[]): string {
  return path.map((node) => node.label).join(PATH_SEPARATOR);
}

/** Nodes of 款/项/目 are the same for every article: made once per number and shared (read-only). */
function shared(make: (number: number) => StructureNode): (number: number) => StructureNode {
  const made: StructureNode[] = [];
  return (number) => (made[number] ??= make(number));
}

/** 款 have no number in the text: the n-th paragraph of an article is 第n款. */
export const clauseNode = shared((number) => ({
  kind: 'clause',
  number,
  label: `第${formatChineseNumber(number)}款`,
}));

/** 项 are cited with their parenthesized numeral: 第（三）项. */
export const itemNode = shared((number) => ({
  kind: 'item',
  number,
  label: `第（${formatChineseNumber(number)}）项`,
}));

/** 目 are cited with their Arabic number: 第2目. */
export const subitemNode = shared((number) => ({ kind: 'subitem', number, label: `第${number}目` }));

/** The citation of a path's innermost units without separators, e.g. 第十二条第二款第（一）项. */
export function citation(path: readonly StructureNode[]): string {
  const from = path.findIndex((node) => node.kind === 'article');
  return (from < 0 ? path : path.slice(from)).map((node) => node.label).join('');
}
