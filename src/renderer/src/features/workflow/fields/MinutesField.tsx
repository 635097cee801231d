import { UploadOutlined } from '@ant-design/icons';
import { Button, Form, Radio, Select, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../../lib/useApi';

type MinutesSource = 'existing' | 'upload' | 'later';

/**
 * 会议纪要 / 审议记录: one of the document's 集体审议记录 materials, a file uploaded with the record (the
 * dialog stores it as such a material first, `_minutesFiles`), or later on the 材料 tab (印发 waits for it).
 */
export function MinutesField({ documentId }: { documentId: string }) {
  const materials = useApiQuery('materials.list', { documentId });
  const minutes = (materials.data?.files ?? []).filter(
    (file) => file.materialKind === 'deliberation_record' && !file.withdrawnAt,
  );
  const [chosen, setChosen] = useState<MinutesSource | null>(null);
  const source = chosen ?? (minutes.length > 0 ? 'existing' : 'upload');

  return (
    <>
      <Form.Item label="会议纪要（审议记录）" style={{ marginBottom: 8 }}>
        <Radio.Group
          value={source}
          onChange={(event) => setChosen(event.target.value as MinutesSource)}
          options={[
            { value: 'existing', label: '选择已上传的材料', disabled: minutes.length === 0 },
            { value: 'upload', label: '上传文件' },
            { value: 'later', label: '稍后在“材料”中上传' },
          ]}
        />
      </Form.Item>
      {source === 'existing' && (
        <Form.Item
          name="minutesAttachmentId"
          preserve={false}
          rules={[{ required: true, message: '请选择会议纪要' }]}
          initialValue={minutes.at(-1)?.id}
        >
          <Select
            aria-label="会议纪要"
            options={minutes.map((file) => ({ value: file.id, label: file.fileName }))}
          />
        </Form.Item>
      )}
      {source === 'upload' && (
        <Form.Item
          name="_minutesFiles"
          preserve={false}
          valuePropName="fileList"
          getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList.slice(-1)}
          rules={[{ required: true, type: 'array', min: 1, message: '请选择会议纪要文件' }]}
          extra="作为“集体审议（讨论）记录”存入本文件的材料。"
        >
          <Upload beforeUpload={() => false} maxCount={1}>
            <Button icon={<UploadOutlined />}>选择会议纪要文件</Button>
          </Upload>
        </Form.Item>
      )}
      {source === 'later' && (
        <Typography.Paragraph type="secondary">印发前应当附上集体审议（讨论）记录。</Typography.Paragraph>
      )}
    </>
  );
}
