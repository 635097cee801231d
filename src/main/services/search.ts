import { performance } from 'node:perf_hooks';
import type { Account, ChannelOutput, ParsedInput, SearchResult } from '../../shared/api';
import { checkAccess, contract, DomainError, type Channel } from '../../shared/api';
import type { DocumentKind } from '../../shared/domain/documentKinds';
import type { DocumentStatus } from '../../shared/domain/documentStatus';
import {
  parseSearchQuery,
  SEARCH_SOURCES,
  type SearchSource,
  snippetSegments,
} from '../../shared/domain/search';
import { versionTitle } from '../../shared/domain/versionName';
import { documentHitCounts, documentIdsAfter, matchingDocuments, searchHits } from '../db/repos/searchIndex';
import { requireAccount, type ServiceContext } from './context';
import { ensureSearchIndex, reindexDocument } from './searchIndex';

/**
 * The channel a hit opens in. Whether an account may see a hit is whether it may call that channel —
 * the one rule the app applies when the hit is opened — so search never shows what the reader refuses.
 */
export const SEARCH_SOURCE_OPENERS: Record<SearchSource, Channel> = {
  document: 'documents.get',
  version: 'versions.get',
  draft: 'drafts.get',
  annotation: 'annotations.list',
  review: 'reviews.get',
  filing: 'filings.forDocument',
  cleanup: 'cleanup.get',
};

/** The sources whose hits this account may open. */
export function openableSources(
  account: Pick<Account, 'roles'> | null,
  openers: Record<SearchSource, Channel> = SEARCH_SOURCE_OPENERS,
): SearchSource[] {
  return SEARCH_SOURCES.filter((source) => checkAccess(contract[openers[source]].access, account) === null);
}

/** search.query: documents with hits, grouped, each with its first hits as highlighted snippets. */
export function searchQuery(ctx: ServiceContext, input: ParsedInput<'search.query'>): SearchResult {
  const account = requireAccount(ctx);
  const started = performance.now();
  const terms = parseSearchQuery(input.q);
  if (terms.length === 0) throw new DomainError('INVALID_INPUT', '请输入要搜索的文字。');
  ensureSearchIndex(ctx);
  const openable = openableSources(account);
  const sources = input.sources ? openable.filter((source) => input.sources?.includes(source)) : openable;
  const filter = { terms, sources, kinds: input.kinds, statuses: input.statuses, year: input.year };
  const { documentIds, more } = matchingDocuments(ctx.db, filter, input.limit);
  const documents = documentHitCounts(ctx.db, filter, documentIds);
  const hits = searchHits(ctx.db, filter, documentIds, input.hitsPerDocument);
  return {
    terms,
    documentCount: documents.length,
    more,
    hitCount: documents.reduce((sum, document) => sum + document.hitCount, 0),
    documents: documents.map((document) => ({
      documentId: document.documentId,
      title: document.title,
      kind: document.kind as DocumentKind,
      status: document.status as DocumentStatus,
      year: document.year,
      docNumber: document.docNumber,
      hitCount: document.hitCount,
      hits: hits
        .filter((hit) => hit.documentId === document.documentId)
        .map((hit) => ({
          source: hit.source,
          sourceId: hit.sourceId,
          versionId: hit.versionId,
          versionTitle: hit.versionSeq !== null ? versionTitle(hit.versionSeq, hit.versionLabel ?? '') : null,
          blockId: hit.blockId,
          path: hit.path,
          segments: snippetSegments(hit.text, terms),
        })),
    })),
    millis: Math.round((performance.now() - started) * 10) / 10,
  };
}

/** search.reindex: one batch of a rebuild, documents in id order, each rebuilt from scratch. */
export function reindexSearch(
  ctx: ServiceContext,
  input: ParsedInput<'search.reindex'>,
): ChannelOutput<'search.reindex'> {
  const { ids, remaining } = documentIdsAfter(ctx.db, input.after, input.limit);
  let entries = 0;
  for (const id of ids) entries += reindexDocument(ctx, id);
  ctx.describeChange({
    targetType: 'search_index',
    detail: { after: input.after, indexed: ids.length, entries },
  });
  return {
    indexed: ids.length,
    entries,
    remaining,
    next: remaining > 0 ? (ids[ids.length - 1] ?? null) : null,
  };
}
