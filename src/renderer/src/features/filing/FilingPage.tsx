import { Alert, Card, Flex, Input, Select, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import type { ListFilingsInput } from '../../../../shared/api';
import {
  REGISTER_VIEW_LABELS,
  REGISTER_VIEWS,
  type RegisterView,
} from '../../../../shared/domain/filingRegister';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../lib/useApi';
import { FilingRegisterTable } from './FilingRegisterTable';
import { CatalogPanel } from '../catalogs';

const ALL = 'all';

/**
 * 备案: the filing register by state, with the working days left on each running clock, sorted by the
 * day that matters. (The quarterly and annual catalogs' export panel is mounted below the register.)
 */
export function FilingPage() {
  const [view, setView] = useState<RegisterView | typeof ALL>(ALL);
  const [q, setQ] = useState('');
  const [recipient, setRecipient] = useState<string | undefined>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const input: Partial<ListFilingsInput> = {
    ...(view === ALL ? {} : { view }),
    ...(q ? { q } : {}),
    ...(recipient ? { recipient } : {}),
    ...paging,
  };
  const register = useApiQuery('filings.list', input, { keepPrevious: true });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            备案登记簿
          </Typography.Title>
          <Space wrap>
            <Select
              allowClear
              placeholder="备案机关"
              style={{ width: 220 }}
              value={recipient}
              options={(register.data?.recipients ?? []).map((value) => ({ value, label: value }))}
              onChange={(value: string | undefined) => {
                setRecipient(value);
                setPaging((current) => ({ ...current, page: 1 }));
              }}
              aria-label="备案机关"
            />
            <Input.Search
              allowClear
              placeholder="标题、文号、登记号或备案机关"
              style={{ width: 280 }}
              onSearch={(value) => {
                setQ(value.trim());
                setPaging((current) => ({ ...current, page: 1 }));
              }}
              aria-label="搜索备案记录"
            />
          </Space>
        </Flex>
        <Tabs
          activeKey={view}
          onChange={(key) => {
            setView(key as RegisterView | typeof ALL);
            setPaging((current) => ({ ...current, page: 1 }));
          }}
          items={[
            { key: ALL, label: '全部' },
            ...REGISTER_VIEWS.map((key) => ({ key, label: REGISTER_VIEW_LABELS[key] })),
          ]}
        />
        {register.isError && (
          <Alert
            type="error"
            showIcon
            title="无法载入备案登记簿"
            description={errorMessage(register.error)}
          />
        )}
        <FilingRegisterTable
          rows={register.data?.items ?? []}
          loading={register.isFetching}
          total={register.data?.total ?? 0}
          page={paging.page}
          pageSize={paging.pageSize}
          onPage={(page, pageSize) => setPaging({ page, pageSize })}
        />
      </Card>
      <CatalogPanel />
    </Space>
  );
}
