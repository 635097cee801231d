import { Tag } from 'antd';
import { DOCUMENT_STATUS_LABELS, type DocumentStatus } from '../../../../shared/domain/documentStatus';
import { STATUS_COLORS } from './labels';

export function DocumentStatusTag({ status }: { status: DocumentStatus }) {
  return <Tag color={STATUS_COLORS[status]}>{DOCUMENT_STATUS_LABELS[status]}</Tag>;
}
