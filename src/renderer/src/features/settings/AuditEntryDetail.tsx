import { Descriptions, Typography } from 'antd';
import type { AuditListEntry } from '../../../../shared/api';
import { auditDetailFields } from '../../../../shared/domain/audit/auditSubject';

/** 详情 of one entry: the fields it recorded, with their Chinese names (no ids, no raw JSON). */
export function AuditEntryDetail({ entry }: { entry: AuditListEntry }) {
  const fields = auditDetailFields(entry.detail);
  if (fields.length === 0) return <Typography.Text type="secondary">本条记录没有其他内容。</Typography.Text>;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      data-testid={`audit-detail-${entry.seq}`}
      items={fields.map((field, index) => ({
        key: String(index),
        label: field.label,
        children: <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{field.value}</span>,
      }))}
    />
  );
}
