import type { SearchInput, SearchHit } from '../../../../shared/api/schemas/search';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../../shared/domain/documentKinds';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../../../../shared/domain/documentStatus';
import { SEARCH_SOURCES, type SearchSource } from '../../../../shared/domain/search/sources';

/** What the 搜索 page shows, as the address bar holds it: /search?q=罚款&kind=…&where=version,draft. */
export interface SearchPageQuery {
  q: string;
  kinds: DocumentKind[];
  statuses: DocumentStatus[];
  year: number | undefined;
  sources: SearchSource[];
}

function listParam<T extends string>(search: URLSearchParams, key: string, allowed: readonly T[]): T[] {
  return (search.get(key) ?? '')
    .split(',')
    .filter((value): value is T => (allowed as readonly string[]).includes(value));
}

/** Reads the page's query from the URL; unknown values (an edited address) are dropped. */
export function parseSearchPage(search: URLSearchParams): SearchPageQuery {
  const year = Number(search.get('year'));
  return {
    q: search.get('q') ?? '',
    kinds: listParam(search, 'kind', DOCUMENT_KINDS),
    statuses: listParam(search, 'status', DOCUMENT_STATUSES),
    year: Number.isInteger(year) && year >= 1949 && year <= 2200 ? year : undefined,
    sources: listParam(search, 'where', SEARCH_SOURCES),
  };
}

/** The address of the 搜索 page for a query (empty filters left out). */
export function searchPagePath(query: Partial<SearchPageQuery>): string {
  const search = new URLSearchParams();
  if (query.q) search.set('q', query.q);
  if (query.kinds?.length) search.set('kind', query.kinds.join(','));
  if (query.statuses?.length) search.set('status', query.statuses.join(','));
  if (query.year !== undefined) search.set('year', String(query.year));
  if (query.sources?.length) search.set('where', query.sources.join(','));
  const text = search.toString();
  return text ? `/search?${text}` : '/search';
}

/** The API input for the page's query. */
export function searchInput(query: SearchPageQuery): SearchInput {
  return {
    q: query.q,
    ...(query.kinds.length ? { kinds: query.kinds } : {}),
    ...(query.statuses.length ? { statuses: query.statuses } : {}),
    ...(query.year !== undefined ? { year: query.year } : {}),
    ...(query.sources.length ? { sources: query.sources } : {}),
    limit: 50,
    hitsPerDocument: 5,
  };
}

const enc = encodeURIComponent;

/**
 * Where a hit opens: the version (or the working draft) scrolled to its block; a review case, a
 * cleanup campaign, or the document's page for metadata and filings.
 */
export function hitPath(documentId: string, hit: SearchHit): string {
  const block = hit.blockId ? `block=${enc(hit.blockId)}` : '';
  const versionAt = (versionId: string) =>
    `/documents/${enc(documentId)}/versions/${enc(versionId)}${block ? `?${block}` : ''}`;
  const draftAt = (part: string) => {
    const params = [part === 'main' ? '' : `part=${enc(part)}`, block].filter(Boolean).join('&');
    return `/documents/${enc(documentId)}/draft${params ? `?${params}` : ''}`;
  };
  switch (hit.source) {
    case 'version':
      return versionAt(hit.sourceId);
    case 'draft':
      return draftAt(hit.sourceId);
    case 'annotation':
      return hit.versionId ? versionAt(hit.versionId) : draftAt('main');
    case 'review':
      return `/reviews/${enc(hit.sourceId)}`;
    case 'cleanup':
      return `/cleanup/campaigns/${enc(hit.sourceId)}`;
    case 'filing':
      return `/documents/${enc(documentId)}?tab=filing`;
    default:
      return `/documents/${enc(documentId)}`;
  }
}
