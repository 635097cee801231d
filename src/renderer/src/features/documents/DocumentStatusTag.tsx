import { DOCUMENT_STATUS_LABELS, type DocumentStatus } from '../../../../shared/domain/documentStatus';
import { STATUS_COLORS } from './labels';
import './statusTag.css';

/** A document's status as a coloured tag (plain CSS in antd's tag colours: the registry rows use it). */
export function DocumentStatusTag({ status }: { status: DocumentStatus }) {
  return <span className={`nd-tag nd-tag-${STATUS_COLORS[status]}`}>{DOCUMENT_STATUS_LABELS[status]}</span>;
}
