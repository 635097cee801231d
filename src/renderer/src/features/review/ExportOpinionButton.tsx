import { FileWordOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { call } from '../../api/client';
import { downloadFile } from '../../lib/downloadFile';
import { useApiError } from '../../lib/useApiError';

/** 导出审核意见书: the 合法性审核意见书 as a Word document, built by main from the case as it stands. */
export function ExportOpinionButton({ caseId }: { caseId: string }) {
  const { message } = App.useApp();
  const showError = useApiError();
  const exportOpinion = useMutation({
    mutationFn: () => call('reviews.exportOpinion', { caseId }),
    onSuccess: (file) => {
      downloadFile(file);
      void message.success(`已导出：${file.fileName}`);
    },
    onError: (error) => showError(error),
  });
  return (
    <Button
      icon={<FileWordOutlined />}
      loading={exportOpinion.isPending}
      onClick={() => exportOpinion.mutate()}
    >
      导出审核意见书
    </Button>
  );
}
