/** The kinds of document a review case can concern (one model, different rules). */
export const DOCUMENT_KINDS = [
  'admin_normative',
  'party_normative',
  'major_decision',
  'contract',
  'disclosure',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  admin_normative: '行政规范性文件',
  party_normative: '党内规范性文件',
  major_decision: '重大行政决策',
  contract: '合同',
  disclosure: '政府信息公开',
};
