import { CheckOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import type { AnnotationThread } from '../../../../shared/api';
import { formatDateTime } from '../../lib/format';
import { useApiError } from '../../lib/useApiError';
import { AnchorStatusTag } from './AnchorStatusTag';
import { ReplyForm } from './ReplyForm';
import { ThreadQuote } from './ThreadQuote';
import { useThreadActions } from './useThreads';

interface Props {
  thread: AnnotationThread;
  /** Structural place of the thread's text, e.g. 第三章 › 第十七条. */
  location: string | undefined;
  active: boolean;
  /** The thread was focused from the text: bring the card into view and give it the focus. */
  reveal: boolean;
  onActivate: (id: string) => void;
  onHover: (id: string | null) => void;
}

/** 批注卡片: one thread in the margin, with its quote, place, comment, replies and state. */
export function ThreadCard({ thread, location, active, reveal, onActivate, onHover }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const showError = useApiError();
  const { reply, resolve, reopen } = useThreadActions(thread.documentId);
  const resolved = thread.state === 'resolved';

  useEffect(() => {
    if (!reveal || !ref.current) return;
    ref.current.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
    ref.current.focus({ preventScroll: true });
  }, [reveal]);

  return (
    <Card
      ref={ref}
      size="small"
      tabIndex={0}
      role="article"
      aria-label={`批注：${thread.body.slice(0, 20)}`}
      data-thread-id={thread.id}
      data-active={active || undefined}
      style={{
        marginBottom: 12,
        cursor: 'pointer',
        borderColor: active ? '#1677ff' : undefined,
        boxShadow: active ? '0 0 0 2px rgba(22, 119, 255, 0.2)' : undefined,
        opacity: resolved && !active ? 0.75 : 1,
      }}
      onClick={() => onActivate(thread.id)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && event.target === event.currentTarget) onActivate(thread.id);
      }}
      onMouseEnter={() => onHover(thread.id)}
      onMouseLeave={() => onHover(null)}
    >
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Space size={4} wrap>
          <AnchorStatusTag status={thread.status} />
          {location && <Typography.Text type="secondary">{location}</Typography.Text>}
        </Space>
        {resolved && <Tag color="default">已解决</Tag>}
      </Flex>
      <ThreadQuote thread={thread} />
      <Typography.Text strong>{thread.createdByName}</Typography.Text>
      <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
        {formatDateTime(thread.createdAt)}
      </Typography.Text>
      <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
        {thread.body}
      </Typography.Paragraph>
      {thread.replies.map((answer) => (
        <div key={answer.id} style={{ marginTop: 8, paddingLeft: 12, borderLeft: '2px solid #f0f0f0' }}>
          <Typography.Text strong>{answer.createdByName}</Typography.Text>
          <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
            {formatDateTime(answer.createdAt)}
          </Typography.Text>
          <div style={{ whiteSpace: 'pre-wrap' }}>{answer.body}</div>
        </div>
      ))}
      {resolved && thread.resolvedAt && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
          {thread.resolvedByName ?? ''} 于 {formatDateTime(thread.resolvedAt)} 标记为已解决
        </Typography.Text>
      )}
      {!resolved && (
        <ReplyForm
          submitting={reply.isPending}
          onSubmit={(body) =>
            reply.mutateAsync({ annotationId: thread.id, body }).catch((error: unknown) => {
              showError(error);
              throw error;
            })
          }
        />
      )}
      <Flex justify="flex-end" style={{ marginTop: 8 }}>
        {resolved ? (
          <Button
            size="small"
            icon={<UndoOutlined />}
            loading={reopen.isPending}
            onClick={(event) => {
              event.stopPropagation();
              reopen.mutate(thread.id, { onError: (error) => showError(error) });
            }}
          >
            重新打开
          </Button>
        ) : (
          <Button
            size="small"
            icon={<CheckOutlined />}
            loading={resolve.isPending}
            onClick={(event) => {
              event.stopPropagation();
              resolve.mutate(thread.id, { onError: (error) => showError(error) });
            }}
          >
            解决
          </Button>
        )}
      </Flex>
    </Card>
  );
}
