import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useHasRole } from '../../lib/session';
import { useApiQuery } from '../../lib/useApi';
import { useWindowHeight } from '../../lib/useWindowHeight';
import { RegisterDocumentModal } from './RegisterDocumentModal';
import { RegistryFilters } from './RegistryFilters';
import { RegistryTable } from './RegistryTable';
import { useRegistryQuery } from './useRegistryQuery';

/** Space taken above and below the table body: header, page title, filters, table head, pagination. */
const CHROME_HEIGHT = 64 + 48 + 150 + 56 + 72;
const MIN_TABLE_HEIGHT = 240;

/** 文件库: every registered document, filtered and sorted by the server. */
export function RegistryPage() {
  const [query, update] = useRegistryQuery();
  const list = useApiQuery('documents.list', query, { keepPrevious: true });
  const agency = useApiQuery('settings.getAgency', {});
  const canRegister = useHasRole('drafter', 'reviewer');
  const [registering, setRegistering] = useState(false);
  const height = Math.max(MIN_TABLE_HEIGHT, useWindowHeight() - CHROME_HEIGHT);

  return (
    <Card>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          文件库
        </Typography.Title>
        {canRegister && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            登记文件
          </Button>
        )}
      </Flex>
      <div style={{ marginBottom: 16 }}>
        <RegistryFilters query={query} onChange={update} />
      </div>
      {list.isError && (
        <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 16 }} />
      )}
      <RegistryTable
        query={query}
        onChange={update}
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        loading={list.isFetching}
        height={height}
      />
      {registering && (
        <RegisterDocumentModal
          agencyName={agency.data?.agencyName ?? ''}
          onClose={() => setRegistering(false)}
        />
      )}
    </Card>
  );
}
