/**
 * Where a search hit is: a document's metadata (标题, 文号, 登记号, 起草单位), the text of a version or of
 * the working draft, a comment thread, the review (opinion, checklist notes, findings), a filing outcome
 * or a cleanup decision.
 */
export const SEARCH_SOURCES = [
  'document',
  'version',
  'draft',
  'annotation',
  'review',
  'filing',
  'cleanup',
] as const;
export type SearchSource = (typeof SEARCH_SOURCES)[number];

export const SEARCH_SOURCE_LABELS: Record<SearchSource, string> = {
  document: '文件信息',
  version: '版本正文',
  draft: '草稿正文',
  annotation: '批注',
  review: '审核意见',
  filing: '备案',
  cleanup: '清理',
};
