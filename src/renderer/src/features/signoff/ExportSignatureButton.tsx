import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button } from 'antd';
import { call } from '../../api/client';
import { downloadFile } from '../../lib/downloadFile';
import { useApiError } from '../../lib/useApiError';

/** 导出签名文件: payload, signature and public key as JSON, verifiable offline without this workstation. */
export function ExportSignatureButton({ signoffId }: { signoffId: string }) {
  const showError = useApiError();
  const exportSignature = useMutation({
    mutationFn: () => call('signoffs.export', { id: signoffId }),
    onSuccess: (file) => downloadFile(file),
    onError: (error) => showError(error),
  });
  return (
    <Button
      size="small"
      type="link"
      icon={<DownloadOutlined />}
      loading={exportSignature.isPending}
      onClick={() => exportSignature.mutate()}
    >
      导出签名文件
    </Button>
  );
}
