import { Form, Input, Modal, Radio } from 'antd';
import {
  DISPOSITION_LABELS,
  DISPOSITIONS,
  type Disposition,
} from '../../../../shared/domain/cleanup/campaigns';
import { useEnterSubmit } from '../../lib/useEnterSubmit';
import { submitAgainWhenOverrun } from '../../lib/submitAgain';

interface Props {
  open: boolean;
  count: number;
  pending: boolean;
  onCancel: () => void;
  onSubmit: (values: { disposition: Disposition; reason: string }) => void;
}

/** 拟定处理意见: one disposition and one reason for every selected document. */
export function DecideDialog({ open, count, pending, onCancel, onSubmit }: Props) {
  const [form] = Form.useForm<{ disposition: Disposition; reason: string }>();
  const onKeyDown = useEnterSubmit(() => form.submit());
  return (
    <Modal
      open={open}
      title={`拟定处理意见（${count} 件）`}
      okText="确定"
      cancelText="取消"
      confirmLoading={pending}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        onFinishFailed={submitAgainWhenOverrun(form)}
        onKeyDown={onKeyDown}
        layout="vertical"
        preserve={false}
        onFinish={onSubmit}
      >
        <Form.Item
          label="处理意见"
          name="disposition"
          rules={[{ required: true, message: '请选择处理意见' }]}
        >
          <Radio.Group
            optionType="button"
            options={DISPOSITIONS.map((disposition) => ({
              value: disposition,
              label: DISPOSITION_LABELS[disposition],
            }))}
          />
        </Form.Item>
        <Form.Item
          label="清理理由"
          name="reason"
          extra="所选文件共用这一理由；已批准的处理意见重新拟定后须再经负责人批准。"
          rules={[{ required: true, whitespace: true, message: '请填写清理理由' }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
