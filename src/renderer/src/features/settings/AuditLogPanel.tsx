import { FileExcelOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import type { AuditFilter, AuditListEntry } from '../../../../shared/api';
import { call, errorMessage } from '../../api/client';
import { downloadFile } from '../../lib/downloadFile';
import { formatDateTimeSeconds } from '../../lib/format';
import { useApiQuery } from '../../lib/useApi';
import { useApiError } from '../../lib/useApiError';
import { AuditEntryDetail } from './AuditEntryDetail';
import { AuditFilters } from './AuditFilters';
import { AuditVerifier } from './AuditVerifier';

const COLUMNS: TableProps<AuditListEntry>['columns'] = [
  { title: '序号', dataIndex: 'seq', width: 90 },
  {
    title: '时间',
    dataIndex: 'at',
    width: 170,
    render: (_value, entry) => formatDateTimeSeconds(entry.at),
  },
  {
    title: '操作人',
    dataIndex: 'actorName',
    width: 160,
    render: (_value, entry) =>
      entry.actorName ? (
        <>
          {entry.actorName}
          {entry.actorLogin && <Typography.Text type="secondary">（{entry.actorLogin}）</Typography.Text>}
        </>
      ) : (
        '—'
      ),
  },
  { title: '操作', dataIndex: 'actionLabel', width: 220 },
  { title: '对象', dataIndex: 'subject', ellipsis: true },
];

/**
 * 审计日志 (administrators only): the hash-chained record of every change, newest first, with the
 * chain check on top, filters, paging in main and the filtered entries exported as an Excel sheet.
 */
export function AuditLogPanel() {
  const { message } = App.useApp();
  const showError = useApiError();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(100);
  const audit = useApiQuery('audit.list', { ...filter, page, pageSize }, { keepPrevious: true });
  const exportLog = useMutation({
    mutationFn: () => call('audit.export', filter),
    onSuccess: (file) => {
      downloadFile(file);
      void message.success(`已导出：${file.fileName}`);
    },
    onError: (error) => showError(error),
  });

  return (
    <>
      <div style={{ marginBottom: 16 }}>
        <AuditVerifier />
      </div>
      <div style={{ display: 'flex', alignItems: 'flex-start', gap: 8 }}>
        <div style={{ flex: 1 }}>
          <AuditFilters
            filter={filter}
            onChange={(next) => {
              setFilter(next);
              setPage(1);
            }}
          />
        </div>
        <Button icon={<FileExcelOutlined />} loading={exportLog.isPending} onClick={() => exportLog.mutate()}>
          导出 Excel
        </Button>
      </div>
      {audit.isError && (
        <Alert type="error" showIcon title={errorMessage(audit.error)} style={{ marginBottom: 16 }} />
      )}
      <div data-testid="audit-table">
        <Table<AuditListEntry>
          rowKey="seq"
          size="small"
          columns={COLUMNS}
          dataSource={audit.data?.items ?? []}
          loading={audit.isFetching}
          expandable={{
            expandedRowRender: (entry) => <AuditEntryDetail entry={entry} />,
            expandIcon: ({ expanded, onExpand, record }) => (
              <Button type="link" size="small" onClick={(event) => onExpand(record, event)}>
                {expanded ? '收起' : '详情'}
              </Button>
            ),
            columnWidth: 64,
          }}
          pagination={{
            current: page,
            pageSize,
            total: audit.data?.total ?? 0,
            showSizeChanger: true,
            showQuickJumper: true,
            pageSizeOptions: ['50', '100', '200', '500'],
            showTotal: (count) => `共 ${count} 条`,
            onChange: (nextPage, nextSize) => {
              setPage(nextSize === pageSize ? nextPage : 1);
              setPageSize(nextSize);
            },
          }}
        />
      </div>
    </>
  );
}
