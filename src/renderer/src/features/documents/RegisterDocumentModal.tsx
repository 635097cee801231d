import { useMutation } from '@tanstack/react-query';
import { Form, Modal } from 'antd';
import { useNavigate } from 'react-router';
import type { DocumentMetadataInput } from '../../../../shared/api';
import { call } from '../../api/client';
import { useApiError } from '../../lib/useApiError';
import { TouchesBusinessField } from '../fairCompetition';
import { DocumentMetadataFields } from './DocumentMetadataFields';
import { useEnterSubmit } from '../../lib/useEnterSubmit';
import { submitAgainWhenOverrun } from '../../lib/submitAgain';

interface Props {
  agencyName: string;
  onClose: () => void;
}

/** 登记文件: registers a document in the 起草 state and opens its page. */
export function RegisterDocumentModal({ agencyName, onClose }: Props) {
  const [form] = Form.useForm<DocumentMetadataInput>();
  const onKeyDown = useEnterSubmit(() => form.submit());
  const navigate = useNavigate();
  const showError = useApiError();
  const create = useMutation({
    mutationFn: (values: DocumentMetadataInput) => call('documents.create', values),
    onSuccess: (document) => {
      onClose();
      void navigate(`/documents/${document.id}`);
    },
    onError: (error) => showError(error, form),
  });

  return (
    <Modal
      open
      title="登记文件"
      okText="登记"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      mask={{ closable: false }}
    >
      <Form
        form={form}
        onFinishFailed={submitAgainWhenOverrun(form)}
        onKeyDown={onKeyDown}
        layout="vertical"
        initialValues={{ issuingAuthority: agencyName, responsiblePerson: '' }}
        onFinish={(values) => create.mutate(values)}
      >
        <DocumentMetadataFields />
        <TouchesBusinessField />
      </Form>
    </Modal>
  );
}
