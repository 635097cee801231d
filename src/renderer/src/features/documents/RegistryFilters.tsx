import { Input, Select, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { DocumentKind } from '../../../../shared/domain/documentKinds';
import type { DocumentStatus } from '../../../../shared/domain/documentStatus';
import type { LifecycleState } from '../../../../shared/domain/cleanup/lifecycle';
import { KIND_OPTIONS, LIFECYCLE_OPTIONS, STATUS_OPTIONS } from './labels';
import type { RegistryQuery } from '../../lib/registryParams';

const SEARCH_DELAY_MS = 300;
const FIRST_YEAR = 2000;

function yearOptions(): { value: number; label: string }[] {
  const options = [];
  for (let year = new Date().getFullYear() + 1; year >= FIRST_YEAR; year -= 1) {
    options.push({ value: year, label: `${year} 年` });
  }
  return options;
}

interface Props {
  query: RegistryQuery;
  onChange: (patch: Partial<RegistryQuery>) => void;
}

/** Kind, status and year apply at once; the text search waits until typing pauses. */
export function RegistryFilters({ query, onChange }: Props) {
  const [text, setText] = useState(query.q ?? '');
  // The search text this box last put in the address; any other value there came from elsewhere
  // (the menu, a dashboard link, the back button) and replaces what the box shows.
  const [sent, setSent] = useState(query.q ?? '');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [years] = useState(yearOptions);

  useEffect(() => () => clearTimeout(timer.current), []);

  if ((query.q ?? '') !== sent) {
    setSent(query.q ?? '');
    setText(query.q ?? '');
  }

  const search = (value: string, delay: number) => {
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const q = value.trim();
      setSent(q);
      onChange({ q: q || undefined });
    }, delay);
  };

  return (
    <Space wrap>
      <Input.Search
        placeholder="搜索标题或文号"
        allowClear
        value={text}
        onChange={(event) => search(event.target.value, SEARCH_DELAY_MS)}
        onSearch={(value) => search(value, 0)}
        maxLength={100}
        style={{ width: 280 }}
        aria-label="搜索标题或文号"
      />
      <Select<DocumentKind>
        placeholder="全部类别"
        allowClear
        value={query.kind}
        options={KIND_OPTIONS}
        onChange={(kind) => onChange({ kind })}
        style={{ width: 170 }}
        aria-label="类别"
      />
      <Select<DocumentStatus>
        placeholder="全部状态"
        allowClear
        value={query.status}
        options={STATUS_OPTIONS}
        onChange={(status) => onChange({ status })}
        style={{ width: 130 }}
        aria-label="状态"
      />
      <Select<LifecycleState>
        placeholder="全部效力状态"
        allowClear
        value={query.lifecycle}
        options={LIFECYCLE_OPTIONS}
        onChange={(lifecycle) => onChange({ lifecycle })}
        style={{ width: 190 }}
        aria-label="效力状态"
      />
      <Select<number>
        placeholder="全部年度"
        allowClear
        showSearch
        value={query.year}
        options={years}
        onChange={(year) => onChange({ year })}
        style={{ width: 130 }}
        aria-label="年度"
      />
    </Space>
  );
}
