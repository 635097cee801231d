import type { ParsedInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import type { FairCompetitionView } from '../../shared/api/schemas/fairCompetition';
import {
  FAIR_COMPETITION_CONCLUSION_LABELS,
  type MarketActivitySuggestion,
  suggestTouchesBusiness,
} from '../../shared/domain/fairCompetition';
import type { WorkflowContext } from '../../shared/domain/workflow';
import { findAttachment } from '../db/repos/attachments';
import type { DocumentRecord } from '../db/repos/documents';
import {
  type FairCompetitionReviewRecord,
  insertFairCompetitionReview,
  listFairCompetitionReviews,
} from '../db/repos/fairCompetitionReviews';
import { findMarketActivityAnswer } from '../db/repos/marketActivityAnswers';
import type { Deps } from '../deps';
import { requireAccount, type ServiceContext } from './context';
import { mustFindDocument } from './documents';
import { readDraft } from './drafting';
import { fairCompetitionApplies, keepMarketActivityAnswer, onTimeline } from './marketActivity';
import { today } from './rules';

/**
 * 公平竞争审查 (公平竞争审查条例, RULES.md §1.6a): the answer to 涉及市场主体经济活动?, the draft's terms that
 * suggest an answer until a person gives one, and the review's conclusions. The workflow reads them as
 * live facts (`marketActivityFacts`): its guards hold 集体审议 until a conclusion is recorded and 出台
 * after a 不符合 one.
 */

/** States in which the answer and the conclusion may still change: before 印发. */
const OPEN_STATES = ['drafting', 'submitted', 'in_review', 'returned', 'reviewed', 'deliberated'];

const applies = (document: DocumentRecord) => fairCompetitionApplies(document.kind);

function suggestionFor(deps: Deps, document: DocumentRecord): MarketActivitySuggestion {
  if (!applies(document)) return { suggested: false, sentences: [] };
  return suggestTouchesBusiness(readDraft(deps, { documentId: document.id, part: 'main' }).blocks);
}

/** What the workflow's guards read: the answer (else the suggestion) and the conclusion that counts. */
export function marketActivityFacts(
  deps: Deps,
  document: DocumentRecord,
): Pick<WorkflowContext, 'touchesBusiness' | 'touchesBusinessSuggested' | 'fairCompetition'> {
  const answer = findMarketActivityAnswer(deps.db, document.id);
  const latest = listFairCompetitionReviews(deps.db, document.id)[0];
  const fairCompetition = latest ? { conclusion: latest.conclusion, reviewedOn: latest.reviewedOn } : null;
  if (answer) return { touchesBusiness: answer.touchesBusiness, fairCompetition };
  const suggested = suggestionFor(deps, document).suggested;
  return { touchesBusiness: suggested, touchesBusinessSuggested: suggested, fairCompetition };
}

function reviewView(deps: Deps, record: FairCompetitionReviewRecord): FairCompetitionView['reviews'][number] {
  const attachment = record.attachmentId ? findAttachment(deps.db, record.attachmentId) : null;
  return {
    id: record.id,
    conclusion: record.conclusion,
    conclusionLabel: FAIR_COMPETITION_CONCLUSION_LABELS[record.conclusion],
    explanation: record.explanation,
    reviewedOn: record.reviewedOn,
    attachmentId: record.attachmentId,
    attachmentName: attachment?.fileName ?? null,
    recordedAt: record.recordedAt,
    recordedByName: record.recordedByName,
  };
}

function lockedReason(document: DocumentRecord): string | null {
  return OPEN_STATES.includes(document.status)
    ? null
    : '文件已印发：是否涉及市场主体经济活动和公平竞争审查结论不能再更改。';
}

export function getFairCompetition(
  deps: Deps,
  input: ParsedInput<'fairCompetition.get'>,
): FairCompetitionView {
  const document = mustFindDocument(deps, input.documentId);
  const answer = findMarketActivityAnswer(deps.db, document.id);
  const suggestion = suggestionFor(deps, document);
  return {
    documentId: document.id,
    applies: applies(document),
    answer: answer
      ? {
          touchesBusiness: answer.touchesBusiness,
          answeredAt: answer.answeredAt,
          answeredByName: answer.answeredByName,
        }
      : null,
    suggestion,
    touchesBusiness: answer ? answer.touchesBusiness : suggestion.suggested,
    reviews: listFairCompetitionReviews(deps.db, document.id).map((record) => reviewView(deps, record)),
    lockedReason: lockedReason(document),
  };
}

function mustBeOpen(document: DocumentRecord): void {
  const reason = lockedReason(document);
  if (reason) throw new DomainError('INVALID_STATE', reason);
  if (!applies(document)) {
    throw new DomainError('INVALID_STATE', '这类文件不进行公平竞争审查（公平竞争审查条例第二条）。');
  }
}

export function answerFairCompetition(
  ctx: ServiceContext,
  input: ParsedInput<'fairCompetition.answer'>,
): FairCompetitionView {
  const document = mustFindDocument(ctx, input.documentId);
  mustBeOpen(document);
  const previous = findMarketActivityAnswer(ctx.db, document.id);
  keepMarketActivityAnswer(ctx, document, input.touchesBusiness);
  ctx.describeChange({
    targetType: 'documents',
    targetId: document.id,
    detail: {
      title: document.title,
      touchesBusiness: input.touchesBusiness,
      previous: previous ? previous.touchesBusiness : null,
    },
  });
  return getFairCompetition(ctx, { documentId: document.id });
}

export function recordFairCompetition(
  ctx: ServiceContext,
  input: ParsedInput<'fairCompetition.record'>,
): FairCompetitionView {
  const actor = requireAccount(ctx);
  const document = mustFindDocument(ctx, input.documentId);
  mustBeOpen(document);
  const on = today(ctx);
  if (input.reviewedOn > on) {
    throw new DomainError('INVALID_INPUT', `审查结论日期（${input.reviewedOn}）不能晚于今天（${on}）。`);
  }
  if (input.attachmentId) {
    const attachment = findAttachment(ctx.db, input.attachmentId);
    if (
      !attachment ||
      attachment.documentId !== document.id ||
      attachment.materialKind !== 'fair_competition'
    )
      throw new DomainError('NOT_FOUND', '请选择本文件已上传的“公平竞争审查结论”材料。');
    if (attachment.withdrawnAt) throw new DomainError('INVALID_STATE', '该材料已经撤回，不能作为审查结论。');
  }
  const id = ctx.ids.next();
  insertFairCompetitionReview(ctx.db, {
    id,
    documentId: document.id,
    conclusion: input.conclusion,
    explanation: input.explanation,
    reviewedOn: input.reviewedOn,
    attachmentId: input.attachmentId ?? null,
    recordedAt: ctx.clock.now().toISOString(),
    recordedBy: actor.id,
  });
  const label = FAIR_COMPETITION_CONCLUSION_LABELS[input.conclusion];
  onTimeline(
    ctx,
    document,
    actor.id,
    `${input.reviewedOn} 审查结论：${label}。${input.explanation ? `说明：${input.explanation}` : ''}`,
  );
  ctx.describeChange({
    targetType: 'documents',
    targetId: document.id,
    detail: { title: document.title, reviewId: id, ...input },
  });
  return getFairCompetition(ctx, { documentId: document.id });
}
