import { Alert, Card, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useHasRole } from '../../lib/session';
import { useApiQuery } from '../../lib/useApi';
import { EditLawStatusModal } from './EditLawStatusModal';
import { ImportLawChangesButton } from './ImportLawChangesButton';
import { useLawQuery } from './lawQuery';
import { LawSearchBox } from './LawSearchBox';
import { LAW_STATUSES, type Law, type LawStatus } from './lawStatus';
import { LawTable } from './LawTable';

/**
 * 法规库: the laws and regulations the pre-check checks citations against, searched and paged by the
 * server. Administrators and reviewers record amendments and repeals here.
 */
export function LawLibraryPage() {
  const [query, update] = useLawQuery();
  const list = useApiQuery('laws.search', query, { keepPrevious: true });
  const canEdit = useHasRole('admin', 'reviewer');
  const [editing, setEditing] = useState<Law | null>(null);

  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        法规库
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        智能预审据此检查送审稿引用的法律法规：已废止的提示替代文件，已修改的提示核对条文序号。
      </Typography.Paragraph>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <LawSearchBox q={query.q} onSearch={(q) => update({ q })} />
        <Select<LawStatus | 'all'>
          aria-label="按状态筛选"
          style={{ width: 140 }}
          value={query.status ?? 'all'}
          options={[
            { value: 'all', label: '全部状态' },
            ...LAW_STATUSES.map((status) => ({ value: status, label: status })),
          ]}
          onChange={(status) => update({ status: status === 'all' ? undefined : status })}
        />
        {canEdit && <ImportLawChangesButton />}
      </Flex>
      {list.isError && (
        <Alert type="error" showIcon title={errorMessage(list.error)} style={{ marginBottom: 16 }} />
      )}
      <LawTable
        query={query}
        onChange={update}
        items={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        loading={list.isFetching}
        onEdit={canEdit ? setEditing : undefined}
      />
      {editing && <EditLawStatusModal law={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
