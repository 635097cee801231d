import { addDays, type IsoDate } from '../../shared/domain/calendar/isoDate';
import type { CampaignKind, Disposition } from '../../shared/domain/cleanup/campaigns';
import type { DecisionType } from '../../shared/domain/decisionCatalog';
import type { Account, Channel, ChannelInput } from '../../shared/api';
import type { DemoWalk } from './demoPath';

/**
 * After the demonstration documents: a cleanup campaign applied a month ago (废止, 宣布失效 and 修改, so the
 * registry shows those lifecycle states), one under way with dispositions awaiting the 负责人's approval,
 * and last year's published 重大行政决策事项目录 with an adjustment. Each step is an ordinary operation of
 * the colleague whose role takes it, dated in the past.
 */

export interface DemoCampaign {
  kind: CampaignKind;
  name: string;
  startDaysAgo: number;
  dueDaysAfter: number;
  /** decided: dispositions proposed, awaiting approval; applied: approved and applied. */
  reach: 'decided' | 'applied';
  items: { title: string; disposition: Disposition; reason: string }[];
}

export interface DemoDecisionCatalog {
  year: number;
  items: {
    name: string;
    decisionType: DecisionType;
    leadUnit: string;
    basis: string;
    plannedCompletion: string;
  }[];
  checkOpinion: string;
  approvalReference: string;
  /** A change after publication (调整): the item's number, its new planned month and why. */
  adjustment: { item: number; plannedCompletion: string; reason: string };
}

/** A day's morning, as the operations' clock. */
function morningOf(date: IsoDate): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day, 10, 0);
}

function actor(walk: DemoWalk, persona: Account, on: IsoDate) {
  return <C extends Channel>(channel: C, input: ChannelInput<C>) =>
    walk.operations.run(persona.id, channel, input, morningOf(on));
}

/** Creates a campaign over the named documents and takes it as far as its reach. */
export async function walkDemoCampaign(
  walk: DemoWalk,
  campaign: DemoCampaign,
  documentIds: ReadonlyMap<string, string>,
): Promise<void> {
  const { reviewer, leader } = walk.personas;
  const start = addDays(walk.today, -campaign.startDaysAgo);
  const idOf = (title: string) => {
    const id = documentIds.get(title);
    if (!id) throw new Error(`demo campaign names a document the demo does not have: ${title}`);
    return id;
  };
  const created = await actor(
    walk,
    reviewer,
    start,
  )('cleanup.create', {
    kind: campaign.kind,
    name: campaign.name,
    scope: { documentIds: campaign.items.map((item) => idOf(item.title)) },
    dueOn: addDays(start, campaign.dueDaysAfter),
  });
  const decideOn = addDays(start, 7);
  for (const item of campaign.items) {
    await actor(
      walk,
      reviewer,
      decideOn,
    )('cleanup.decide', {
      campaignId: created.id,
      documentIds: [idOf(item.title)],
      disposition: item.disposition,
      reason: item.reason,
    });
  }
  if (campaign.reach === 'decided') return;
  const approveOn = addDays(start, 14);
  await actor(
    walk,
    leader,
    approveOn,
  )('cleanup.approve', {
    campaignId: created.id,
    documentIds: campaign.items.map((item) => idOf(item.title)),
  });
  await actor(walk, leader, approveOn)('cleanup.apply', { campaignId: created.id, decidedOn: approveOn });
}

/** Last year's catalog: collected, checked, approved by the Party committee, published, then adjusted. */
export async function walkDemoDecisionCatalog(walk: DemoWalk, catalog: DemoDecisionCatalog): Promise<void> {
  const { drafter, reviewer, leader } = walk.personas;
  const { year } = catalog;
  const day = (monthDay: string) => `${year}-${monthDay}`;
  await actor(walk, drafter, day('01-08'))('decisionCatalogs.create', { year });
  const items = [];
  for (const item of catalog.items) {
    items.push(await actor(walk, drafter, day('01-10'))('decisionCatalogs.addItem', { ...item, year }));
  }
  await actor(
    walk,
    reviewer,
    day('01-20'),
  )('decisionCatalogs.recordCheck', {
    year,
    on: day('01-20'),
    opinion: catalog.checkOpinion,
  });
  await actor(
    walk,
    leader,
    day('02-12'),
  )('decisionCatalogs.recordApproval', {
    year,
    on: day('02-12'),
    reference: catalog.approvalReference,
  });
  await actor(
    walk,
    reviewer,
    day('02-20'),
  )('decisionCatalogs.publish', {
    year,
    on: day('02-20'),
    channels: ['政府网站'],
  });
  const adjusted = catalog.items[catalog.adjustment.item - 1];
  const view = items.at(-1);
  const itemId = view?.items[catalog.adjustment.item - 1]?.id;
  if (!adjusted || !itemId) throw new Error('demo catalog adjustment names an item it does not have');
  await actor(
    walk,
    drafter,
    day('08-14'),
  )('decisionCatalogs.updateItem', {
    ...adjusted,
    itemId,
    documentId: null,
    plannedCompletion: catalog.adjustment.plannedCompletion,
    reason: catalog.adjustment.reason,
  });
}
