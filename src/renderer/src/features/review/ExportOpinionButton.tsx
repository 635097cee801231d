import { FileWordOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useMutation } from '@tanstack/react-query';
import type { DocumentKind } from '../../../../shared/domain/documentKinds';
import { OPINION_LETTER_NAMES } from '../../../../shared/domain/opinionLetter';
import { call } from '../../api/client';
import { downloadFile } from '../../lib/downloadFile';
import { useApiError } from '../../lib/useApiError';

/** 导出 the case's written opinion (named by kind) as a Word document, built by main from the case as it stands. */
export function ExportOpinionButton({ caseId, kind }: { caseId: string; kind: DocumentKind }) {
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
      导出{OPINION_LETTER_NAMES[kind].letter}
    </Button>
  );
}
