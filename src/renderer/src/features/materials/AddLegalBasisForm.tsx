import { PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input } from 'antd';
import { AddLegalBasisInput } from '../../../../shared/api';
import { call } from '../../api/client';
import { zodRule } from '../../lib/formRules';
import { useApiError } from '../../lib/useApiError';

interface Values {
  lawTitle: string;
  article?: string;
  note?: string;
}

/** 添加制定依据: one law (title without 《》, which are added when shown), its article and a note. */
export function AddLegalBasisForm({ documentId }: { documentId: string }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useApiError();
  const add = useMutation({
    mutationFn: (values: Values) =>
      call('legalBases.add', {
        documentId,
        lawTitle: values.lawTitle,
        article: values.article ?? '',
        note: values.note ?? '',
      }),
    onSuccess: (basis) => {
      void message.success(`已添加《${basis.lawTitle}》`);
      form.resetFields();
    },
    onError: (error) => showError(error, form),
  });
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      aria-label="添加制定依据"
      onFinish={(values) => add.mutate(values)}
    >
      <Flex gap={16} wrap align="flex-start">
        <Form.Item
          label="法律法规名称"
          name="lawTitle"
          rules={[zodRule(AddLegalBasisInput.shape.lawTitle)]}
          style={{ flex: 2, minWidth: 240 }}
        >
          <Input placeholder="如：中华人民共和国统计法" maxLength={200} />
        </Form.Item>
        <Form.Item label="条款" name="article" style={{ width: 180 }}>
          <Input placeholder="如：第七条" maxLength={100} />
        </Form.Item>
        <Form.Item label="说明" name="note" style={{ flex: 2, minWidth: 200 }}>
          <Input placeholder="可选" maxLength={500} />
        </Form.Item>
        <Form.Item label=" ">
          <Button htmlType="submit" icon={<PlusOutlined />} loading={add.isPending}>
            添加依据
          </Button>
        </Form.Item>
      </Flex>
    </Form>
  );
}
