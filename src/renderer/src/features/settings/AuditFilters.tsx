import { DatePicker, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { AuditFilter } from '../../../../shared/api';
import { auditActionOptions } from '../../../../shared/domain/audit/auditActions';
import { useApiQuery } from '../../lib/useApi';

/** The action filter: a whole area (业务范围) or one action inside it. */
const ACTION_OPTIONS = auditActionOptions()
  .filter((group) => group.actions.length > 0)
  .map((group) => ({
    label: group.areaLabel,
    title: group.areaLabel,
    options: [
      { value: `area:${group.area}`, label: `${group.areaLabel}（全部操作）` },
      ...group.actions.map((action) => ({ value: `action:${action.action}`, label: action.label })),
    ],
  }));

function actionValue(filter: AuditFilter): string | undefined {
  if (filter.action) return `action:${filter.action}`;
  if (filter.area) return `area:${filter.area}`;
  return undefined;
}

/** 操作人 options: every account, by name and login. */
function useAccountOptions() {
  const users = useApiQuery('users.list', {});
  return (users.data ?? []).map((user) => ({
    value: user.id,
    label: `${user.displayName}（${user.username}）`,
  }));
}

/** 文件 options: documents whose title contains what is typed, searched in main. */
function useDocumentOptions(search: string) {
  const documents = useApiQuery(
    'documents.list',
    { q: search.trim() || undefined, page: 1, pageSize: 20 },
    { keepPrevious: true },
  );
  return (documents.data?.items ?? []).map((document) => ({ value: document.id, label: document.title }));
}

/**
 * 筛选: who (操作人), what (业务范围 or 操作), when (时间), which document (文件) and free text over the
 * names and details. Each change hands the whole filter up; the list goes back to its first page.
 */
export function AuditFilters({
  filter,
  onChange,
}: {
  filter: AuditFilter;
  onChange: (next: AuditFilter) => void;
}) {
  const [documentSearch, setDocumentSearch] = useState('');
  const [text, setText] = useState(filter.q ?? '');
  const accounts = useAccountOptions();
  const documents = useDocumentOptions(documentSearch);
  const range: [Dayjs, Dayjs] | null =
    filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null;

  return (
    <Space wrap data-testid="audit-filters" style={{ marginBottom: 16 }}>
      <Select
        aria-label="操作人"
        placeholder="操作人"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 180 }}
        value={filter.accountId}
        options={accounts}
        onChange={(accountId?: string) => onChange({ ...filter, accountId })}
      />
      <Select
        aria-label="操作"
        placeholder="操作"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 240 }}
        value={actionValue(filter)}
        options={ACTION_OPTIONS}
        onChange={(value?: string) => {
          const [kind, name] = value ? value.split(':') : [];
          onChange({
            ...filter,
            action: kind === 'action' ? name : undefined,
            area: kind === 'area' ? name : undefined,
          });
        }}
      />
      <DatePicker.RangePicker
        aria-label="时间"
        placeholder={['开始日期', '结束日期']}
        value={range}
        onChange={(days) =>
          onChange({
            ...filter,
            from: days?.[0]?.format('YYYY-MM-DD'),
            to: days?.[1]?.format('YYYY-MM-DD'),
          })
        }
      />
      <Select
        aria-label="文件"
        placeholder="文件"
        allowClear
        showSearch={{ filterOption: false, onSearch: setDocumentSearch }}
        style={{ width: 280 }}
        value={filter.documentId}
        options={documents}
        onChange={(documentId?: string) => onChange({ ...filter, documentId })}
      />
      <Input.Search
        aria-label="搜索审计日志"
        placeholder="搜索姓名、文件标题、内容"
        allowClear
        style={{ width: 260 }}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value === '') onChange({ ...filter, q: undefined });
        }}
        onSearch={(value) => onChange({ ...filter, q: value.trim() || undefined })}
      />
    </Space>
  );
}
