import { App, Button, Card, Input, Typography } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { useReviewCaseMutation } from './useReviewCaseMutation';

interface Props {
  caseId: string;
  opinion: string;
  editable: boolean;
}

const LIMIT = 20000;

/** 审核意见: the reviewer's overall opinion, which opens the 合法性审核意见书 before the checklist table. */
export function OpinionEditor({ caseId, opinion, editable }: Props) {
  const { message } = App.useApp();
  const [text, setText] = useState(opinion);
  const save = useReviewCaseMutation(
    caseId,
    (value: string) => call('reviews.setOpinion', { caseId, opinion: value }),
    () => void message.success('审核意见已保存'),
  );
  const dirty = text.trim() !== opinion.trim();
  return (
    <Card
      title="总体审核意见"
      extra={
        editable && (
          <Button
            type="primary"
            size="small"
            disabled={!dirty}
            loading={save.isPending}
            onClick={() => save.mutate(text)}
          >
            保存意见
          </Button>
        )
      }
    >
      {editable ? (
        <Input.TextArea
          aria-label="总体审核意见"
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoSize={{ minRows: 4, maxRows: 16 }}
          maxLength={LIMIT}
          placeholder="如：经审核，该文件制定主体适格，但第七条设定罚款、第八条设定查封扣押等行政强制措施，超越规范性文件权限，建议删除后提交审议。"
        />
      ) : (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {opinion || '（尚未填写）'}
        </Typography.Paragraph>
      )}
      {editable && dirty && (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          有未保存的修改
        </Typography.Text>
      )}
    </Card>
  );
}
