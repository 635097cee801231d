import { Card, Space, Tag, Typography } from 'antd';
import type { ReviewCaseDetail } from '../../../../shared/api';
import { useApiQuery } from '../../lib/useApi';
import { BasisLegend } from '../../lib/BasisLegend';
import { ChecklistItemCard, type ThreadOption } from './ChecklistItemCard';

interface Props {
  detail: ReviewCaseDetail;
  editable: boolean;
}

/** 审核要点: the kind's checklist, element by element under its groups, with the counts per verdict. */
export function ReviewChecklist({ detail, editable }: Props) {
  const { summary } = detail;
  // The comment threads on the reviewed version, so an element can point at the clauses it concerns.
  const threads = useApiQuery('annotations.list', {
    documentId: detail.case.documentId,
    versionId: detail.case.versionId,
  });
  const threadOptions: ThreadOption[] = (threads.data ?? []).map((thread) => ({
    value: thread.id,
    label: `“${thread.originSelector.exact.slice(0, 24)}”：${thread.body.slice(0, 30)}`,
  }));
  const findingsPerElement = new Map<string, number>();
  for (const finding of detail.findings) {
    if (finding.state === 'dismissed') continue;
    findingsPerElement.set(finding.elementId, (findingsPerElement.get(finding.elementId) ?? 0) + 1);
  }
  return (
    <Card
      title={`审核要点 · ${detail.checklistTitle}`}
      extra={
        <Space size={4}>
          <Tag color="green">符合 {summary.conforming}</Tag>
          <Tag color="red">不符合 {summary.nonconforming}</Tag>
          <Tag>不适用 {summary.notApplicable}</Tag>
          <Tag color="gold">待定 {summary.pending}</Tag>
        </Space>
      }
    >
      <BasisLegend />
      {detail.groups.map((group) => {
        const items = detail.items.filter((item) => item.element.group === group.id);
        if (items.length === 0) return null;
        return (
          <section key={group.id} style={{ marginBottom: 16 }}>
            <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
              {group.title}
            </Typography.Title>
            {items.map((item) => (
              <ChecklistItemCard
                key={`${item.element.id}:${item.updatedAt ?? ''}`}
                caseId={detail.case.id}
                item={item}
                editable={editable}
                findingCount={findingsPerElement.get(item.element.id) ?? 0}
                threads={threadOptions}
              />
            ))}
          </section>
        );
      })}
    </Card>
  );
}
