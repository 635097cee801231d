// The documents schemas only: the registry's first screen does not evaluate the whole contract.
import { ListDocumentsInput } from '../../../shared/api/schemas/documents';

export type RegistryQuery = ListDocumentsInput;
export const PAGE_SIZES = [50, 100, 200, 500] as const;

const KEYS = ['kind', 'status', 'lifecycle', 'year', 'q', 'sort', 'order', 'page', 'pageSize'] as const;
const NUMERIC = new Set<string>(['year', 'page', 'pageSize']);
const DEFAULTS = ListDocumentsInput.parse({});

/**
 * Reads the registry query from the address bar. Each parameter is checked on its own against the
 * contract, so one bad value (an edited URL) is dropped instead of emptying the whole filter.
 */
export function parseRegistryQuery(search: URLSearchParams): RegistryQuery {
  const raw: Record<string, unknown> = {};
  for (const key of KEYS) {
    const value = search.get(key);
    if (value === null || value === '') continue;
    const candidate = NUMERIC.has(key) ? Number(value) : value;
    if (ListDocumentsInput.shape[key].safeParse(candidate).success) raw[key] = candidate;
  }
  return ListDocumentsInput.parse(raw);
}

/** The query as URL parameters, leaving out defaults so that addresses stay short. */
export function registrySearch(query: Partial<RegistryQuery>): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of KEYS) {
    const value = query[key];
    if (value === undefined || value === '' || value === DEFAULTS[key]) continue;
    search.set(key, String(value));
  }
  return search;
}

/** A link into the registry with some filters set (used by the dashboard). */
export function registryPath(query: Partial<RegistryQuery> = {}): string {
  const search = registrySearch(query).toString();
  return search ? `/documents?${search}` : '/documents';
}
