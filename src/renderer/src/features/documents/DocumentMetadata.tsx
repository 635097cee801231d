import { Descriptions, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { DocumentSummary, IssuanceView } from '../../../../shared/api';
import { DOCUMENT_KIND_LABELS } from '../../../../shared/domain/documentKinds';
import { formatDateTime } from '../../lib/format';
import { DocumentStatusTag } from './DocumentStatusTag';

/** 三统一 once issued: 登记号, 公布日期, 施行日期, 有效期至 and where it was published. */
function issuanceItems(issuance: IssuanceView): NonNullable<DescriptionsProps['items']> {
  return [
    ...(issuance.registrationNumber
      ? [{ key: 'registrationNumber', label: '登记号', children: issuance.registrationNumber }]
      : []),
    { key: 'publishedOn', label: '公布日期', children: issuance.publishedOn },
    { key: 'effectiveOn', label: '施行日期', children: issuance.effectiveOn },
    {
      key: 'validUntil',
      label: '有效期至',
      children: issuance.validUntil ?? <Typography.Text type="secondary">未设有效期</Typography.Text>,
    },
    { key: 'publishedIn', label: '公布渠道', children: issuance.publishedIn.join('、') },
    {
      key: 'approvedBy',
      label: '签发',
      children: `${issuance.approvedByName}（${formatDateTime(issuance.approvedAt)}）`,
    },
  ];
}

export function DocumentMetadata({
  document,
  issuance = null,
}: {
  document: DocumentSummary;
  issuance?: IssuanceView | null;
}) {
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
        ...(issuance ? issuanceItems(issuance) : []),
        { key: 'year', label: '年度', children: document.year },
        { key: 'createdAt', label: '登记时间', children: formatDateTime(document.createdAt) },
        { key: 'updatedAt', label: '更新时间', children: formatDateTime(document.updatedAt) },
      ]}
    />
  );
}
