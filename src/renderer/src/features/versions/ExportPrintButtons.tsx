import { FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ChannelInput } from '../../../../shared/api';
import { call } from '../../api/client';
import { downloadFile } from '../../lib/downloadFile';
import { useApiError } from '../../lib/useApiError';
import { printPath } from './paths';

/** 导出 Word and 打印 for one version or the current draft; both buttons the same size. */
export function ExportPrintButtons({
  input,
  size,
}: {
  input: ChannelInput<'versions.exportDocx'>;
  size?: 'small' | 'middle';
}) {
  const { message } = App.useApp();
  const showError = useApiError();
  const [busy, setBusy] = useState(false);

  const exportDocx = async () => {
    setBusy(true);
    const key = 'version-export';
    void message.open({ key, type: 'loading', content: '正在生成 Word 文件…', duration: 0 });
    try {
      const file = await call('versions.exportDocx', input);
      downloadFile(file);
      void message.open({ key, type: 'success', content: `已导出“${file.fileName}”` });
    } catch (error) {
      message.destroy(key);
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  const target = 'versionId' in input ? printPath(input.versionId, null) : printPath(null, input.documentId);
  return (
    <Space wrap>
      <Button size={size} icon={<FileWordOutlined />} loading={busy} onClick={() => void exportDocx()}>
        导出 Word
      </Button>
      <Link to={target}>
        <Button size={size} icon={<PrinterOutlined />}>
          打印
        </Button>
      </Link>
    </Space>
  );
}
