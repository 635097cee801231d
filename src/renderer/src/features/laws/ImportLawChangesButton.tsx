import { useMutation } from '@tanstack/react-query';
import { App, Button, Upload } from 'antd';
import { useNavigate } from 'react-router';
import { call } from '../../api/client';
import { useApiError } from '../../lib/useApiError';

/**
 * 导入法规变化: an update file (a JSON list of {title, change, changedOn, supersededBy?, note?}) recorded
 * entry by entry as 修改状态 records one; a file with a bad entry is refused whole.
 */
export function ImportLawChangesButton() {
  const { message } = App.useApp();
  const showError = useApiError();
  const navigate = useNavigate();
  const importFile = useMutation({
    mutationFn: async (file: File) =>
      call('laws.importChanges', { fileName: file.name, content: await file.text() }),
    onSuccess: ({ changes }) => {
      const documents = changes.reduce((sum, change) => sum + change.documentCount, 0);
      void message.success(`已导入 ${changes.length} 条法规变化，涉及已印发文件 ${documents} 件次`);
      void navigate('/cleanup?tab=law-changes');
    },
    onError: (error) => showError(error),
  });
  return (
    <Upload
      accept=".json,application/json"
      showUploadList={false}
      beforeUpload={(file) => {
        importFile.mutate(file);
        return false;
      }}
    >
      <Button loading={importFile.isPending}>导入法规变化</Button>
    </Upload>
  );
}
