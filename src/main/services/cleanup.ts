import type { ParsedInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import type {
  CampaignDetail,
  CampaignItem,
  CampaignSummary,
  ScopeDocument,
} from '../../shared/api/schemas/cleanup';
import {
  CAMPAIGN_KIND_LABELS,
  type CampaignScope,
  DISPOSITION_LABELS,
} from '../../shared/domain/cleanup/campaigns';
import { LIFECYCLE_STATE_LABELS, type LifecycleState } from '../../shared/domain/cleanup/lifecycle';
import { describeScope } from '../../shared/domain/cleanup/scopeText';
import {
  approveCleanupItem,
  cleanupItemCounts,
  type CleanupCampaignRecord,
  type CleanupItemCounts,
  type CleanupItemRecord,
  decideCleanupItem,
  deleteUndecidedCleanupItem,
  findCleanupCampaign,
  insertCleanupCampaign,
  insertCleanupItem,
  listCleanupCampaigns,
  listCleanupItems,
  setCleanupCampaignScope,
} from '../db/repos/cleanupCampaigns';
import { findIssuance } from '../db/repos/issuances';
import { findLawChange } from '../db/repos/lawChanges';
import type { Deps } from '../deps';
import { requireAccount, type ServiceContext } from './context';
import { mustFindDocument } from './documents';
import { lawLibrary } from './lawLibrary';
import { documentsInScope, type IssuedDocumentLifecycle, issuedDocumentsWithLifecycle } from './lifecycle';
import { today } from './rules';
import { indexDocumentRecords } from './searchIndex';

/**
 * Cleanup campaigns (清理活动, RULES.md §1.10): the documents a scope selects, one disposition per
 * document proposed by a reviewer (拟定) and approved by a second account, the 负责人 (批准), and the
 * campaign applied in one transaction: a lifecycle event per document, and for 修改 the document back in
 * 起草 with its issued text (启动修改). The dispatch owns the transaction: a refusal anywhere leaves nothing.
 */

/** Documents already ended or under revision are not cleaned up again. */
const SETTLED_STATES: readonly LifecycleState[] = ['amended', 'repealed', 'declared_invalid'];
const PREVIEW_LIMIT = 500;

function toScopeDocument(document: IssuedDocumentLifecycle): ScopeDocument {
  return {
    documentId: document.documentId,
    kind: document.kind,
    title: document.title,
    issuingAuthority: document.issuingAuthority,
    docNumber: document.docNumber,
    registrationNumber: document.registrationNumber,
    publishedOn: document.publishedOn,
    validUntil: document.validUntil,
    state: document.lifecycle.state,
    stateLabel: document.lifecycle.label,
  };
}

/** The documents a scope selects today that a campaign may take (not already ended or under revision). */
function selectable(deps: Deps, scope: CampaignScope): IssuedDocumentLifecycle[] {
  return documentsInScope(deps, scope).filter(
    (document) => !SETTLED_STATES.includes(document.lifecycle.state),
  );
}

function lawTitleOf(deps: Deps, scope: CampaignScope): string | null {
  return scope.citesLaw ? (lawLibrary(deps.db).byId(scope.citesLaw)?.title ?? null) : null;
}

const NO_COUNTS: CleanupItemCounts = {
  total: 0,
  decided: 0,
  approved: 0,
  byDisposition: { continue: 0, amend: 0, repeal: 0, declare_invalid: 0 },
};

function toSummary(deps: Deps, campaign: CleanupCampaignRecord, counts: CleanupItemCounts): CampaignSummary {
  return {
    id: campaign.id,
    kind: campaign.kind,
    kindLabel: CAMPAIGN_KIND_LABELS[campaign.kind],
    name: campaign.name,
    scope: campaign.scope,
    scopeText: describeScope(campaign.scope, lawTitleOf(deps, campaign.scope)),
    dueOn: campaign.dueOn,
    lawChangeId: campaign.lawChangeId,
    status: campaign.status,
    statusLabel: campaign.status === 'applied' ? '已应用' : '进行中',
    decidedOn: campaign.decidedOn,
    appliedAt: campaign.appliedAt,
    createdAt: campaign.createdAt,
    createdByName: campaign.createdByName,
    ...counts,
  };
}

export function mustFindCampaign(deps: Deps, campaignId: string): CleanupCampaignRecord {
  const campaign = findCleanupCampaign(deps.db, campaignId);
  if (!campaign) throw new DomainError('NOT_FOUND', '没有这个清理活动。');
  return campaign;
}

export function mustBeOpen(campaign: CleanupCampaignRecord): void {
  if (campaign.status !== 'open') {
    throw new DomainError(
      'INVALID_STATE',
      `清理活动“${campaign.name}”的结果已于 ${campaign.decidedOn ?? ''} 应用，不能再更改。`,
    );
  }
}

/** `cleanup.list`: every campaign with its progress. */
export function listCampaigns(ctx: ServiceContext): CampaignSummary[] {
  requireAccount(ctx);
  const counts = cleanupItemCounts(ctx.db);
  return listCleanupCampaigns(ctx.db).map((campaign) =>
    toSummary(ctx, campaign, counts.get(campaign.id) ?? NO_COUNTS),
  );
}

function toItem(
  item: CleanupItemRecord,
  document: IssuedDocumentLifecycle | undefined,
  inScope: ReadonlySet<string> | null,
): CampaignItem {
  return {
    documentId: item.documentId,
    kind: document?.kind ?? 'admin_normative',
    title: document?.title ?? '',
    issuingAuthority: document?.issuingAuthority ?? '',
    // The issuance the disposition concerns, even after a revised text was issued anew.
    docNumber: item.docNumber,
    registrationNumber: document?.docNumber === item.docNumber ? document.registrationNumber : null,
    publishedOn: document?.publishedOn ?? '',
    validUntil: document?.validUntil ?? null,
    state: document?.lifecycle.state ?? 'in_force',
    stateLabel: document?.lifecycle.label ?? LIFECYCLE_STATE_LABELS.in_force,
    disposition: item.disposition,
    dispositionLabel: item.disposition ? DISPOSITION_LABELS[item.disposition] : null,
    reason: item.reason,
    decidedBy: item.decidedBy,
    decidedByName: item.decidedByName,
    decidedAt: item.decidedAt,
    approvedByName: item.approvedByName,
    approvedAt: item.approvedAt,
    outOfScope: inScope ? !inScope.has(item.documentId) : false,
  };
}

export function countsOf(items: readonly CleanupItemRecord[]): CleanupItemCounts {
  const counts: CleanupItemCounts = {
    total: items.length,
    decided: 0,
    approved: 0,
    byDisposition: { continue: 0, amend: 0, repeal: 0, declare_invalid: 0 },
  };
  for (const item of items) {
    if (item.disposition) {
      counts.decided += 1;
      counts.byDisposition[item.disposition] += 1;
    }
    if (item.approvedAt) counts.approved += 1;
  }
  return counts;
}

export function campaignDetail(
  deps: Deps,
  campaignId: string,
  rescope: CampaignDetail['rescope'] = null,
): CampaignDetail {
  const campaign = mustFindCampaign(deps, campaignId);
  const items = listCleanupItems(deps.db, campaignId);
  const documents = new Map(
    items.length === 0
      ? []
      : issuedDocumentsWithLifecycle(deps, { documentIds: items.map((item) => item.documentId) }).map(
          (document) => [document.documentId, document] as const,
        ),
  );
  const inScope =
    campaign.status === 'open'
      ? new Set(documentsInScope(deps, campaign.scope).map((document) => document.documentId))
      : null;
  return {
    ...toSummary(deps, campaign, countsOf(items)),
    items: items.map((item) => toItem(item, documents.get(item.documentId), inScope)),
    rescope,
  };
}

/** `cleanup.get`: a campaign with its documents, their lifecycle and dispositions. */
export function getCampaign(ctx: ServiceContext, input: ParsedInput<'cleanup.get'>): CampaignDetail {
  requireAccount(ctx);
  return campaignDetail(ctx, input.campaignId);
}

/** `cleanup.preview`: what a scope would select now, before the campaign is saved. */
export function previewCampaignScope(ctx: ServiceContext, input: ParsedInput<'cleanup.preview'>) {
  requireAccount(ctx);
  const scope = scopeFor(ctx, input.scope, input.lawChangeId);
  const documents = selectable(ctx, scope);
  return {
    scope,
    scopeText: describeScope(scope, lawTitleOf(ctx, scope)),
    total: documents.length,
    documents: documents.slice(0, PREVIEW_LIMIT).map(toScopeDocument),
  };
}

/**
 * The filters given, or for a law's change without filters "cites that law" (documents named by hand are
 * added to it, not put in its place).
 */
function scopeFor(ctx: ServiceContext, given: CampaignScope | undefined, lawChangeId: string | undefined) {
  if (!lawChangeId) return given ?? {};
  const change = findLawChange(ctx.db, lawChangeId);
  if (!change) throw new DomainError('NOT_FOUND', '没有这条法规变化记录。');
  const filtered = Object.keys(given ?? {}).some((key) => key !== 'documentIds');
  return filtered ? (given ?? {}) : { ...given, citesLaw: change.lawId };
}

/** The scope of a new campaign: the filters given, or for a law's change "cites that law"; plus named documents. */
function scopeOfNewCampaign(ctx: ServiceContext, input: ParsedInput<'cleanup.create'>): CampaignScope {
  const scope = scopeFor(ctx, input.scope, input.lawChangeId);
  const named = [...(scope.documentIds ?? []), ...(input.documentIds ?? [])];
  return named.length > 0 ? { ...scope, documentIds: [...new Set(named)] } : scope;
}

/** `cleanup.create`: the campaign and, as its items, the documents in scope now. */
export function createCampaign(ctx: ServiceContext, input: ParsedInput<'cleanup.create'>): CampaignDetail {
  const actor = requireAccount(ctx);
  const on = today(ctx);
  if (input.dueOn < on) throw new DomainError('INVALID_INPUT', `截止日期（${input.dueOn}）不能早于今天。`);
  const scope = scopeOfNewCampaign(ctx, input);
  for (const id of scope.documentIds ?? []) {
    if (!findIssuance(ctx.db, id)) {
      const document = mustFindDocument(ctx, id);
      throw new DomainError('INVALID_INPUT', `《${document.title}》尚未印发，不能列入清理。`);
    }
  }
  const documents = selectable(ctx, scope);
  if (documents.length === 0) {
    throw new DomainError(
      'INVALID_STATE',
      '按所选条件没有需要清理的文件（已废止、已宣布失效或正在修改的文件不再列入）。',
    );
  }
  const at = ctx.clock.now().toISOString();
  const id = ctx.ids.next();
  insertCleanupCampaign(ctx.db, {
    id,
    kind: input.kind,
    name: input.name,
    scope,
    dueOn: input.dueOn,
    lawChangeId: input.lawChangeId ?? null,
    status: 'open',
    decidedOn: null,
    appliedAt: null,
    appliedBy: null,
    createdAt: at,
    createdBy: actor.id,
  });
  for (const document of documents) {
    insertCleanupItem(ctx.db, {
      campaignId: id,
      documentId: document.documentId,
      docNumber: document.docNumber,
      addedAt: at,
      addedBy: actor.id,
    });
  }
  ctx.describeChange({
    targetType: 'cleanup_campaigns',
    targetId: id,
    detail: {
      kind: input.kind,
      name: input.name,
      scope,
      dueOn: input.dueOn,
      lawChangeId: input.lawChangeId ?? null,
      documents: documents.map((document) => document.docNumber),
    },
  });
  return campaignDetail(ctx, id);
}

/**
 * `cleanup.rescope`: new filters for an open campaign. Documents they newly select are added; undecided
 * documents they no longer select are dropped; decided ones stay (their disposition is not thrown away)
 * and are marked as out of scope.
 */
export function rescopeCampaign(ctx: ServiceContext, input: ParsedInput<'cleanup.rescope'>): CampaignDetail {
  const actor = requireAccount(ctx);
  const campaign = mustFindCampaign(ctx, input.campaignId);
  mustBeOpen(campaign);
  const selected = selectable(ctx, input.scope);
  const selectedIds = new Set(selected.map((document) => document.documentId));
  const items = listCleanupItems(ctx.db, campaign.id);
  const present = new Set(items.map((item) => item.documentId));
  const at = ctx.clock.now().toISOString();
  const added = selected.filter((document) => !present.has(document.documentId));
  for (const document of added) {
    insertCleanupItem(ctx.db, {
      campaignId: campaign.id,
      documentId: document.documentId,
      docNumber: document.docNumber,
      addedAt: at,
      addedBy: actor.id,
    });
  }
  const outside = items.filter((item) => !selectedIds.has(item.documentId));
  const dropped = outside.filter((item) => item.disposition === null);
  for (const item of dropped) deleteUndecidedCleanupItem(ctx.db, campaign.id, item.documentId);
  setCleanupCampaignScope(ctx.db, campaign.id, input.scope);
  const rescope = {
    added: added.length,
    dropped: dropped.length,
    keptDecided: outside.length - dropped.length,
  };
  ctx.describeChange({
    targetType: 'cleanup_campaigns',
    targetId: campaign.id,
    detail: { name: campaign.name, before: campaign.scope, scope: input.scope, ...rescope },
  });
  return campaignDetail(ctx, campaign.id, rescope);
}

function itemsNamed(
  campaign: CleanupCampaignRecord,
  items: readonly CleanupItemRecord[],
  documentIds: readonly string[],
): CleanupItemRecord[] {
  const byDocument = new Map(items.map((item) => [item.documentId, item]));
  const missing = documentIds.filter((id) => !byDocument.has(id));
  if (missing.length > 0) {
    throw new DomainError('NOT_FOUND', `所选的 ${missing.length} 件文件不在清理活动“${campaign.name}”中。`);
  }
  return [...new Set(documentIds)].map((id) => byDocument.get(id) as CleanupItemRecord);
}

/**
 * `cleanup.decide` (拟定处理意见): one disposition and reason for the selected documents; an earlier
 * approval of them no longer stands, since the 负责人 approved another proposal.
 */
export function decideCampaignItems(
  ctx: ServiceContext,
  input: ParsedInput<'cleanup.decide'>,
): CampaignDetail {
  const actor = requireAccount(ctx);
  const campaign = mustFindCampaign(ctx, input.campaignId);
  mustBeOpen(campaign);
  const items = itemsNamed(campaign, listCleanupItems(ctx.db, campaign.id), input.documentIds);
  const at = ctx.clock.now().toISOString();
  for (const item of items) {
    decideCleanupItem(ctx.db, {
      campaignId: campaign.id,
      documentId: item.documentId,
      disposition: input.disposition,
      reason: input.reason,
      decidedAt: at,
      decidedBy: actor.id,
    });
    indexDocumentRecords(ctx, item.documentId);
  }
  ctx.describeChange({
    targetType: 'cleanup_campaigns',
    targetId: campaign.id,
    detail: {
      name: campaign.name,
      disposition: input.disposition,
      reason: input.reason,
      documents: items.map((item) => item.docNumber),
      approvalsCleared: items.filter((item) => item.approvedAt).length,
    },
  });
  return campaignDetail(ctx, campaign.id);
}

/**
 * `cleanup.approve` (批准): the 负责人 approves proposed dispositions. A disposition needs a second
 * account: whoever proposed it cannot approve it; an undecided document has nothing to approve.
 */
export function approveCampaignItems(
  ctx: ServiceContext,
  input: ParsedInput<'cleanup.approve'>,
): CampaignDetail {
  const actor = requireAccount(ctx);
  const campaign = mustFindCampaign(ctx, input.campaignId);
  mustBeOpen(campaign);
  const items = itemsNamed(campaign, listCleanupItems(ctx.db, campaign.id), input.documentIds);
  const undecided = items.filter((item) => item.disposition === null);
  if (undecided.length > 0) {
    throw new DomainError(
      'INVALID_STATE',
      `所选文件中有 ${undecided.length} 件尚未拟定处理意见，不能批准；请先拟定处理意见。`,
    );
  }
  const own = items.filter((item) => item.decidedBy === actor.id);
  if (own.length > 0) {
    throw new DomainError(
      'FORBIDDEN',
      `所选文件中有 ${own.length} 件的处理意见是您本人拟定的；处理意见须由另一账号（负责人）批准。`,
    );
  }
  const at = ctx.clock.now().toISOString();
  for (const item of items) {
    approveCleanupItem(ctx.db, {
      campaignId: campaign.id,
      documentId: item.documentId,
      approvedAt: at,
      approvedBy: actor.id,
    });
  }
  ctx.describeChange({
    targetType: 'cleanup_campaigns',
    targetId: campaign.id,
    detail: {
      name: campaign.name,
      approved: items.map((item) => ({ docNumber: item.docNumber, disposition: item.disposition })),
    },
  });
  return campaignDetail(ctx, campaign.id);
}
