import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useHasRole } from '../../lib/session';
import { HolidayPanel, RuleProfilePanel } from '../rules';
import { AccountsPanel } from './AccountsPanel';
import { AgencySettingsForm } from './AgencySettingsForm';
import { AuditLogPanel } from './AuditLogPanel';
import { ChangePasswordForm } from './ChangePasswordForm';
import { SigningKeyPanel } from './SigningKeyPanel';

/**
 * 设置: everyone sees the agency, the rule profile, the holiday calendar, their own password and signing
 * key; accounts, the key roster and the audit log are for admins (who also change the profile and import
 * holidays).
 */
export function SettingsPage() {
  const isAdmin = useHasRole('admin');
  const [searchParams, setSearchParams] = useSearchParams();
  const items = [
    { key: 'agency', label: '机关信息', children: <AgencySettingsForm editable={isAdmin} /> },
    ...(isAdmin ? [{ key: 'accounts', label: '账号管理', children: <AccountsPanel /> }] : []),
    { key: 'rules', label: '规则配置', children: <RuleProfilePanel /> },
    { key: 'holidays', label: '节假日', children: <HolidayPanel /> },
    { key: 'password', label: '修改我的密码', children: <ChangePasswordForm /> },
    { key: 'signing', label: '签名密钥', children: <SigningKeyPanel /> },
    ...(isAdmin ? [{ key: 'audit', label: '审计日志', children: <AuditLogPanel /> }] : []),
  ];
  const requested = searchParams.get('tab');
  const active = items.some((item) => item.key === requested) ? (requested ?? 'agency') : 'agency';
  return (
    <Card title="设置">
      <Tabs
        activeKey={active}
        items={items}
        destroyOnHidden
        onChange={(key) => setSearchParams({ tab: key }, { replace: true })}
      />
    </Card>
  );
}
