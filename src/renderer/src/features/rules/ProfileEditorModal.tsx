import { Alert, App, Modal, Tabs } from 'antd';
import { useState } from 'react';
import { RuleProfile } from '../../../../shared/domain/ruleProfileSchema';
import { call } from '../../api/client';
import { useApiError } from '../../lib/useApiError';
import { invalidInputIssues } from './invalidInput';
import { IssueList } from './IssueList';
import { ProfileJsonEditor } from './ProfileJsonEditor';
import { ProfileNumbersForm } from './ProfileNumbersForm';
import { useRulesUpdate } from './useRulesUpdate';

interface Props {
  profile: RuleProfile;
  onClose: () => void;
}

/**
 * The profile's own schema, checked before sending. The server checks it again and is the judge; checking
 * here too names the place of a wrong or missing value, which the server's answer does not do when the
 * profile is not even shaped like one ("无效输入" from its choice between {id} and {profile}).
 */
function profileIssues(edited: unknown): string[] {
  const checked = RuleProfile.safeParse(edited);
  if (checked.success) return [];
  return checked.error.issues.map((issue) =>
    issue.path.length > 0 ? `profile.${issue.path.join('.')}：${issue.message}` : issue.message,
  );
}

/** 修改规则配置 (administrators): the main numbers in a form, or the whole profile as JSON. */
export function ProfileEditorModal({ profile, onClose }: Props) {
  const { message } = App.useApp();
  const showError = useApiError();
  const [localIssues, setLocalIssues] = useState<string[] | null>(null);
  const save = useRulesUpdate(
    (edited: RuleProfile) => call('rules.setProfile', { profile: edited }),
    () => {
      void message.success('规则配置已保存，本机将按修改后的规则计算期限');
      onClose();
    },
  );
  const submit = (edited: RuleProfile) => {
    const issues = profileIssues(edited);
    setLocalIssues(issues.length > 0 ? issues : null);
    if (issues.length > 0) {
      save.reset();
      return;
    }
    // Validation issues stay in the dialog beside what was typed; anything else is a message.
    save.mutate(edited, {
      onError: (error) => {
        if (!invalidInputIssues(error)) showError(error);
      },
    });
  };

  return (
    <Modal open title="修改规则配置" width={980} footer={null} onCancel={onClose} destroyOnHidden>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="保存后本机使用修改后的规则配置（标为“本机修改”），新计算的期限和可选结论按修改后的配置执行。"
        description="在表单中改动的数值，可信度自动标为“本地设置”并保留原依据。"
      />
      <IssueList
        issues={localIssues ?? invalidInputIssues(save.error)}
        inputField="profile"
        title="规则配置未保存"
      />
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
