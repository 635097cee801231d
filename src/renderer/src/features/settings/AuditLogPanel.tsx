import { Alert, Table } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import type { AuditEntry } from '../../../../shared/api';
import { errorMessage } from '../../api/client';
import { formatDateTimeSeconds } from '../../lib/format';
import { useApiQuery } from '../../lib/useApi';
import { auditActionLabel, auditTarget } from './auditLabels';
import { AuditVerifier } from './AuditVerifier';

const COLUMNS: TableProps<AuditEntry>['columns'] = [
  { title: '序号', dataIndex: 'seq', width: 80 },
  {
    title: '时间',
    dataIndex: 'at',
    width: 180,
    render: (_value, entry) => formatDateTimeSeconds(entry.at),
  },
  {
    title: '操作人',
    dataIndex: 'actorName',
    width: 120,
    render: (_value, entry) => entry.actorName ?? '—',
  },
  {
    title: '操作',
    dataIndex: 'action',
    width: 160,
    render: (_value, entry) => auditActionLabel(entry.action),
  },
  { title: '对象', key: 'target', ellipsis: true, render: (_value, entry) => auditTarget(entry) },
];

/** 审计日志 (administrators only): the hash-chained record of every change, newest first. */
export function AuditLogPanel() {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(100);
  const audit = useApiQuery('audit.list', { page, pageSize }, { keepPrevious: true });
  return (
    <>
      <div style={{ marginBottom: 16 }}>
        <AuditVerifier />
      </div>
      {audit.isError && (
        <Alert type="error" showIcon title={errorMessage(audit.error)} style={{ marginBottom: 16 }} />
      )}
      <Table<AuditEntry>
        rowKey="seq"
        size="small"
        columns={COLUMNS}
        dataSource={audit.data?.items ?? []}
        loading={audit.isFetching}
        pagination={{
          current: page,
          pageSize,
          total: audit.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: ['50', '100', '200', '500'],
          showTotal: (count) => `共 ${count} 条`,
          onChange: (nextPage, nextSize) => {
            setPage(nextSize === pageSize ? nextPage : 1);
            setPageSize(nextSize);
          },
        }}
      />
    </>
  );
}
