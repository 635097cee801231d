import { Select } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../lib/useApi';

interface Props {
  value?: string[];
  onChange?: (ids: string[]) => void;
}

/**
 * 另行列入的文件: issued documents chosen by title, 文号 or 登记号, taken into the campaign whatever the
 * filters say (e.g. a document nearing the end of its 有效期 added to a 专项清理).
 */
export function NamedDocumentsField({ value = [], onChange }: Props) {
  const [q, setQ] = useState('');
  const found = useApiQuery('validity.list', { view: 'all', q, page: 1, pageSize: 20 });
  const [labels, setLabels] = useState<Record<string, string>>({});
  const options = (found.data?.items ?? []).map((item) => ({
    value: item.documentId,
    label: `${item.title}（${item.docNumber}，${item.lifecycle.label}）`,
  }));
  const known = new Set(options.map((option) => option.value));
  const chosen = value.filter((id) => !known.has(id)).map((id) => ({ value: id, label: labels[id] ?? id }));
  return (
    <Select
      mode="multiple"
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      aria-label="另行列入的文件"
      placeholder="按标题、文号或登记号查找已印发的文件"
      loading={found.isFetching}
      value={value}
      options={[...options, ...chosen]}
      onChange={(ids: string[]) => {
        setLabels((current) => ({
          ...current,
          ...Object.fromEntries(options.map((option) => [option.value, option.label])),
        }));
        onChange?.(ids);
      }}
    />
  );
}
