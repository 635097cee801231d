import { type z } from 'zod';
import type {
  Account,
  DocumentDetail,
  DocumentMetadataInput,
  DocumentSummary,
  ListDocumentsInput,
  UpdateDocumentInput,
} from '../../shared/api';
import { DomainError } from '../../shared/api';
import type { HandlerContext } from '../api/context';
import { requireAccount } from '../api/context';
import {
  findDocument,
  insertDocument,
  listDocuments,
  toSummary,
  updateDocumentMetadata,
} from '../db/repos/documents';
import { insertEvent, listEvents } from '../db/repos/events';
import { listVersionSummaries } from '../db/repos/versions';
import type { Deps } from '../deps';

const METADATA_FIELDS = ['kind', 'title', 'draftingUnit', 'issuingAuthority', 'responsiblePerson'] as const;

/** Registers a new document in the 起草 state; the timeline starts with a 登记 event. */
export function registerDocument(deps: Deps, actor: Account, input: DocumentMetadataInput): DocumentSummary {
  const now = deps.clock.now();
  const at = now.toISOString();
  const id = deps.ids.next();
  insertDocument(deps.db, {
    id,
    ...input,
    status: 'drafting',
    year: now.getFullYear(),
    docNumber: null,
    versionCount: 0,
    createdAt: at,
    createdBy: actor.id,
    updatedAt: at,
  });
  insertEvent(deps.db, {
    id: deps.ids.next(),
    documentId: id,
    kind: 'registered',
    at,
    actorId: actor.id,
    detail: input,
  });
  return toSummary(mustFindDocument(deps, id));
}

export function createDocument(ctx: HandlerContext, input: DocumentMetadataInput): DocumentSummary {
  return registerDocument(ctx, requireAccount(ctx), input);
}

/** Changes registry metadata; the timeline records each changed field with its old and new value. */
export function updateDocument(
  ctx: HandlerContext,
  input: z.output<typeof UpdateDocumentInput>,
): DocumentSummary {
  const actor = requireAccount(ctx);
  const current = mustFindDocument(ctx, input.id);
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of METADATA_FIELDS) {
    const value = input[field];
    if (value !== undefined && value !== current[field]) changes[field] = { from: current[field], to: value };
  }
  if (Object.keys(changes).length === 0) return toSummary(current);
  const at = ctx.clock.now().toISOString();
  updateDocumentMetadata(ctx.db, {
    id: current.id,
    kind: input.kind ?? current.kind,
    title: input.title ?? current.title,
    draftingUnit: input.draftingUnit ?? current.draftingUnit,
    issuingAuthority: input.issuingAuthority ?? current.issuingAuthority,
    responsiblePerson: input.responsiblePerson ?? current.responsiblePerson,
    updatedAt: at,
  });
  insertEvent(ctx.db, {
    id: ctx.ids.next(),
    documentId: current.id,
    kind: 'metadata_changed',
    at,
    actorId: actor.id,
    detail: changes,
  });
  ctx.audit.detail = { title: current.title, changes };
  return toSummary(mustFindDocument(ctx, current.id));
}

export function listDocumentPage(deps: Deps, query: ListDocumentsInput) {
  const { items, total } = listDocuments(deps.db, query);
  return { items: items.map(toSummary), total, page: query.page, pageSize: query.pageSize };
}

export function getDocumentDetail(deps: Deps, id: string): DocumentDetail {
  const document = mustFindDocument(deps, id);
  return {
    document: toSummary(document),
    versions: listVersionSummaries(deps.db, id),
    events: listEvents(deps.db, id),
  };
}

function mustFindDocument(deps: Deps, id: string) {
  const document = findDocument(deps.db, id);
  if (!document) throw new DomainError('NOT_FOUND', '文件不存在。');
  return document;
}
