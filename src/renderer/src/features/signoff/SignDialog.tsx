import { useMutation } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Radio, Select } from 'antd';
import type { VersionSummary } from '../../../../shared/api';
import { SIGNOFF_OPINION_LABELS, SIGNOFF_OPINIONS, SignInput } from '../../../../shared/api';
import { versionTitle } from '../../../../shared/domain/versionName';
import { AppError, call } from '../../api/client';
import { zodRule } from '../../lib/formRules';
import { useApiError } from '../../lib/useApiError';
import { useEnterSubmit } from '../../lib/useEnterSubmit';
import { useCurrentAccount } from '../../lib/session';

interface Values {
  versionId: string;
  opinion: (typeof SIGNOFF_OPINIONS)[number];
  text: string;
  password: string;
}

interface Props {
  documentId: string;
  versions: VersionSummary[];
  defaultVersionId?: string;
  onClose: () => void;
}

/**
 * 签署法律意见: an opinion on one exact version, signed with the account's key. The password is asked
 * again because it unlocks the key; a wrong one is reported on the field and nothing is signed.
 */
export function SignDialog({ documentId, versions, defaultVersionId, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useApiError();
  const account = useCurrentAccount();
  const newestFirst = [...versions].sort((a, b) => b.seq - a.seq);
  const sign = useMutation({
    // The signer is named so main can refuse a sign-off in anyone else's name.
    mutationFn: (values: Values) => call('signoffs.sign', { documentId, ...values, signerId: account?.id }),
    onSuccess: (signoff) => {
      void message.success(`已签署：${versionTitle(signoff.versionSeq, signoff.versionLabel)}`);
      onClose();
    },
    onError: (error) => {
      if (error instanceof AppError && error.code === 'BAD_CREDENTIALS') {
        form.setFields([{ name: 'password', value: '', errors: ['密码不正确，未签署。'] }]);
        return;
      }
      showError(error, form);
    },
  });
  const onKeyDown = useEnterSubmit(() => form.submit());
  return (
    <Modal
      open
      title="签署法律意见"
      okText="签署"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={sign.isPending}
      mask={{ closable: false }}
      width={640}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="签名覆盖所选版本的内容哈希、意见和签署人；文件保存新版本后，此意见将显示为已过时。"
      />
      <Form<Values>
        form={form}
        layout="vertical"
        aria-label="签署法律意见"
        onKeyDown={onKeyDown}
        initialValues={{ versionId: defaultVersionId ?? newestFirst[0]?.id, opinion: 'agree' }}
        onFinish={(values) => sign.mutate(values)}
      >
        <Form.Item label="签署版本" name="versionId" rules={[{ required: true, message: '请选择版本' }]}>
          <Select
            options={newestFirst.map((version) => ({
              value: version.id,
              label: `${versionTitle(version.seq, version.label)}（${version.contentHash.slice(0, 12)}）`,
            }))}
          />
        </Form.Item>
        <Form.Item label="意见" name="opinion" rules={[{ required: true, message: '请选择意见' }]}>
          <Radio.Group
            optionType="button"
            options={SIGNOFF_OPINIONS.map((opinion) => ({
              value: opinion,
              label: SIGNOFF_OPINION_LABELS[opinion],
            }))}
          />
        </Form.Item>
        <Form.Item label="法律意见" name="text" rules={[zodRule(SignInput.shape.text)]}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={20000} />
        </Form.Item>
        <Form.Item
          label="登录密码"
          name="password"
          rules={[zodRule(SignInput.shape.password)]}
          extra="用于解锁签名密钥，不会保存。"
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
