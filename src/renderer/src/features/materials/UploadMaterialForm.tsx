import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Flex, Form, Input, Progress, Select, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { useApiError } from '../../lib/useApiError';
import { readFileAsBase64 } from '../../lib/readFileAsBase64';
import {
  formatSize,
  MAX_UPLOAD_BYTES,
  MAX_UPLOAD_LABEL,
  UPLOAD_KIND_OPTIONS,
  type UploadableKind,
} from './materialLabels';

interface Values {
  materialKind: UploadableKind;
  files: UploadFile[];
  note?: string;
}

type Phase = { step: 'idle' } | { step: 'reading'; percent: number } | { step: 'uploading' };

function fileRule(files: UploadFile[] | undefined): Promise<void> {
  const file = files?.[0]?.originFileObj;
  if (!file) return Promise.reject(new Error('请选择要上传的文件'));
  if (file.size === 0) return Promise.reject(new Error('文件是空的，不能上传'));
  if (file.size > MAX_UPLOAD_BYTES) {
    return Promise.reject(
      new Error(`文件大小为 ${formatSize(file.size)}，超过了 ${MAX_UPLOAD_LABEL} 的上限，不能上传`),
    );
  }
  return Promise.resolve();
}

/** 上传材料: any file, kept with its SHA-256 under the chosen material kind. */
export function UploadMaterialForm({ documentId }: { documentId: string }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useApiError();
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });

  const upload = useMutation({
    mutationFn: async (values: Values) => {
      const file = values.files[0]?.originFileObj;
      if (!file) throw new Error('no file');
      setPhase({ step: 'reading', percent: 0 });
      const data = await readFileAsBase64(file, (percent) => setPhase({ step: 'reading', percent }));
      setPhase({ step: 'uploading' });
      return call('materials.upload', {
        documentId,
        materialKind: values.materialKind,
        fileName: file.name,
        mediaType: file.type || 'application/octet-stream',
        data,
        note: values.note ?? '',
      });
    },
    onSuccess: (stored) => {
      void message.success(`已上传“${stored.fileName}”`);
      form.resetFields(['files', 'note']);
    },
    onError: (error) => showError(error, form),
    onSettled: () => setPhase({ step: 'idle' }),
  });

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      aria-label="上传材料"
      onFinish={(values) => upload.mutate(values)}
      disabled={upload.isPending}
    >
      <Flex gap={16} wrap align="flex-start">
        <Form.Item
          label="材料类别"
          name="materialKind"
          rules={[{ required: true, message: '请选择材料类别' }]}
          style={{ width: 280 }}
        >
          <Select
            options={UPLOAD_KIND_OPTIONS}
            placeholder="选择类别"
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item
          label="文件"
          name="files"
          valuePropName="fileList"
          getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList.slice(-1)}
          rules={[{ validator: (_rule, files: UploadFile[] | undefined) => fileRule(files) }]}
          extra={`单个文件不超过 ${MAX_UPLOAD_LABEL}`}
        >
          <Upload beforeUpload={() => false} maxCount={1}>
            <Button icon={<UploadOutlined />}>选择文件</Button>
          </Upload>
        </Form.Item>
        <Form.Item label="说明" name="note" style={{ flex: 1, minWidth: 200 }}>
          <Input maxLength={500} placeholder="可选" />
        </Form.Item>
      </Flex>
      <Flex gap={16} align="center">
        <Button type="primary" htmlType="submit" loading={upload.isPending}>
          上传
        </Button>
        {phase.step === 'reading' && (
          <Flex gap={8} align="center" style={{ flex: 1, maxWidth: 360 }}>
            <Typography.Text type="secondary">读取文件</Typography.Text>
            <Progress percent={phase.percent} size="small" style={{ flex: 1, margin: 0 }} />
          </Flex>
        )}
        {phase.step === 'uploading' && (
          <Typography.Text type="secondary">正在上传并计算 SHA-256……</Typography.Text>
        )}
      </Flex>
    </Form>
  );
}
