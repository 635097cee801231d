import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { LawSearchInput } from '../../../../shared/api';
import type { z } from 'zod';

export type LawQuery = z.output<typeof LawSearchInput>;
export const LAW_PAGE_SIZES = [20, 50, 100, 200] as const;
const DEFAULTS = LawSearchInput.parse({});

/** The address bar's q, status, page and pageSize, each kept only when the contract accepts it. */
export function parseLawQuery(search: URLSearchParams): LawQuery {
  const raw: Record<string, unknown> = {};
  for (const key of ['q', 'status', 'page', 'pageSize'] as const) {
    const value = search.get(key);
    if (value === null || value === '') continue;
    const candidate = key === 'page' || key === 'pageSize' ? Number(value) : value;
    if (LawSearchInput.shape[key].safeParse(candidate).success) raw[key] = candidate;
  }
  return LawSearchInput.parse(raw);
}

function lawSearch(query: LawQuery): URLSearchParams {
  const search = new URLSearchParams();
  if (query.q) search.set('q', query.q);
  if (query.status) search.set('status', query.status);
  if (query.page !== DEFAULTS.page) search.set('page', String(query.page));
  if (query.pageSize !== DEFAULTS.pageSize) search.set('pageSize', String(query.pageSize));
  return search;
}

/** The library's search lives in the URL; a new search or filter goes back to page 1. */
export function useLawQuery(): [LawQuery, (patch: Partial<LawQuery>) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => parseLawQuery(searchParams), [searchParams]);
  const update = useCallback(
    (patch: Partial<LawQuery>) =>
      setSearchParams(
        (previous) => {
          const current = parseLawQuery(previous);
          const resetsPage = Object.keys(patch).some((key) => key !== 'page');
          return lawSearch({ ...current, ...(resetsPage ? { page: 1 } : {}), ...patch });
        },
        { replace: true },
      ),
    [setSearchParams],
  );
  return [query, update];
}
