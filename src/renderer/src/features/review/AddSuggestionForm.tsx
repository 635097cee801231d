import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Select } from 'antd';
import { AddSuggestionInput } from '../../../../shared/api';
import { blockText } from '../../../../shared/domain/blocks';
import { call } from '../../api/client';
import { zodRule } from '../../lib/formRules';
import { useApiQuery } from '../../lib/useApi';
import { useReviewCaseMutation } from './useReviewCaseMutation';

interface Values {
  blockId?: string;
  label?: string;
  original?: string;
  suggestion: string;
}

/** 第X条 at the start of a clause, as the opinion names it. */
const ARTICLE = /^第[一二三四五六七八九十百千零〇两\d]+条/;

interface Props {
  caseId: string;
  documentId: string;
  versionId: string;
}

/**
 * 逐条修改意见: pick the clause of the reviewed version (its article number and text are filled in),
 * then write what should change.
 */
export function AddSuggestionForm({ caseId, documentId, versionId }: Props) {
  const [form] = Form.useForm<Values>();
  const version = useApiQuery('versions.get', { id: versionId });
  const add = useReviewCaseMutation(
    caseId,
    (values: Values) =>
      call('reviews.addSuggestion', {
        caseId,
        blockId: values.blockId ?? null,
        label: values.label ?? '',
        original: values.original ?? '',
        suggestion: values.suggestion,
      }),
    () => form.resetFields(),
  );
  const clauses = (version.data?.documentId === documentId ? version.data.blocks : [])
    .filter((block) => block.kind !== 'title' && block.kind !== 'table')
    .map((block) => ({ id: block.id, text: blockText(block) }))
    .filter((clause) => clause.text.trim() !== '');

  const pickClause = (blockId: string | undefined) => {
    const clause = clauses.find((candidate) => candidate.id === blockId);
    if (!clause) return;
    form.setFieldsValue({ label: ARTICLE.exec(clause.text)?.[0] ?? '', original: clause.text });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      aria-label="添加修改建议"
      onFinish={(values) => add.mutate(values)}
    >
      <Flex gap={16}>
        <Form.Item label="条款" name="blockId" style={{ flex: 2 }}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="选择条款，自动填入原文"
            loading={version.isPending}
            options={clauses.map((clause) => ({
              value: clause.id,
              label: clause.text.length > 40 ? `${clause.text.slice(0, 40)}…` : clause.text,
            }))}
            onChange={pickClause}
          />
        </Form.Item>
        <Form.Item label="条款序号" name="label" style={{ width: 160 }}>
          <Input placeholder="如：第七条" maxLength={60} />
        </Form.Item>
      </Flex>
      <Form.Item label="原文" name="original">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={4000} />
      </Form.Item>
      <Form.Item label="修改建议" name="suggestion" rules={[zodRule(AddSuggestionInput.shape.suggestion)]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} />
      </Form.Item>
      <Button htmlType="submit" icon={<PlusOutlined />} loading={add.isPending}>
        添加修改建议
      </Button>
    </Form>
  );
}
