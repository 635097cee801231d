import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, List, Radio, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import {
  TOUCHES_BUSINESS_EXPLANATION,
  TOUCHES_BUSINESS_QUESTION,
} from '../../../../shared/domain/fairCompetition';
import { call, errorMessage } from '../../api/client';
import { useHasRole } from '../../lib/session';
import { useApiQuery } from '../../lib/useApi';
import { useApiError } from '../../lib/useApiError';
import { RecordFairCompetitionModal } from './RecordFairCompetitionModal';

/**
 * 公平竞争审查 on the document and review pages: the answer to 涉及市场主体经济活动? (with the draft's
 * sentences that suggest 是 until someone answers) and the review's conclusions; the workflow holds
 * 集体审议 until one is recorded.
 */
export function FairCompetitionCard({ documentId }: { documentId: string }) {
  const view = useApiQuery('fairCompetition.get', { documentId });
  const canEdit = useHasRole('drafter', 'reviewer');
  const showError = useApiError();
  const [recording, setRecording] = useState(false);
  const answer = useMutation({
    mutationFn: (touchesBusiness: boolean) => call('fairCompetition.answer', { documentId, touchesBusiness }),
    onError: (error) => showError(error),
  });

  if (view.isPending) return null;
  if (view.isError) {
    return (
      <Alert type="error" showIcon title="无法载入公平竞争审查" description={errorMessage(view.error)} />
    );
  }
  const data = view.data;
  if (!data.applies) return null;
  const editable = canEdit && data.lockedReason === null;
  const latest = data.reviews[0];
  const current = data.answer?.touchesBusiness;

  return (
    <Card size="small" title="公平竞争审查" data-testid="fair-competition">
      <Space orientation="vertical" size="small" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong>{TOUCHES_BUSINESS_QUESTION}</Typography.Text>
          <Radio.Group
            data-testid="fair-competition-answer"
            disabled={!editable || answer.isPending}
            value={current}
            onChange={(event) => answer.mutate(event.target.value as boolean)}
            optionType="button"
            options={[
              { value: true, label: '是' },
              { value: false, label: '否' },
            ]}
          />
          {data.answer ? (
            <Typography.Text type="secondary">
              {data.answer.answeredByName ?? ''} 于 {dayjs(data.answer.answeredAt).format('YYYY-MM-DD')} 回答
            </Typography.Text>
          ) : (
            <Tag color="orange">尚未回答</Tag>
          )}
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {TOUCHES_BUSINESS_EXPLANATION}
        </Typography.Paragraph>
        {!data.answer && data.suggestion.suggested && (
          <Alert
            type="warning"
            showIcon
            data-testid="fair-competition-suggestion"
            title="预审建议回答“是”：正文中有以下涉及市场主体经济活动的内容"
            description={
              <List
                size="small"
                dataSource={data.suggestion.sentences}
                renderItem={(sentence) => (
                  <List.Item>
                    <Space wrap>
                      {sentence.categories.map((category) => (
                        <Tag key={category}>{category}</Tag>
                      ))}
                      <span>{sentence.text}</span>
                    </Space>
                  </List.Item>
                )}
              />
            }
          />
        )}
        {data.touchesBusiness &&
          (latest ? (
            <Descriptions size="small" column={1} bordered data-testid="fair-competition-conclusion">
              <Descriptions.Item label="审查结论">
                <Tag color={latest.conclusion === 'non_compliant' ? 'red' : 'green'}>
                  {latest.conclusionLabel}
                </Tag>
              </Descriptions.Item>
              <Descriptions.Item label="结论日期">{latest.reviewedOn}</Descriptions.Item>
              {latest.explanation && <Descriptions.Item label="说明">{latest.explanation}</Descriptions.Item>}
              <Descriptions.Item label="审查结论文件">{latest.attachmentName ?? '未附'}</Descriptions.Item>
              <Descriptions.Item label="登记人">{latest.recordedByName ?? ''}</Descriptions.Item>
            </Descriptions>
          ) : (
            <Alert
              type="info"
              showIcon
              title="尚未登记公平竞争审查结论：登记前不能提交集体审议（公平竞争审查条例第十八条）。"
            />
          ))}
        {data.reviews.length > 1 && (
          <Typography.Text type="secondary">
            此前的结论：
            {data.reviews
              .slice(1)
              .map((review) => `${review.reviewedOn} ${review.conclusionLabel}`)
              .join('；')}
          </Typography.Text>
        )}
        {data.lockedReason && <Typography.Text type="secondary">{data.lockedReason}</Typography.Text>}
        {editable && data.touchesBusiness && (
          <Button data-testid="record-fair-competition" onClick={() => setRecording(true)}>
            登记审查结论
          </Button>
        )}
      </Space>
      {recording && (
        <RecordFairCompetitionModal documentId={documentId} onClose={() => setRecording(false)} />
      )}
    </Card>
  );
}
