import type { ParsedInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import type { DecisionCatalogView, DecisionItemView } from '../../shared/api/schemas/decisionCatalogs';
import { DOCUMENT_KIND_LABELS } from '../../shared/domain/documentKinds';
import { DOCUMENT_STATUS_LABELS } from '../../shared/domain/documentStatus';
import {
  CATALOG_CHANGE_LABELS,
  CATALOG_STATUS_LABELS,
  type CatalogMove,
  type CatalogChangeKind,
  catalogMoveRefusal,
  DECISION_TYPE_LABELS,
  decisionCatalogTitle,
  itemChangeRule,
  nextCatalogMove,
  plannedCompletionLabel,
  procedureProgress,
} from '../../shared/domain/decisionCatalog';
import { reviewOutcomeOf } from '../../shared/domain/ruleProfileSchema';
import type { WorkflowContext } from '../../shared/domain/workflow';
import {
  type DecisionCatalogChangeRecord,
  insertDecisionCatalogChange,
  listDecisionCatalogChanges,
} from '../db/repos/decisionCatalogChanges';
import * as catalogItems from '../db/repos/decisionCatalogItems';
import type { DecisionCatalogItemFields, DecisionCatalogItemRecord } from '../db/repos/decisionCatalogItems';
import {
  type DecisionCatalogRecord,
  findDecisionCatalog,
  findDecisionCatalogByYear,
  insertDecisionCatalog,
  publishDecisionCatalog as markPublished,
  recordDecisionCatalogApproval as markApproved,
  recordDecisionCatalogCheck as markChecked,
  touchDecisionCatalog,
} from '../db/repos/decisionCatalogs';
import { findDocument } from '../db/repos/documents';
import { findUserById } from '../db/repos/users';
import { findWorkflow } from '../db/repos/workflowContexts';
import type { Deps } from '../deps';
import { buildDecisionCatalogDocx } from '../export/decisionCatalogDocx';
import { DOCX_MEDIA_TYPE } from '../export/gbt9704';
import { requireAccount, type ServiceContext } from './context';
import { activeRuleProfile, today } from './rules';
import { getAgency } from './settings';

/**
 * 重大行政决策事项目录 (重大行政决策程序暂行条例 第三条第三款): one catalog a year, its items collected by
 * drafters and reviewers, checked (法治审查) by a reviewer, approved by the Party committee at the same
 * level (recorded by the 负责人) and published by a reviewer. Items are never deleted; every change is
 * kept, and after publication each one (调整) needs a reason and is listed in the Word export.
 */

function mustFindCatalog(deps: Deps, year: number): DecisionCatalogRecord {
  const catalog = findDecisionCatalogByYear(deps.db, year);
  if (!catalog) throw new DomainError('NOT_FOUND', `${year}年度的重大行政决策事项目录尚未建立。`);
  return catalog;
}

/** The local day of a stored timestamp, as `today` counts days. */
function localDate(at: string): string {
  const time = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

function nameOf(deps: Deps, userId: string | null): string {
  return userId ? (findUserById(deps.db, userId)?.displayName ?? '') : '';
}

/** The document the item links to, with the five procedures as its workflow has recorded them. */
function linkedDocument(deps: Deps, documentId: string) {
  const document = findDocument(deps.db, documentId);
  if (!document) return null;
  const context = (findWorkflow(deps.db, documentId)?.context ?? {}) as Partial<WorkflowContext>;
  const profile = activeRuleProfile(deps).profile;
  const conclusion = context.review?.conclusion ?? null;
  return {
    id: document.id,
    title: document.title,
    status: document.status,
    statusLabel: DOCUMENT_STATUS_LABELS[document.status],
    procedures: procedureProgress({
      procedures: context.procedures ?? null,
      review: context.review
        ? {
            concludedOn: context.review.concludedOn,
            allowsDeliberation:
              !!conclusion && !!reviewOutcomeOf(profile, document.kind, conclusion)?.allowsDeliberation,
          }
        : null,
      deliberation: context.deliberation
        ? { heldOn: context.deliberation.heldOn, decision: context.deliberation.decision }
        : null,
    }),
  };
}

function fieldsOf(item: DecisionCatalogItemRecord): DecisionCatalogItemFields {
  return {
    name: item.name,
    decisionType: item.decisionType,
    leadUnit: item.leadUnit,
    basis: item.basis,
    plannedCompletion: item.plannedCompletion,
    documentId: item.documentId,
  };
}

function itemViews(deps: Deps, items: readonly DecisionCatalogItemRecord[]): DecisionItemView[] {
  let number = 0;
  return items.map((item) => ({
    ...fieldsOf(item),
    id: item.id,
    seq: item.seq,
    number: item.state === 'active' ? ++number : null,
    decisionTypeLabel: DECISION_TYPE_LABELS[item.decisionType],
    plannedCompletionLabel: plannedCompletionLabel(item.plannedCompletion),
    document: item.documentId ? linkedDocument(deps, item.documentId) : null,
    state: item.state,
  }));
}

function catalogView(deps: Deps, catalog: DecisionCatalogRecord): DecisionCatalogView {
  const items = catalogItems.listDecisionCatalogItems(deps.db, catalog.id);
  const names = new Map(items.map((item) => [item.id, item.name]));
  return {
    id: catalog.id,
    year: catalog.year,
    title: decisionCatalogTitle(getAgency(deps).agencyName, catalog.year),
    status: catalog.status,
    statusLabel: CATALOG_STATUS_LABELS[catalog.status],
    nextMove: nextCatalogMove(catalog.status),
    check: catalog.checkedOn
      ? {
          on: catalog.checkedOn,
          byName: nameOf(deps, catalog.checkedBy),
          opinion: catalog.checkOpinion ?? '',
        }
      : null,
    approval: catalog.approvedOn
      ? {
          on: catalog.approvedOn,
          byName: nameOf(deps, catalog.approvedBy),
          reference: catalog.approvalReference ?? '',
        }
      : null,
    publication: catalog.publishedOn
      ? { on: catalog.publishedOn, byName: nameOf(deps, catalog.publishedBy), channels: catalog.publishedIn }
      : null,
    items: itemViews(deps, items),
    changes: listDecisionCatalogChanges(deps.db, catalog.id).map((change) => ({
      id: change.id,
      itemId: change.itemId,
      itemName: change.after?.name ?? change.before?.name ?? names.get(change.itemId) ?? '',
      change: change.change,
      changeLabel: CATALOG_CHANGE_LABELS[change.change],
      before: change.before,
      after: change.after,
      reason: change.reason,
      afterPublication: change.afterPublication,
      changedAt: change.changedAt,
      changedOn: localDate(change.changedAt),
      changedByName: nameOf(deps, change.changedBy),
    })),
  };
}

/** The year's catalog, or null when it has not been started. */
export function getDecisionCatalog(
  ctx: ServiceContext,
  input: ParsedInput<'decisionCatalogs.get'>,
): DecisionCatalogView | null {
  requireAccount(ctx);
  const catalog = findDecisionCatalogByYear(ctx.db, input.year);
  return catalog ? catalogView(ctx, catalog) : null;
}

/** 新建: starts the year's catalog in 征集. */
export function createDecisionCatalog(
  ctx: ServiceContext,
  input: ParsedInput<'decisionCatalogs.create'>,
): DecisionCatalogView {
  const actor = requireAccount(ctx);
  if (findDecisionCatalogByYear(ctx.db, input.year))
    throw new DomainError('CONFLICT', `${input.year}年度的重大行政决策事项目录已经建立。`);
  const at = ctx.clock.now().toISOString();
  const record: DecisionCatalogRecord = {
    id: ctx.ids.next(),
    year: input.year,
    status: 'collecting',
    checkedOn: null,
    checkedBy: null,
    checkOpinion: null,
    approvedOn: null,
    approvedBy: null,
    approvalReference: null,
    publishedOn: null,
    publishedBy: null,
    publishedIn: [],
    createdAt: at,
    createdBy: actor.id,
    updatedAt: at,
  };
  insertDecisionCatalog(ctx.db, record);
  ctx.describeChange({ targetType: 'decision_catalogs', targetId: record.id, detail: { year: input.year } });
  return catalogView(ctx, record);
}

/** Items change freely while collecting, with a reason after publication, not at all in between. */
function reasonForChange(catalog: DecisionCatalogRecord, reason: string | undefined): string {
  const rule = itemChangeRule(catalog.status);
  if (rule === 'frozen')
    throw new DomainError(
      'INVALID_STATE',
      `目录${CATALOG_STATUS_LABELS[catalog.status]}，公布前事项以法治审查和党委同意的为准，不能修改；公布后可以调整并说明理由。`,
    );
  const given = reason?.trim() ?? '';
  if (rule === 'reason' && given === '')
    throw new DomainError('INVALID_INPUT', '目录已经公布，调整事项应当说明理由。');
  return given;
}

/** Only a 重大行政决策 may be linked, and to one active item of the year at most. */
function checkLink(
  ctx: ServiceContext,
  catalog: DecisionCatalogRecord,
  documentId: string | null,
  itemId: string | null,
): void {
  if (!documentId) return;
  const document = findDocument(ctx.db, documentId);
  if (!document) throw new DomainError('NOT_FOUND', '要关联的文件不存在。');
  if (document.kind !== 'major_decision')
    throw new DomainError(
      'INVALID_INPUT',
      `只能关联重大行政决策文件；《${document.title}》是${DOCUMENT_KIND_LABELS[document.kind]}。`,
    );
  const other = catalogItems
    .listDecisionCatalogItems(ctx.db, catalog.id)
    .find((item) => item.state === 'active' && item.documentId === documentId && item.id !== itemId);
  if (other) throw new DomainError('CONFLICT', `《${document.title}》已关联到本目录的事项“${other.name}”。`);
}

function recordChange(
  ctx: ServiceContext,
  catalog: DecisionCatalogRecord,
  itemId: string,
  change: CatalogChangeKind,
  before: DecisionCatalogItemFields | null,
  after: DecisionCatalogItemFields | null,
  reason: string,
  at: string,
): DecisionCatalogChangeRecord {
  const record: DecisionCatalogChangeRecord = {
    id: ctx.ids.next(),
    catalogId: catalog.id,
    itemId,
    change,
    before,
    after,
    reason,
    afterPublication: catalog.status === 'published',
    changedAt: at,
    changedBy: requireAccount(ctx).id,
  };
  insertDecisionCatalogChange(ctx.db, record);
  touchDecisionCatalog(ctx.db, catalog.id, at);
  ctx.describeChange({
    targetType: 'decision_catalog_items',
    targetId: itemId,
    detail: { year: catalog.year, change, before, after, reason },
  });
  return record;
}

function fieldsFromInput(input: ParsedInput<'decisionCatalogs.addItem'>): DecisionCatalogItemFields {
  return {
    name: input.name,
    decisionType: input.decisionType,
    leadUnit: input.leadUnit,
    basis: input.basis,
    plannedCompletion: input.plannedCompletion,
    documentId: input.documentId,
  };
}

/** 征集: a new item at the end of the list. */
export function addDecisionCatalogItem(
  ctx: ServiceContext,
  input: ParsedInput<'decisionCatalogs.addItem'>,
): DecisionCatalogView {
  const actor = requireAccount(ctx);
  const catalog = mustFindCatalog(ctx, input.year);
  const reason = reasonForChange(catalog, input.reason);
  const fields = fieldsFromInput(input);
  checkLink(ctx, catalog, fields.documentId, null);
  const at = ctx.clock.now().toISOString();
  const item: DecisionCatalogItemRecord = {
    ...fields,
    id: ctx.ids.next(),
    catalogId: catalog.id,
    seq: catalogItems.nextDecisionCatalogItemSeq(ctx.db, catalog.id),
    state: 'active',
    createdAt: at,
    createdBy: actor.id,
    updatedAt: at,
  };
  catalogItems.insertDecisionCatalogItem(ctx.db, item);
  recordChange(ctx, catalog, item.id, 'added', null, fields, reason, at);
  return catalogView(ctx, catalog);
}

function mustFindItem(ctx: ServiceContext, itemId: string) {
  const item = catalogItems.findDecisionCatalogItem(ctx.db, itemId);
  if (!item) throw new DomainError('NOT_FOUND', '目录中没有这个事项。');
  if (item.state === 'removed') throw new DomainError('INVALID_STATE', `事项“${item.name}”已移出目录。`);
  const catalog = findDecisionCatalog(ctx.db, item.catalogId);
  if (!catalog) throw new Error(`decision catalog ${item.catalogId} of item ${item.id} is missing`);
  return { item, catalog };
}

export function updateDecisionCatalogItem(
  ctx: ServiceContext,
  input: ParsedInput<'decisionCatalogs.updateItem'>,
): DecisionCatalogView {
  requireAccount(ctx);
  const { item, catalog } = mustFindItem(ctx, input.itemId);
  const reason = reasonForChange(catalog, input.reason);
  const before = fieldsOf(item);
  const after: DecisionCatalogItemFields = {
    name: input.name,
    decisionType: input.decisionType,
    leadUnit: input.leadUnit,
    basis: input.basis,
    plannedCompletion: input.plannedCompletion,
    documentId: input.documentId,
  };
  if (JSON.stringify(before) === JSON.stringify(after))
    throw new DomainError('INVALID_INPUT', '事项没有任何改动。');
  if (after.documentId !== before.documentId) checkLink(ctx, catalog, after.documentId, item.id);
  const at = ctx.clock.now().toISOString();
  catalogItems.updateDecisionCatalogItem(ctx.db, item.id, after, at);
  recordChange(ctx, catalog, item.id, 'edited', before, after, reason, at);
  return catalogView(ctx, catalog);
}

export function removeDecisionCatalogItem(
  ctx: ServiceContext,
  input: ParsedInput<'decisionCatalogs.removeItem'>,
): DecisionCatalogView {
  requireAccount(ctx);
  const { item, catalog } = mustFindItem(ctx, input.itemId);
  const reason = reasonForChange(catalog, input.reason);
  const at = ctx.clock.now().toISOString();
  catalogItems.removeDecisionCatalogItem(ctx.db, item.id, at);
  recordChange(ctx, catalog, item.id, 'removed', fieldsOf(item), null, reason, at);
  return catalogView(ctx, catalog);
}

/** The catalog of the year, ready for the move: it is the move's turn and the date is not in the future. */
function catalogForMove(ctx: ServiceContext, year: number, move: CatalogMove, given: string | undefined) {
  const catalog = mustFindCatalog(ctx, year);
  const refusal = catalogMoveRefusal(catalog.status, move);
  if (refusal) throw new DomainError('INVALID_STATE', refusal);
  const on = given ?? today(ctx);
  if (on > today(ctx)) throw new DomainError('INVALID_INPUT', `日期（${on}）不能晚于今天。`);
  return { catalog, on };
}

/** 法治审查 of the catalog, by a reviewer: its opinion closes the 征集. */
export function recordDecisionCatalogCheck(
  ctx: ServiceContext,
  input: ParsedInput<'decisionCatalogs.recordCheck'>,
): DecisionCatalogView {
  const actor = requireAccount(ctx);
  const { catalog, on } = catalogForMove(ctx, input.year, 'recordCheck', input.on);
  if (!catalogItems.listDecisionCatalogItems(ctx.db, catalog.id).some((item) => item.state === 'active'))
    throw new DomainError('INVALID_STATE', '目录中还没有事项，不能进行法治审查。');
  markChecked(ctx.db, catalog.id, {
    on,
    by: actor.id,
    opinion: input.opinion,
    at: ctx.clock.now().toISOString(),
  });
  ctx.describeChange({ targetType: 'decision_catalogs', targetId: catalog.id, detail: { ...input, on } });
  return catalogView(ctx, mustFindCatalog(ctx, input.year));
}

/** 报同级党委同意, recorded by the 负责人 with the 文件 or 会议 that gave it. */
export function recordDecisionCatalogApproval(
  ctx: ServiceContext,
  input: ParsedInput<'decisionCatalogs.recordApproval'>,
): DecisionCatalogView {
  const actor = requireAccount(ctx);
  const { catalog, on } = catalogForMove(ctx, input.year, 'recordApproval', input.on);
  if (catalog.checkedOn && on < catalog.checkedOn)
    throw new DomainError('INVALID_INPUT', `党委同意日期不能早于法治审查日期（${catalog.checkedOn}）。`);
  markApproved(ctx.db, catalog.id, {
    on,
    by: actor.id,
    reference: input.reference,
    at: ctx.clock.now().toISOString(),
  });
  ctx.describeChange({ targetType: 'decision_catalogs', targetId: catalog.id, detail: { ...input, on } });
  return catalogView(ctx, mustFindCatalog(ctx, input.year));
}

/** 向社会公布, by a reviewer: the date and the channels. */
export function publishDecisionCatalog(
  ctx: ServiceContext,
  input: ParsedInput<'decisionCatalogs.publish'>,
): DecisionCatalogView {
  const actor = requireAccount(ctx);
  const { catalog, on } = catalogForMove(ctx, input.year, 'publish', input.on);
  if (catalog.approvedOn && on < catalog.approvedOn)
    throw new DomainError('INVALID_INPUT', `公布日期不能早于党委同意日期（${catalog.approvedOn}）。`);
  markPublished(ctx.db, catalog.id, {
    on,
    by: actor.id,
    channels: [...new Set(input.channels)],
    at: ctx.clock.now().toISOString(),
  });
  ctx.describeChange({ targetType: 'decision_catalogs', targetId: catalog.id, detail: { ...input, on } });
  return catalogView(ctx, mustFindCatalog(ctx, input.year));
}

/** The catalog as a GB/T 9704 Word file, named by its title. */
export async function exportDecisionCatalog(
  ctx: ServiceContext,
  input: ParsedInput<'decisionCatalogs.export'>,
) {
  const actor = requireAccount(ctx);
  const view = catalogView(ctx, mustFindCatalog(ctx, input.year));
  const data = await buildDecisionCatalogDocx(view, actor.displayName);
  return { fileName: `${view.title}.docx`, mediaType: DOCX_MEDIA_TYPE, data: data.toString('base64') };
}
