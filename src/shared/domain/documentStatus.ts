/**
 * Lifecycle states of a document. The workflow machines decide which transitions are allowed;
 * this list only names the states so that the registry can filter and label them.
 */
export const DOCUMENT_STATUSES = [
  'drafting',
  'submitted',
  'in_review',
  'returned',
  'reviewed',
  'deliberated',
  'issued',
  'filed',
  'in_force',
  'expired',
  'repealed',
] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const DOCUMENT_STATUS_LABELS: Record<DocumentStatus, string> = {
  drafting: '起草',
  submitted: '送审',
  in_review: '审核中',
  returned: '退回补正',
  reviewed: '审核完成',
  deliberated: '集体审议',
  issued: '印发',
  filed: '已备案',
  in_force: '有效',
  expired: '失效',
  repealed: '废止',
};
