import { Checkbox, Flex, InputNumber, Select, Typography } from 'antd';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS } from '../../../../shared/domain/documentKinds';
import { DOCUMENT_STATUS_LABELS, DOCUMENT_STATUSES } from '../../../../shared/domain/documentStatus';
import { SEARCH_SOURCE_LABELS, SEARCH_SOURCES } from '../../../../shared/domain/search/sources';
import type { SearchPageQuery } from './searchParams';

const KIND_OPTIONS = DOCUMENT_KINDS.map((kind) => ({ value: kind, label: DOCUMENT_KIND_LABELS[kind] }));
const STATUS_OPTIONS = DOCUMENT_STATUSES.map((status) => ({
  value: status,
  label: DOCUMENT_STATUS_LABELS[status],
}));
const SOURCE_OPTIONS = SEARCH_SOURCES.map((source) => ({
  value: source,
  label: SEARCH_SOURCE_LABELS[source],
}));

/** 类型, 状态, 年度 and 位置 (where the hit is): each change is a new address, so Back undoes it. */
export function SearchFilters({
  query,
  onChange,
}: {
  query: SearchPageQuery;
  onChange: (next: Partial<SearchPageQuery>) => void;
}) {
  return (
    <Flex vertical gap={8}>
      <Flex gap={12} wrap align="center">
        <Select
          mode="multiple"
          allowClear
          placeholder="全部类型"
          aria-label="文件类型"
          style={{ minWidth: 200 }}
          options={KIND_OPTIONS}
          value={query.kinds}
          onChange={(kinds) => onChange({ kinds })}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder="全部状态"
          aria-label="文件状态"
          style={{ minWidth: 200 }}
          options={STATUS_OPTIONS}
          value={query.statuses}
          onChange={(statuses) => onChange({ statuses })}
        />
        <InputNumber
          placeholder="年度"
          aria-label="年度"
          min={1949}
          max={2200}
          precision={0}
          style={{ width: 120 }}
          value={query.year ?? null}
          onChange={(year) => onChange({ year: typeof year === 'number' ? year : undefined })}
        />
      </Flex>
      <Flex gap={8} align="center" wrap>
        <Typography.Text type="secondary">位置：</Typography.Text>
        <Checkbox.Group
          options={SOURCE_OPTIONS}
          value={query.sources}
          onChange={(sources) => onChange({ sources })}
        />
        <Typography.Text type="secondary">（不选即全部）</Typography.Text>
      </Flex>
    </Flex>
  );
}
