import { App, Select } from 'antd';
import type { ChannelOutput } from '../../../../shared/api';
import { call } from '../../api/client';
import { useApiError } from '../../lib/useApiError';
import { useRulesUpdate } from './useRulesUpdate';

type RulesView = ChannelOutput<'rules.get'>;

/**
 * Switching to a built-in profile (administrators), after a confirmation that says what changes: an
 * edited copy is replaced, and deadlines computed from now on follow the new profile.
 */
export function ProfileSwitcher({ rules }: { rules: RulesView }) {
  const { message, modal } = App.useApp();
  const showError = useApiError();
  const save = useRulesUpdate(
    (id: string) => call('rules.setProfile', { id }),
    (view) => void message.success(`已启用“${view.profile.name}”`),
  );

  const choose = (id: string) => {
    const builtin = rules.builtins.find((candidate) => candidate.id === id);
    if (!builtin) return;
    modal.confirm({
      title: `启用“${builtin.name}”？`,
      content: (
        <>
          <p>{builtin.description}</p>
          {rules.customized && <p>本机修改过的规则配置将被替换，修改的内容不会保留。</p>}
          <p>已开始的审核期限不变；此后新计算的期限和可选的审核结论按新配置执行。</p>
        </>
      ),
      okText: '启用',
      cancelText: '取消',
      onOk: () => save.mutateAsync(id).catch(showError),
    });
  };

  return (
    <Select
      aria-label="选择内置规则配置"
      style={{ width: 280 }}
      value={rules.customized ? undefined : rules.profile.id}
      placeholder="本机修改的配置"
      loading={save.isPending}
      options={rules.builtins.map((builtin) => ({ value: builtin.id, label: builtin.name }))}
      onChange={choose}
    />
  );
}
