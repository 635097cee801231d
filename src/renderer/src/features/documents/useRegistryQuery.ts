import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseRegistryQuery, registrySearch, type RegistryQuery } from '../../lib/registryParams';

/**
 * The registry's filters, sort and page live in the URL, so a reload or a shared link shows the same list.
 * A change of filter or sort goes back to page 1.
 */
export function useRegistryQuery(): [RegistryQuery, (patch: Partial<RegistryQuery>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => parseRegistryQuery(searchParams), [searchParams]);
  const update = useCallback(
    (patch: Partial<RegistryQuery>) => {
      setSearchParams(
        (previous) => {
          const current = parseRegistryQuery(previous);
          const resetsPage = Object.keys(patch).some((key) => key !== 'page');
          return registrySearch({ ...current, ...(resetsPage ? { page: 1 } : {}), ...patch });
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );
  return [query, update];
}
