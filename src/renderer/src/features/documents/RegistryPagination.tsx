import { Pagination } from 'antd';
import { PAGE_SIZES, type RegistryQuery } from '../../lib/registryParams';

interface Props {
  query: RegistryQuery;
  onChange: (patch: Partial<RegistryQuery>) => void;
  total: number;
}

/** Page and page size of the registry, kept in the address like the filters. */
export function RegistryPagination({ query, onChange, total }: Props) {
  return (
    <Pagination
      current={query.page}
      pageSize={query.pageSize}
      total={total}
      showSizeChanger
      pageSizeOptions={PAGE_SIZES.map(String)}
      showTotal={(count) => `共 ${count} 件`}
      onChange={(page, pageSize) => onChange(pageSize !== query.pageSize ? { pageSize, page: 1 } : { page })}
    />
  );
}
