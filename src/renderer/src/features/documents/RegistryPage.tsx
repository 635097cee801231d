import { Suspense } from 'react';
import { errorMessage } from '../../api/client';
import { lazyWithAntd } from '../../lib/antd/lazyWithAntd';
import { useFirstScreenPainted, useMarkFirstScreen } from '../../lib/firstScreen';
import { useHasRole } from '../../lib/session';
import { useApiQuery } from '../../lib/useApi';
import { useWindowHeight } from '../../lib/useWindowHeight';
import { RegistryTable } from './RegistryTable';
import { useRegistryQuery } from './useRegistryQuery';
import './registryPage.css';

// The list paints first; its controls (antd) follow as soon as their code has loaded.
const RegistryFilters = lazyWithAntd(() =>
  import('./RegistryFilters').then((module) => module.RegistryFilters),
);
const RegistryPagination = lazyWithAntd(() =>
  import('./RegistryPagination').then((module) => module.RegistryPagination),
);
const RegisterDocumentButton = lazyWithAntd(() =>
  import('./RegisterDocumentButton').then((module) => module.RegisterDocumentButton),
);

/** Space taken above and below the table body: header, page title, filters, pagination, padding. */
const CHROME_HEIGHT = 64 + 48 + 150 + 72;
const MIN_TABLE_HEIGHT = 240;

/** 文件库: every registered document, filtered and sorted by the server. */
export function RegistryPage() {
  const [query, update] = useRegistryQuery();
  const list = useApiQuery('documents.list', query, { keepPrevious: true });
  const canRegister = useHasRole('drafter', 'reviewer');
  const height = Math.max(MIN_TABLE_HEIGHT, useWindowHeight() - CHROME_HEIGHT);
  const total = list.data?.total ?? 0;
  // Until the list has arrived there is no count to show (共 0 件 would be wrong).
  const count = list.data && <span>共 {total} 件</span>;
  useMarkFirstScreen(list.data !== undefined || list.isError);
  const controls = useFirstScreenPainted();

  return (
    <section className="nd-panel" aria-labelledby="registry-title">
      <div className="nd-panel-head">
        <h4 id="registry-title" className="nd-panel-title">
          文件库
        </h4>
        {controls && canRegister && (
          <Suspense fallback={null}>
            <RegisterDocumentButton />
          </Suspense>
        )}
      </div>
      <div className="nd-registry-filters">
        {controls && (
          <Suspense fallback={null}>
            <RegistryFilters query={query} onChange={update} />
          </Suspense>
        )}
      </div>
      {list.isError && (
        <div role="alert" className="nd-alert-error">
          {errorMessage(list.error)}
        </div>
      )}
      <RegistryTable
        query={query}
        onChange={update}
        items={list.data?.items ?? []}
        loading={list.isFetching}
        height={height}
      />
      <div className="nd-registry-pagination">
        {controls ? (
          <Suspense fallback={count}>
            <RegistryPagination query={query} onChange={update} total={total} />
          </Suspense>
        ) : (
          count
        )}
      </div>
    </section>
  );
}
