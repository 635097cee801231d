import { AutoComplete, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { VERSION_LABELS } from '../../../../../shared/api/schemas/drafting';
import { useApiError } from '../../../lib/useApiError';
import { useEnterSubmit } from '../../../lib/useEnterSubmit';
import { validFields } from '../../../lib/validFields';

export interface VersionFields {
  label: string;
  note: string;
}

/** "保存版本": a label from the usual stages (or any text) and a note. */
export function SaveVersionModal({
  open,
  onCancel,
  onSubmit,
}: {
  open: boolean;
  onCancel: () => void;
  onSubmit: (fields: VersionFields) => Promise<void>;
}) {
  const [form] = Form.useForm<VersionFields>();
  const [saving, setSaving] = useState(false);
  const showError = useApiError();
  const submit = async () => {
    // A field that fails its rule shows its message under it; nothing to do here.
    const fields = await validFields(form);
    if (!fields) return;
    setSaving(true);
    try {
      await onSubmit({ label: fields.label.trim(), note: (fields.note ?? '').trim() });
      form.resetFields();
    } catch (error) {
      showError(error, form);
    } finally {
      setSaving(false);
    }
  };
  const onKeyDown = useEnterSubmit(() => void submit());
  return (
    <Modal
      title="保存版本"
      open={open}
      okText="保存"
      onOk={() => void submit()}
      onCancel={onCancel}
      confirmLoading={saving}
      destroyOnHidden
    >
      <p style={{ color: 'rgba(0,0,0,0.55)' }}>
        版本保存后不可修改，记录保存人、时间和内容哈希；之后仍可继续编辑草稿。
      </p>
      <Form
        form={form}
        layout="vertical"
        onKeyDown={onKeyDown}
        initialValues={{ label: VERSION_LABELS[0], note: '' }}
      >
        <Form.Item
          name="label"
          label="版本标签"
          rules={[
            { required: true, whitespace: true, message: '请填写版本标签' },
            { max: 60, message: '版本标签最多 60 个字符' },
          ]}
        >
          <AutoComplete
            options={VERSION_LABELS.map((label) => ({ value: label }))}
            placeholder="选择或输入，如 征求意见稿"
          />
        </Form.Item>
        <Form.Item name="note" label="说明" rules={[{ max: 2000, message: '说明最多 2000 个字符' }]}>
          <Input.TextArea rows={3} placeholder="本版本的修改要点（可选）" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
