import { useMutation } from '@tanstack/react-query';
import { App, Form, Modal } from 'antd';
import type { DocumentMetadataInput, DocumentSummary } from '../../../../shared/api';
import { call } from '../../api/client';
import { useApiError } from '../../lib/useApiError';
import { DocumentMetadataFields } from './DocumentMetadataFields';
import { useEnterSubmit } from '../../lib/useEnterSubmit';
import { submitAgainWhenOverrun } from '../../lib/submitAgain';

interface Props {
  document: DocumentSummary;
  onClose: () => void;
}

/** 编辑信息: changes registry metadata; the timeline records what changed. */
export function EditDocumentModal({ document, onClose }: Props) {
  const [form] = Form.useForm<DocumentMetadataInput>();
  const onKeyDown = useEnterSubmit(() => form.submit());
  const { message } = App.useApp();
  const showError = useApiError();
  const update = useMutation({
    mutationFn: (values: DocumentMetadataInput) => call('documents.update', { id: document.id, ...values }),
    onSuccess: () => {
      void message.success('文件信息已保存');
      onClose();
    },
    onError: (error) => showError(error, form),
  });

  return (
    <Modal
      open
      title="编辑文件信息"
      okText="保存"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      mask={{ closable: false }}
    >
      <Form
        form={form}
        onFinishFailed={submitAgainWhenOverrun(form)}
        onKeyDown={onKeyDown}
        layout="vertical"
        initialValues={{
          kind: document.kind,
          title: document.title,
          draftingUnit: document.draftingUnit,
          issuingAuthority: document.issuingAuthority,
          responsiblePerson: document.responsiblePerson,
        }}
        onFinish={(values) => update.mutate(values)}
      >
        <DocumentMetadataFields />
      </Form>
    </Modal>
  );
}
