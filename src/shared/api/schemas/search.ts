import { z } from 'zod';
import { SEARCH_SOURCES } from '../../domain/search/sources';
import { DocumentKindSchema, DocumentStatusSchema } from './documents';

export const SearchSourceSchema = z.enum(SEARCH_SOURCES);

export const SearchInput = z.object({
  /** As typed: words, "exact phrases"; any character is searched as text. */
  q: z.string().trim().min(1, '请输入要搜索的文字').max(200, '搜索内容最多 200 个字符'),
  kinds: z.array(DocumentKindSchema).max(20).optional(),
  statuses: z.array(DocumentStatusSchema).max(20).optional(),
  year: z.number().int().min(1949).max(2200).optional(),
  /** Where the hit is (metadata, version text, draft, comments …); all when absent. */
  sources: z.array(SearchSourceSchema).max(SEARCH_SOURCES.length).optional(),
  /** Documents returned (each with its first hits). */
  limit: z.number().int().min(1).max(200).default(20),
  /** Hits returned per document. */
  hitsPerDocument: z.number().int().min(1).max(1000).default(5),
});
export type SearchInput = z.input<typeof SearchInput>;

export const SearchHit = z.object({
  source: SearchSourceSchema,
  /** The version, draft part, thread, review case, filing submission or cleanup campaign. */
  sourceId: z.string(),
  /** The version to open the hit in; null for the working draft and for hits outside any text. */
  versionId: z.string().nullable(),
  /** What the version is called (第2稿 · 送审稿), when the hit is in one. */
  versionTitle: z.string().nullable(),
  blockId: z.string(),
  /** 第三章 › 第十二条 › 第二款 for text; the field's or record's name otherwise. */
  path: z.string(),
  segments: z.array(z.object({ text: z.string(), mark: z.boolean() })),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchDocumentResult = z.object({
  documentId: z.string(),
  title: z.string(),
  kind: DocumentKindSchema,
  status: DocumentStatusSchema,
  year: z.number().int(),
  docNumber: z.string().nullable(),
  /** Every hit in the document (the list below holds the first ones). */
  hitCount: z.number().int(),
  hits: z.array(SearchHit),
});
export type SearchDocumentResult = z.infer<typeof SearchDocumentResult>;

export const SearchResult = z.object({
  /** The terms searched for, as understood (quoted phrases kept whole). */
  terms: z.array(z.string()),
  /** Documents listed, those with the newest hits first (at most `limit`). */
  documents: z.array(SearchDocumentResult),
  /** Documents found: all of them, or when `more`, those listed. */
  documentCount: z.number().int(),
  /** More documents have hits than are listed (the search stopped once it had enough). */
  more: z.boolean(),
  /** Hits in the listed documents. */
  hitCount: z.number().int(),
  millis: z.number(),
});
export type SearchResult = z.infer<typeof SearchResult>;

export const SearchReindexInput = z.object({
  /** Documents after this id (ordered by id); null starts from the first. */
  after: z.string().nullable().default(null),
  /** At most this many documents in this call; the CLI calls again until none remain. */
  limit: z.number().int().min(1).max(5000).default(100),
});
export const SearchReindexResult = z.object({
  indexed: z.number().int(),
  entries: z.number().int(),
  remaining: z.number().int(),
  /** Pass as `after` to continue; null when done. */
  next: z.string().nullable(),
});
