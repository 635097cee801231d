import { Button, Flex, Input } from 'antd';
import { useState } from 'react';

interface Props {
  submitting: boolean;
  /** Resolves when the reply was saved: the box empties; on failure the text stays. */
  onSubmit: (body: string) => Promise<unknown>;
}

/** 回复: a one-box answer under a thread. */
export function ReplyForm({ submitting, onSubmit }: Props) {
  const [body, setBody] = useState('');
  const submit = () => {
    const text = body.trim();
    if (!text) return;
    onSubmit(text).then(
      () => setBody(''),
      () => undefined,
    );
  };
  return (
    <Flex gap={8} align="flex-end" style={{ marginTop: 8 }}>
      <Input.TextArea
        aria-label="回复内容"
        placeholder="回复……"
        autoSize={{ minRows: 1, maxRows: 6 }}
        value={body}
        maxLength={5000}
        onChange={(event) => setBody(event.target.value)}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
        }}
      />
      <Button
        size="small"
        loading={submitting}
        disabled={!body.trim()}
        onClick={(event) => {
          event.stopPropagation();
          submit();
        }}
      >
        回复
      </Button>
    </Flex>
  );
}
