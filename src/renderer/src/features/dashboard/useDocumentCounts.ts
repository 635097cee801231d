import { useQueries } from '@tanstack/react-query';
import type { ListDocumentsInput } from '../../../../shared/api';
import { call } from '../../api/client';
import { apiKey } from '../../lib/useApi';

export interface CountedFilter<T extends string> {
  value: T;
  count: number | undefined;
}

/**
 * How many documents match each filter value, read from the `total` of a one-row page per value: the
 * registry's own query, so the dashboard and the filtered list always agree.
 */
export function useDocumentCounts<K extends 'kind' | 'status'>(
  field: K,
  values: readonly NonNullable<ListDocumentsInput[K]>[],
): { counts: CountedFilter<NonNullable<ListDocumentsInput[K]>>[]; error: Error | null } {
  const results = useQueries({
    queries: values.map((value) => {
      const input = { [field]: value, pageSize: 1 };
      return {
        queryKey: apiKey('documents.list', input),
        queryFn: () => call('documents.list', input),
      };
    }),
  });
  return {
    counts: values.map((value, index) => ({ value, count: results[index]?.data?.total })),
    error: results.find((result) => result.error)?.error ?? null,
  };
}
