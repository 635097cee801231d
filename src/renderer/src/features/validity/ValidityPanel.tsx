import { Alert, Flex, Input, Segmented, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ValidityRow } from '../../../../shared/api';
import {
  VALIDITY_VIEW_LABELS,
  VALIDITY_VIEWS,
  type ValidityView,
} from '../../../../shared/domain/cleanup/validityWatch';
import {
  DOCUMENT_KIND_LABELS,
  DOCUMENT_KINDS,
  type DocumentKind,
} from '../../../../shared/domain/documentKinds';
import { errorMessage } from '../../api/client';
import { LifecycleTag } from '../../lib/LifecycleTag';
import { useApiQuery } from '../../lib/useApi';
import { RuleNote } from './RuleNote';

const KIND_OPTIONS = DOCUMENT_KINDS.map((kind) => ({ value: kind, label: DOCUMENT_KIND_LABELS[kind] }));

function remaining(row: ValidityRow) {
  const days = row.lifecycle.daysLeft;
  if (days === null) return <Typography.Text type="secondary">未设有效期</Typography.Text>;
  if (days >= 0) return `${days} 天`;
  return <Typography.Text type="danger">已过 {-days} 天</Typography.Text>;
}

const COLUMNS: ColumnsType<ValidityRow> = [
  {
    title: '标题',
    key: 'title',
    render: (_, row) => <Link to={`/documents/${row.documentId}`}>{row.title}</Link>,
  },
  { title: '文号', dataIndex: 'docNumber', key: 'docNumber', width: 170 },
  {
    title: '有效期至',
    key: 'validUntil',
    width: 110,
    render: (_, row) => row.lifecycle.validUntil ?? '—',
  },
  { title: '剩余天数', key: 'daysLeft', width: 110, render: (_, row) => remaining(row) },
  {
    title: '效力状态',
    key: 'state',
    width: 170,
    render: (_, row) => <LifecycleTag state={row.lifecycle.state} label={row.lifecycle.label} />,
  },
  {
    title: '最近清理决定',
    key: 'lastDecision',
    width: 180,
    render: (_, row) =>
      row.lifecycle.lastDecision ? (
        `${row.lifecycle.lastDecision.label}（${row.lifecycle.lastDecision.decidedOn}）`
      ) : (
        <Typography.Text type="secondary">无</Typography.Text>
      ),
  },
];

function viewOf(value: string | null): ValidityView {
  return VALIDITY_VIEWS.includes(value as ValidityView) ? (value as ValidityView) : 'expiring';
}

/**
 * 有效期监测: issued documents by their computed 效力状态 — what expires within the reminder window,
 * what expired with no cleanup decision, what has ended, or all — the soonest 有效期 first. The view is
 * kept in the address (`view=`), so the dashboard's counts link straight to it.
 */
export function ValidityPanel() {
  const [params, setParams] = useSearchParams();
  const view = viewOf(params.get('view'));
  const [kind, setKind] = useState<DocumentKind | undefined>();
  const [q, setQ] = useState('');
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const list = useApiQuery(
    'validity.list',
    { view, ...(kind ? { kind } : {}), ...(q ? { q } : {}), ...paging },
    { keepPrevious: true },
  );

  const chooseView = (next: ValidityView) => {
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        updated.set('view', next);
        return updated;
      },
      { replace: true },
    );
    setPaging((current) => ({ ...current, page: 1 }));
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-validity-view={view}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Segmented<ValidityView>
          value={view}
          onChange={chooseView}
          options={VALIDITY_VIEWS.map((value) => ({ value, label: VALIDITY_VIEW_LABELS[value] }))}
          aria-label="有效期监测视图"
        />
        <Space wrap>
          <Select<DocumentKind>
            allowClear
            placeholder="全部类别"
            value={kind}
            options={KIND_OPTIONS}
            onChange={(value) => {
              setKind(value);
              setPaging((current) => ({ ...current, page: 1 }));
            }}
            style={{ width: 170 }}
            aria-label="类别"
          />
          <Input.Search
            allowClear
            placeholder="标题、文号或登记号"
            style={{ width: 240 }}
            onSearch={(value) => {
              setQ(value.trim());
              setPaging((current) => ({ ...current, page: 1 }));
            }}
            aria-label="搜索已印发文件"
          />
        </Space>
      </Flex>
      {list.data && <RuleNote rule={list.data.rule} />}
      {list.isError && (
        <Alert type="error" showIcon title="无法载入有效期监测" description={errorMessage(list.error)} />
      )}
      <Table<ValidityRow>
        rowKey="documentId"
        size="middle"
        columns={COLUMNS}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        locale={{ emptyText: `没有${VALIDITY_VIEW_LABELS[view]}的文件` }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: list.data?.total ?? 0,
          showTotal: (total) => `共 ${total} 件`,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
      />
    </Space>
  );
}
