import { Alert, Form, Input, Modal, Typography } from 'antd';
import type { DecisionCatalogView, DecisionItemView } from '../../../../shared/api';
import { useCatalogMutation } from './useCatalogMutation';
import { useEnterSubmit } from '../../lib/useEnterSubmit';
import { submitAgainWhenOverrun } from '../../lib/submitAgain';

/** 移出事项: the item stays in the catalog's records, marked removed; after publication with a reason. */
export function RemoveItemDialog({
  catalog,
  item,
  onClose,
}: {
  catalog: DecisionCatalogView;
  item: DecisionItemView;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ reason?: string }>();
  const onKeyDown = useEnterSubmit(() => form.submit());
  const { run, refusal, pending } = useCatalogMutation('decisionCatalogs.removeItem', onClose);
  const published = catalog.status === 'published';
  return (
    <Modal
      open
      title="移出事项"
      okText="移出"
      okButtonProps={{ danger: true }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      mask={{ closable: false }}
    >
      {refusal && <Alert type="error" showIcon role="alert" title={refusal} style={{ marginBottom: 16 }} />}
      <Typography.Paragraph>将“{item.name}”移出目录。移出的事项保留在变更记录中。</Typography.Paragraph>
      <Form
        form={form}
        onFinishFailed={submitAgainWhenOverrun(form)}
        onKeyDown={onKeyDown}
        layout="vertical"
        aria-label="移出事项"
        onFinish={(values) => run({ itemId: item.id, reason: values.reason }, form)}
      >
        <Form.Item
          label={published ? '调整理由' : '理由（可不填）'}
          name="reason"
          rules={published ? [{ required: true, whitespace: true, message: '请说明调整理由' }] : []}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
