import { LIFECYCLE_STATE_LABELS, LIFECYCLE_STATES } from '../../../../shared/domain/cleanup/lifecycle';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS } from '../../../../shared/domain/documentKinds';
import {
  DOCUMENT_STATUS_LABELS,
  DOCUMENT_STATUSES,
  type DocumentStatus,
} from '../../../../shared/domain/documentStatus';

export const KIND_OPTIONS = DOCUMENT_KINDS.map((kind) => ({
  value: kind,
  label: DOCUMENT_KIND_LABELS[kind],
}));
/** 效力状态 of issued documents (computed), for the registry filter. */
export const LIFECYCLE_OPTIONS = LIFECYCLE_STATES.map((state) => ({
  value: state,
  label: LIFECYCLE_STATE_LABELS[state],
}));
export const STATUS_OPTIONS = DOCUMENT_STATUSES.map((status) => ({
  value: status,
  label: DOCUMENT_STATUS_LABELS[status],
}));

/** Tag colours by stage: work in progress blue, returned orange, done green, no longer in force grey. */
/** antd's preset tag colours the statuses use (statusTag.css has one rule each). */
export type StatusColor =
  'default' | 'processing' | 'success' | 'warning' | 'error' | 'cyan' | 'purple' | 'geekblue';

export const STATUS_COLORS: Record<DocumentStatus, StatusColor> = {
  drafting: 'default',
  submitted: 'processing',
  in_review: 'processing',
  returned: 'warning',
  reviewed: 'cyan',
  deliberated: 'purple',
  issued: 'geekblue',
  filed: 'success',
  in_force: 'success',
  expired: 'default',
  repealed: 'error',
};
