import type { DocumentKind } from '../../shared/domain/documentKinds';
import { FAIR_COMPETITION_KINDS } from '../../shared/domain/fairCompetition';
import type { DocumentRecord } from '../db/repos/documents';
import { insertEvent } from '../db/repos/events';
import { findMarketActivityAnswer, putMarketActivityAnswer } from '../db/repos/marketActivityAnswers';
import { requireAccount, type ServiceContext } from './context';

/**
 * 涉及市场主体经济活动?: the answer kept for a document, on registration (documents.create) or later
 * (fairCompetition.answer), with its line on the timeline. Kept apart from fairCompetition.ts so that
 * registering a document does not depend on the drafts the suggestion reads.
 */

/** The kind asks for a 公平竞争审查 where it touches business (its materials list one). */
export function fairCompetitionApplies(kind: DocumentKind): boolean {
  return FAIR_COMPETITION_KINDS.includes(kind);
}

/** A 公平竞争审查 line on the document's timeline. */
export function onTimeline(
  ctx: ServiceContext,
  document: DocumentRecord,
  actorId: string,
  description: string,
) {
  insertEvent(ctx.db, {
    id: ctx.ids.next(),
    documentId: document.id,
    kind: 'workflow_step',
    at: ctx.clock.now().toISOString(),
    actorId,
    detail: { title: '公平竞争审查', description, from: document.status, to: document.status },
  });
}

/**
 * Keeps the answer to 涉及市场主体经济活动? for the document, attributed to the account, on the timeline;
 * the registration dialog gives it with `documents.create` through this function as well.
 */
export function keepMarketActivityAnswer(
  ctx: ServiceContext,
  document: DocumentRecord,
  touchesBusiness: boolean,
): void {
  const actor = requireAccount(ctx);
  const previous = findMarketActivityAnswer(ctx.db, document.id);
  if (previous?.touchesBusiness === touchesBusiness) return;
  putMarketActivityAnswer(ctx.db, {
    documentId: document.id,
    touchesBusiness,
    answeredAt: ctx.clock.now().toISOString(),
    answeredBy: actor.id,
  });
  onTimeline(
    ctx,
    document,
    actor.id,
    touchesBusiness
      ? '文件涉及市场主体经济活动：提交集体审议前应当完成公平竞争审查并登记审查结论。'
      : '文件不涉及市场主体经济活动。',
  );
}
