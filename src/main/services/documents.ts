import type { DocumentDetail, DocumentSummary, ParsedInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import * as documents from '../db/repos/documents';
import type { DocumentRecord } from '../db/repos/documents';
import { fairCompetitionApplies, keepMarketActivityAnswer } from './marketActivity';
import { insertEvent, listEvents } from '../db/repos/events';
import { listVersions } from '../db/repos/versions';
import { deliberationViews, issuanceView } from './issuanceRecords';
import type { Deps } from '../deps';
import { requireAccount, type ServiceContext } from './context';
import { documentIdsInState, lifecycleTags } from './validity';
import { indexDocumentRecords } from './searchIndex';

const METADATA_FIELDS = ['kind', 'title', 'draftingUnit', 'issuingAuthority', 'responsiblePerson'] as const;

export function mustFindDocument(deps: Deps, id: string): DocumentRecord {
  const document = documents.findDocument(deps.db, id);
  if (!document) throw new DomainError('NOT_FOUND', '文件不存在。');
  return document;
}

export function listDocuments(ctx: ServiceContext, input: ParsedInput<'documents.list'>) {
  const onlyIds = input.lifecycle ? documentIdsInState(ctx, input.lifecycle) : undefined;
  const { items, total } = documents.listDocuments(ctx.db, input, onlyIds);
  const tags = lifecycleTags(
    ctx,
    items.filter((item) => item.docNumber !== null).map((item) => item.id),
  );
  return {
    items: items.map((item) => {
      const lifecycle = tags.get(item.id);
      return lifecycle ? { ...documents.toSummary(item), lifecycle } : documents.toSummary(item);
    }),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

export function getDocument(ctx: ServiceContext, input: ParsedInput<'documents.get'>): DocumentDetail {
  const document = mustFindDocument(ctx, input.id);
  return {
    document: documents.toSummary(document),
    versions: listVersions(ctx.db, document.id),
    events: listEvents(ctx.db, document.id),
    deliberations: deliberationViews(ctx, document.id),
    issuance: issuanceView(ctx, document.id),
  };
}

/** Registers a new document in the 起草 state; the timeline starts with a 登记 event. */
export function createDocument(ctx: ServiceContext, input: ParsedInput<'documents.create'>): DocumentSummary {
  const actor = requireAccount(ctx);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const id = ctx.ids.next();
  const { touchesBusiness, ...metadata } = input;
  documents.insertDocument(ctx.db, {
    id,
    ...metadata,
    status: 'drafting',
    year: now.getFullYear(),
    docNumber: null,
    versionCount: 0,
    createdAt: at,
    createdBy: actor.id,
    updatedAt: at,
  });
  insertEvent(ctx.db, {
    id: ctx.ids.next(),
    documentId: id,
    kind: 'registered',
    at,
    actorId: actor.id,
    detail: input,
  });
  indexDocumentRecords(ctx, id);
  // Kinds without a 公平竞争审查 (党内规范性文件, contracts, disclosure answers) keep no answer.
  if (touchesBusiness !== undefined && fairCompetitionApplies(input.kind))
    keepMarketActivityAnswer(ctx, mustFindDocument(ctx, id), touchesBusiness);
  return documents.toSummary(mustFindDocument(ctx, id));
}

/** Changes registry metadata; the timeline records each changed field with its old and new value. */
export function updateDocument(ctx: ServiceContext, input: ParsedInput<'documents.update'>): DocumentSummary {
  const actor = requireAccount(ctx);
  const current = mustFindDocument(ctx, input.id);
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of METADATA_FIELDS) {
    const value = input[field];
    if (value !== undefined && value !== current[field]) changes[field] = { from: current[field], to: value };
  }
  if (Object.keys(changes).length === 0) return documents.toSummary(current);
  const at = ctx.clock.now().toISOString();
  documents.updateDocument(ctx.db, {
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
  indexDocumentRecords(ctx, current.id);
  ctx.describeChange({ detail: { title: current.title, changes } });
  return documents.toSummary(mustFindDocument(ctx, current.id));
}
