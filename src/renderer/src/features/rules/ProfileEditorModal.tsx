import { Alert, App, Modal, Tabs } from 'antd';
import type { RuleProfile } from '../../../../shared/domain/ruleProfile';
import { AppError, call } from '../../api/client';
import { useApiError } from '../../lib/useApiError';
import { IssueList } from './IssueList';
import { ProfileJsonEditor } from './ProfileJsonEditor';
import { ProfileNumbersForm } from './ProfileNumbersForm';
import { useRulesUpdate } from './useRulesUpdate';

interface Props {
  profile: RuleProfile;
  onClose: () => void;
}

/** 修改规则配置 (administrators): the main numbers in a form, or the whole profile as JSON. */
export function ProfileEditorModal({ profile, onClose }: Props) {
  const { message } = App.useApp();
  const showError = useApiError();
  const save = useRulesUpdate(
    (edited: RuleProfile) => call('rules.setProfile', { profile: edited }),
    () => {
      void message.success('规则配置已保存，本机将按修改后的规则计算期限');
      onClose();
    },
  );
  const submit = (edited: RuleProfile) =>
    save.mutate(edited, {
      // Validation issues stay in the dialog beside what was typed; anything else is a message.
      onError: (error) => {
        if (!(error instanceof AppError && error.code === 'INVALID_INPUT')) showError(error);
      },
    });
  const invalid = save.error instanceof AppError && save.error.code === 'INVALID_INPUT' ? save.error : null;

  return (
    <Modal open title="修改规则配置" width={980} footer={null} onCancel={onClose} destroyOnHidden>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="保存后本机使用修改后的规则配置（标为“本机修改”），新计算的期限和可选结论按修改后的配置执行。"
        description="在表单中改动的数值，可信度自动标为“本地设置”并保留原依据。"
      />
      <IssueList error={invalid} inputField="profile" title="规则配置未保存" />
      <Tabs
        items={[
          {
            key: 'numbers',
            label: '常用数值',
            children: <ProfileNumbersForm profile={profile} saving={save.isPending} onSave={submit} />,
          },
          {
            key: 'json',
            label: '全部内容（JSON）',
            children: <ProfileJsonEditor profile={profile} saving={save.isPending} onSave={submit} />,
          },
        ]}
      />
    </Modal>
  );
}
