import type { Account, ParsedInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import type { CampaignDetail } from '../../shared/api/schemas/cleanup';
import {
  DISPOSITION_EVENTS,
  DISPOSITION_LABELS,
  type Disposition,
} from '../../shared/domain/cleanup/campaigns';
import {
  type CleanupCampaignRecord,
  type CleanupItemRecord,
  listCleanupItems,
  markCleanupCampaignApplied,
} from '../db/repos/cleanupCampaigns';
import { insertEvent } from '../db/repos/events';
import { findIssuance } from '../db/repos/issuances';
import { insertLifecycleEvent } from '../db/repos/lifecycleEvents';
import { campaignDetail, countsOf, mustBeOpen, mustFindCampaign } from './cleanup';
import { requireAccount, type ServiceContext } from './context';
import { mustFindDocument } from './documents';
import { today } from './rules';
import { requireEventRole, takeWorkflowStep } from './workflow';

/**
 * 应用清理结果: the approved dispositions of a campaign written as lifecycle events, each on the document's
 * timeline, 修改 reopening the document for revision (启动修改). One transaction, the dispatch's.
 */

/** Every item decided and approved, or the Chinese reason naming how many are not. */
function mustBeReadyToApply(campaign: CleanupCampaignRecord, items: readonly CleanupItemRecord[]): void {
  const undecided = items.filter((item) => item.disposition === null).length;
  const unapproved = items.filter((item) => item.disposition !== null && !item.approvedAt).length;
  if (undecided === 0 && unapproved === 0) return;
  const gaps = [
    undecided > 0 ? `${undecided} 件尚未拟定处理意见` : '',
    unapproved > 0 ? `${unapproved} 件处理意见尚未经负责人批准` : '',
  ].filter(Boolean);
  throw new DomainError(
    'INVALID_STATE',
    `清理活动“${campaign.name}”中${gaps.join('，')}，不能应用清理结果。`,
  );
}

/** The order of application: decisions first, then the revisions they open (which may be refused). */
const APPLY_ORDER: Record<Disposition, number> = { continue: 0, repeal: 1, declare_invalid: 2, amend: 3 };

/**
 * `cleanup.apply` (应用清理结果): one lifecycle event per document on the decision date, 修改 opening a
 * revision of the document (启动修改), and the campaign closed. All in the dispatch's one transaction.
 */
export function applyCampaign(ctx: ServiceContext, input: ParsedInput<'cleanup.apply'>): CampaignDetail {
  const actor = requireAccount(ctx);
  const campaign = mustFindCampaign(ctx, input.campaignId);
  mustBeOpen(campaign);
  const items = listCleanupItems(ctx.db, campaign.id);
  mustBeReadyToApply(campaign, items);
  const on = today(ctx);
  const decidedOn = input.decidedOn ?? on;
  if (decidedOn > on) throw new DomainError('INVALID_INPUT', `决定日期（${decidedOn}）不能晚于今天。`);
  if (items.some((item) => item.disposition === 'amend')) requireEventRole(actor, 'OPEN_REVISION');
  const at = ctx.clock.now().toISOString();
  const ordered = [...items].sort(
    (a, b) => APPLY_ORDER[a.disposition as Disposition] - APPLY_ORDER[b.disposition as Disposition],
  );
  for (const item of ordered) applyItem(ctx, actor, campaign, item, { decidedOn, on, at });
  markCleanupCampaignApplied(ctx.db, campaign.id, { decidedOn, appliedAt: at, appliedBy: actor.id });
  const counts = countsOf(items);
  ctx.describeChange({
    targetType: 'cleanup_campaigns',
    targetId: campaign.id,
    detail: { name: campaign.name, decidedOn, total: counts.total, byDisposition: counts.byDisposition },
  });
  return campaignDetail(ctx, campaign.id);
}

function applyItem(
  ctx: ServiceContext,
  actor: Account,
  campaign: CleanupCampaignRecord,
  item: CleanupItemRecord,
  dates: { decidedOn: string; on: string; at: string },
): void {
  const disposition = item.disposition as Disposition;
  const document = mustFindDocument(ctx, item.documentId);
  const issuance = findIssuance(ctx.db, document.id);
  if (issuance?.docNumber !== item.docNumber) {
    throw new DomainError(
      'INVALID_STATE',
      `《${document.title}》已重新印发（${issuance?.docNumber ?? '无'}），处理意见针对的是 ${item.docNumber}，请重新拟定。`,
    );
  }
  insertLifecycleEvent(ctx.db, {
    id: ctx.ids.next(),
    documentId: document.id,
    docNumber: item.docNumber,
    event: DISPOSITION_EVENTS[disposition],
    decidedOn: dates.decidedOn,
    reason: item.reason,
    campaignId: campaign.id,
    recordedAt: dates.at,
    recordedBy: actor.id,
  });
  insertEvent(ctx.db, {
    id: ctx.ids.next(),
    documentId: document.id,
    kind: 'cleanup_decision',
    at: dates.at,
    actorId: actor.id,
    detail: {
      title: `${campaign.name}：${DISPOSITION_LABELS[disposition]}`,
      description: `${item.docNumber}，决定日期 ${dates.decidedOn}。${item.reason}`,
      campaignId: campaign.id,
      disposition,
      on: dates.decidedOn,
    },
  });
  if (disposition !== 'amend') return;
  takeWorkflowStep(
    ctx,
    document,
    { type: 'OPEN_REVISION', on: dates.on, reason: item.reason, campaignId: campaign.id },
    actor,
    {
      issuance: {
        publishedOn: issuance.publishedOn,
        effectiveOn: issuance.effectiveOn,
        validUntil: issuance.validUntil,
      },
    },
  );
}
