import { Flex, Input, Radio, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ReviewCaseDetail } from '../../../../shared/api';
import { VERDICT_LABELS, VERDICTS } from '../../../../shared/domain/checklist';
import { call } from '../../api/client';
import { BasisNote } from '../../lib/BasisNote';
import { formatDateTime } from '../../lib/format';
import { useReviewCaseMutation } from './useReviewCaseMutation';

type ReviewItem = ReviewCaseDetail['items'][number];
type Verdict = ReviewItem['verdict'];

const VERDICT_COLORS: Record<Verdict, string> = {
  conforming: 'green',
  nonconforming: 'red',
  not_applicable: 'default',
  pending: 'gold',
};

export interface ThreadOption {
  value: string;
  label: string;
}

interface Props {
  caseId: string;
  item: ReviewItem;
  editable: boolean;
  findingCount: number;
  /** Comment threads on the reviewed version the element may be linked to. */
  threads: ThreadOption[];
}

/**
 * One element of the checklist: what to check and where the duty comes from, the reviewer's verdict
 * (saved as soon as it is chosen) and a note (saved when the field is left).
 */
export function ChecklistItemCard({ caseId, item, editable, findingCount, threads }: Props) {
  const { element } = item;
  const [note, setNote] = useState(item.note);
  const save = useReviewCaseMutation(
    caseId,
    (input: { verdict: Verdict; note: string; annotationIds?: string[] }) =>
      call('reviews.setItem', {
        caseId,
        elementId: element.id,
        verdict: input.verdict,
        note: input.note,
        annotationIds: input.annotationIds ?? item.annotationIds,
      }),
  );
  const source = `${element.source.document}${element.source.article ?? ''}`;

  return (
    <div
      data-element-id={element.id}
      style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}
      aria-label={element.title}
      role="group"
    >
      <Flex justify="space-between" gap={16} align="flex-start">
        <div style={{ flex: 1 }}>
          <Space size={6} wrap>
            <Typography.Text strong>{element.title}</Typography.Text>
            <Tag color={VERDICT_COLORS[item.verdict]}>{VERDICT_LABELS[item.verdict]}</Tag>
            {element.local && <Tag>本地做法</Tag>}
            {findingCount > 0 && <Tag color="volcano">预审发现 {findingCount} 条</Tag>}
          </Space>
          <Typography.Paragraph style={{ margin: '4px 0' }}>{element.guidance}</Typography.Paragraph>
          {element.points && element.points.length > 0 && (
            <ol style={{ margin: '4px 0', paddingLeft: 20 }}>
              {element.points.map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ol>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            依据：{source}
          </Typography.Text>
          <BasisNote confidence={element.source.confidence} citedAs={[source, element.source.origin]} />
        </div>
        <div style={{ width: 340 }}>
          <Radio.Group
            optionType="button"
            size="small"
            aria-label={`${element.title}审核意见`}
            value={item.verdict}
            disabled={!editable || save.isPending}
            options={VERDICTS.map((verdict) => ({ value: verdict, label: VERDICT_LABELS[verdict] }))}
            onChange={(event) => save.mutate({ verdict: event.target.value as Verdict, note })}
          />
          <Input.TextArea
            aria-label={`${element.title}说明`}
            placeholder={editable ? '说明（离开输入框时保存）' : ''}
            value={note}
            readOnly={!editable}
            autoSize={{ minRows: 1, maxRows: 6 }}
            maxLength={4000}
            style={{ marginTop: 8 }}
            onChange={(event) => setNote(event.target.value)}
            onBlur={() => {
              if (editable && note.trim() !== item.note.trim()) save.mutate({ verdict: item.verdict, note });
            }}
          />
          {(threads.length > 0 || item.annotationIds.length > 0) && (
            <Select
              mode="multiple"
              size="small"
              aria-label={`${element.title}关联批注`}
              placeholder="关联条款上的批注"
              style={{ width: '100%', marginTop: 8 }}
              value={item.annotationIds}
              options={threads}
              disabled={!editable || save.isPending}
              onChange={(annotationIds: string[]) =>
                save.mutate({ verdict: item.verdict, note, annotationIds })
              }
            />
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {save.isPending
              ? '保存中…'
              : item.updatedAt
                ? `${item.updatedByName ?? ''} ${formatDateTime(item.updatedAt)} 保存`
                : ''}
            {item.annotationIds.length > 0 && ` · 关联批注 ${item.annotationIds.length} 条`}
          </Typography.Text>
        </div>
      </Flex>
    </div>
  );
}
