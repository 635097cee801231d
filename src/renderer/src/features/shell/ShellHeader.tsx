import { Suspense } from 'react';
import { lazyWithAntd } from '../../lib/antd/lazyWithAntd';
import { useFirstScreenPainted } from '../../lib/firstScreen';
import { useCurrentAccount } from '../../lib/session';
import { useApiQuery } from '../../lib/useApi';
import { SearchShortcut } from '../search';

const AccountBar = lazyWithAntd(() => import('./AccountBar').then((module) => module.AccountBar));

export function ShellHeader() {
  const account = useCurrentAccount();
  const agency = useApiQuery('settings.getAgency', {});
  const painted = useFirstScreenPainted();
  const name = account && <span className="nd-header-account">{account.displayName}</span>;
  return (
    <header className="nd-header">
      <div className="nd-header-title">
        <strong>{agency.data?.agencyName ?? ''}</strong>
        <span className="nd-header-subtitle">规范性文件审核备案工作台</span>
      </div>
      <div className="nd-header-end">
        {account && <SearchShortcut />}
        {account && painted ? (
          <Suspense fallback={name}>
            <AccountBar account={account} />
          </Suspense>
        ) : (
          name
        )}
      </div>
    </header>
  );
}
