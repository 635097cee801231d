export { blockEntries, type BlockEntry } from './entries';
export {
  foldCase,
  ftsPhrase,
  matchesAll,
  MAX_TERMS,
  parseSearchQuery,
  planTerm,
  spacedText,
  type TermPlan,
} from './query';
export { SEARCH_SOURCE_LABELS, SEARCH_SOURCES, type SearchSource } from './sources';
export { matchRanges, snippetSegments, type SnippetSegment } from './snippet';
