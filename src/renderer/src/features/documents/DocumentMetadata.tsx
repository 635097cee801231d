import { Descriptions, Typography } from 'antd';
import type { DocumentSummary } from '../../../../shared/api';
import { DOCUMENT_KIND_LABELS } from '../../../../shared/domain/documentKinds';
import { formatDateTime } from '../../lib/format';
import { DocumentStatusTag } from './DocumentStatusTag';

export function DocumentMetadata({ document }: { document: DocumentSummary }) {
  const none = <Typography.Text type="secondary">未填写</Typography.Text>;
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'kind', label: '类别', children: DOCUMENT_KIND_LABELS[document.kind] },
        { key: 'status', label: '状态', children: <DocumentStatusTag status={document.status} /> },
        { key: 'draftingUnit', label: '起草单位', children: document.draftingUnit },
        { key: 'issuingAuthority', label: '制定机关', children: document.issuingAuthority },
        { key: 'responsiblePerson', label: '责任人', children: document.responsiblePerson || none },
        {
          key: 'docNumber',
          label: '文号',
          children: document.docNumber ?? <Typography.Text type="secondary">未编号</Typography.Text>,
        },
        { key: 'year', label: '年度', children: document.year },
        { key: 'createdAt', label: '登记时间', children: formatDateTime(document.createdAt) },
        { key: 'updatedAt', label: '更新时间', children: formatDateTime(document.updatedAt) },
      ]}
    />
  );
}
