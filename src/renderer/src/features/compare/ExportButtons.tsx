import { FileWordOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import type { ChannelInput } from '../../../../shared/api';
import { call } from '../../api/client';
import { useApiError } from '../../lib/useApiError';
import { downloadFile } from '../../lib/downloadFile';

type ExportFormat = 'tracked' | 'table';

const BUTTONS: { format: ExportFormat; label: string; busy: string }[] = [
  { format: 'tracked', label: '导出修订版（Word）', busy: '正在生成修订版…' },
  { format: 'table', label: '导出修改对照表（Word）', busy: '正在生成修改对照表…' },
];

/** The two Word exports of the comparison on screen: real tracked changes, and the 修改对照表. */
export function ExportButtons({ input }: { input: ChannelInput<'compare.run'> }) {
  const { message } = App.useApp();
  const showError = useApiError();
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  const run = async (format: ExportFormat, busyText: string) => {
    setBusy(format);
    const key = `compare-export-${format}`;
    void message.open({ key, type: 'loading', content: busyText, duration: 0 });
    try {
      const file = await call('compare.export', { ...input, format });
      downloadFile(file);
      void message.open({ key, type: 'success', content: `已导出“${file.fileName}”` });
    } catch (error) {
      message.destroy(key);
      showError(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space wrap>
      {BUTTONS.map(({ format, label, busy: busyText }) => (
        <Button
          key={format}
          icon={<FileWordOutlined />}
          loading={busy === format}
          disabled={busy !== null && busy !== format}
          onClick={() => void run(format, busyText)}
        >
          {label}
        </Button>
      ))}
    </Space>
  );
}
