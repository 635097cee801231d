import { Alert, Button, Card, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import type { AnnotationThread, TextSelector } from '../../../../shared/api';
import { errorMessage } from '../../api/client';
import { useCreateThread } from './useThreads';

interface Props {
  documentId: string;
  versionId: string | null;
  selector: TextSelector;
  location: string | undefined;
  onCancel: () => void;
  onCreated: (thread: AnnotationThread) => void;
}

/** 新批注: the comment that starts a thread on the selected words. */
export function NewThreadForm({ documentId, versionId, selector, location, onCancel, onCreated }: Props) {
  const [body, setBody] = useState('');
  const create = useCreateThread(documentId, versionId);
  const submit = () => {
    const text = body.trim();
    if (!text) return;
    create.mutate({ selector, body: text }, { onSuccess: onCreated });
  };
  return (
    <Card
      size="small"
      title="新批注"
      style={{ marginBottom: 12, borderColor: '#faad14' }}
      data-testid="new-thread"
      extra={location && <Typography.Text type="secondary">{location}</Typography.Text>}
    >
      <blockquote
        style={{
          margin: '0 0 8px',
          padding: '4px 8px',
          borderLeft: '3px solid #faad14',
          background: '#fffbe6',
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-all',
        }}
      >
        {selector.exact}
      </blockquote>
      <Input.TextArea
        aria-label="批注内容"
        placeholder="写下对这段文字的意见……"
        autoFocus
        autoSize={{ minRows: 3, maxRows: 10 }}
        maxLength={5000}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
          if (event.key === 'Escape') onCancel();
        }}
      />
      {create.isError && (
        <Alert type="error" showIcon style={{ marginTop: 8 }} title={errorMessage(create.error)} />
      )}
      <Flex justify="flex-end" gap={8} style={{ marginTop: 8 }}>
        <Button size="small" onClick={onCancel}>
          取消
        </Button>
        <Button
          size="small"
          type="primary"
          loading={create.isPending}
          disabled={!body.trim()}
          onClick={submit}
        >
          发表批注
        </Button>
      </Flex>
    </Card>
  );
}
