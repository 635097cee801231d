import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Divider, Popconfirm, Table } from 'antd';
import type { TableProps } from 'antd';
import type { ReviewCaseDetail } from '../../../../shared/api';
import { call } from '../../api/client';
import { AddSuggestionForm } from './AddSuggestionForm';
import { useReviewCaseMutation } from './useReviewCaseMutation';

type Suggestion = ReviewCaseDetail['suggestions'][number];

interface Props {
  detail: ReviewCaseDetail;
  editable: boolean;
}

/** 逐条修改意见: clause, original text and the suggested change, in the order the opinion lists them. */
export function SuggestionList({ detail, editable }: Props) {
  const caseId = detail.case.id;
  const remove = useReviewCaseMutation(caseId, (id: string) => call('reviews.removeSuggestion', { id }));
  const columns: TableProps<Suggestion>['columns'] = [
    { title: '序号', dataIndex: 'seq', width: 60 },
    { title: '条款', dataIndex: 'label', width: 110, render: (label: string) => label || '—' },
    { title: '原文', dataIndex: 'original', render: (original: string) => original || '—' },
    { title: '修改建议', dataIndex: 'suggestion' },
    { title: '提出人', dataIndex: 'createdByName', width: 90 },
    ...(editable
      ? [
          {
            title: '操作',
            key: 'remove',
            width: 80,
            render: (_value: unknown, suggestion: Suggestion) => (
              <Popconfirm
                title="删除这条修改建议？"
                okText="删除"
                cancelText="取消"
                onConfirm={() => remove.mutate(suggestion.id)}
              >
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label="删除修改建议" />
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card title="逐条修改意见">
      <Table<Suggestion>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={[...detail.suggestions].sort((a, b) => a.seq - b.seq)}
        pagination={false}
        locale={{ emptyText: '暂无修改意见' }}
      />
      {editable && (
        <>
          <Divider />
          <AddSuggestionForm
            caseId={caseId}
            documentId={detail.case.documentId}
            versionId={detail.version.id}
          />
        </>
      )}
    </Card>
  );
}
