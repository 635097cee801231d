import type { ParsedInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import { type ReviewCaseDetail, type ReviewCaseSummary } from '../../shared/api/schemas/review';
import type { IsoDate } from '../../shared/domain/calendar/isoDate';
import { workingDaysBetween } from '../../shared/domain/calendar/workingDays';
import { type ChecklistItem, checklistSummary, suggestedConclusion } from '../../shared/domain/checklist';
import { PRECHECK_RULES, precheckOptionsFor, runPrecheck } from '../../shared/domain/precheck';
import { REVIEW_CONCLUSIONS } from '../../shared/domain/ruleCodes';
import { blockCitation } from '../../shared/domain/structure';
import type { WorkflowContext, WorkflowEffect } from '../../shared/domain/workflow';
import type { DocumentRecord } from '../db/repos/documents';
import { lastSubmittedOn } from '../db/repos/events';
import * as reviewCases from '../db/repos/reviewCases';
import type { ReviewCaseRecord } from '../db/repos/reviewCases';
import * as reviewFindings from '../db/repos/reviewFindings';
import * as reviewItems from '../db/repos/reviewItems';
import { findReviewLetterNumber } from '../db/repos/reviewLetterNumbers';
import * as reviewSuggestions from '../db/repos/reviewSuggestions';
import { findWorkflow } from '../db/repos/workflowContexts';
import type { Deps } from '../deps';
import { checklistFor } from './checklists';
import { requireAccount, type ServiceContext } from './context';
import { mustFindDocument } from './documents';
import { lawLibrary } from './lawLibrary';
import { activeRuleProfile, holidayTable, today } from './rules';
import { mustFindVersion, versionBlocks } from './versions';
import { indexDocumentRecords } from './searchIndex';

/** START_REVIEW: a case on the submitted version, its clock from materials-complete, and the pre-check run. */
export function openReviewCase(
  deps: Deps,
  document: DocumentRecord,
  versionId: string,
  effect: Extract<WorkflowEffect, { type: 'review_started' }>,
  reviewerId: string,
): string {
  const id = deps.ids.next();
  const submission = submissionOf(deps, document.id);
  reviewCases.insertReviewCase(deps.db, {
    id,
    documentId: document.id,
    versionId,
    receivedOn: lastSubmittedOn(deps.db, document.id) ?? effect.materialsCompleteOn,
    materialsCompleteOn: effect.materialsCompleteOn,
    earliestConclusionOn: effect.earliestConclusionOn,
    requestedAnswerOn: submission?.requestedAnswerOn ?? null,
    earliestAnswerOn: submission?.earliestAnswerOn ?? null,
    submissionWarning: submission?.warning ?? null,
    dueOn: effect.dueOn,
    dueWarnings: effect.warnings,
    reviewerId,
    profileId: activeRuleProfile(deps).profile.id,
    createdAt: deps.clock.now().toISOString(),
    createdBy: reviewerId,
  });
  runCasePrecheck(deps, mustFindCase(deps, id));
  return id;
}

/** The last 送审 as the workflow recorded it (期望答复日期 and its warning). */
function submissionOf(deps: Deps, documentId: string): WorkflowContext['submission'] {
  const stored = findWorkflow(deps.db, documentId)?.context as Partial<WorkflowContext> | undefined;
  return stored?.submission ?? null;
}

/** 智能预审 over the reviewed version; findings already accepted or dismissed stay as decided. */
function runCasePrecheck(deps: Deps, reviewCase: ReviewCaseRecord): void {
  const document = mustFindDocument(deps, reviewCase.documentId);
  const { blocks } = versionBlocks(deps, reviewCase.versionId);
  const profile = activeRuleProfile(deps).profile;
  const findings = runPrecheck({
    blocks,
    document: { title: document.title, kind: document.kind, issuingAuthority: document.issuingAuthority },
    library: lawLibrary(deps.db),
    options: precheckOptionsFor(profile, document.kind),
  });
  const decided = new Set(
    reviewFindings
      .listFindings(deps.db, reviewCase.id)
      .filter((finding) => finding.state !== 'suggested')
      .map((finding) => `${finding.ruleId}|${finding.blockId}|${finding.excerpt}`),
  );
  reviewFindings.deleteUndecidedFindings(deps.db, reviewCase.id);
  for (const finding of findings) {
    if (decided.has(`${finding.ruleId}|${finding.blockId}|${finding.text}`)) continue;
    reviewFindings.insertFinding(deps.db, {
      id: deps.ids.next(),
      caseId: reviewCase.id,
      ruleId: finding.ruleId,
      severity: finding.severity,
      elementId: finding.elementId,
      blockId: finding.blockId,
      label: finding.article ?? '',
      excerpt: finding.text,
      message: finding.message,
      basis: finding.basis,
    });
  }
  indexDocumentRecords(deps, reviewCase.documentId);
}

function mustFindCase(deps: Deps, id: string): ReviewCaseRecord {
  const reviewCase = reviewCases.findReviewCase(deps.db, id);
  if (!reviewCase) throw new DomainError('NOT_FOUND', '审核案件不存在。');
  return reviewCase;
}

/** The case a change is made to: it exists and has no conclusion yet. */
function mustFindOpenCase(deps: Deps, id: string): ReviewCaseRecord {
  const reviewCase = mustFindCase(deps, id);
  if (reviewCase.state !== 'open') {
    throw new DomainError('INVALID_STATE', '该审核案件已作出结论，不能再修改。');
  }
  return reviewCase;
}

/** Working days until the due date; past it, negative (at least −1, even on a weekend right after). */
function workingDaysLeft(deps: Deps, dueOn: IsoDate): number {
  const now = today(deps);
  const table = holidayTable(deps);
  return dueOn < now
    ? -Math.max(1, workingDaysBetween(dueOn, now, table))
    : workingDaysBetween(now, dueOn, table);
}

function toSummary(deps: Deps, reviewCase: ReviewCaseRecord): ReviewCaseSummary {
  return { ...reviewCase, workingDaysLeft: workingDaysLeft(deps, reviewCase.dueOn) };
}

export function listReviews(ctx: ServiceContext, input: ParsedInput<'reviews.list'>): ReviewCaseSummary[] {
  const account = requireAccount(ctx);
  return reviewCases
    .listReviews(ctx.db, {
      reviewerId: input.mine ? account.id : undefined,
      state: input.state,
      documentId: input.documentId,
    })
    .map((reviewCase) => toSummary(ctx, reviewCase));
}

const RULE_TITLES = new Map<string, string>(
  Object.values(PRECHECK_RULES).map((rule) => [rule.id, rule.title]),
);

export function getReview(deps: Deps, input: ParsedInput<'reviews.get'>): ReviewCaseDetail {
  const reviewCase = mustFindCase(deps, input.caseId);
  const checklist = checklistFor(reviewCase.kind);
  const stored = reviewItems.listReviewItems(deps.db, reviewCase.id);
  const items = checklist.elements.map((element) => {
    const item = stored.get(element.id);
    return {
      element,
      verdict: item?.verdict ?? 'pending',
      note: item?.note ?? '',
      annotationIds: item?.annotationIds ?? [],
      updatedAt: item?.updatedAt ?? null,
      updatedByName: item?.updatedByName ?? null,
    };
  });
  const checklistItems: ChecklistItem[] = items.map((item) => ({
    elementId: item.element.id,
    verdict: item.verdict,
  }));
  const summary = checklistSummary(checklistItems, checklist);
  const suggestion = suggestedConclusion(checklist, checklistItems);
  const profile = activeRuleProfile(deps).profile;
  const outcomes = (profile.reviewOutcomes[reviewCase.kind] ?? [])
    .filter((outcome) => (REVIEW_CONCLUSIONS as readonly string[]).includes(outcome.code))
    .map((outcome) => ({
      code: outcome.code,
      label: outcome.label,
      allowsDeliberation: outcome.allowsDeliberation,
    }));
  return {
    case: toSummary(deps, reviewCase),
    version: mustFindVersion(deps, reviewCase.versionId),
    checklistTitle: checklist.title,
    groups: checklist.groups,
    items,
    findings: reviewFindings.listFindings(deps.db, reviewCase.id).map((finding) => ({
      ...finding,
      ruleTitle: RULE_TITLES.get(finding.ruleId) ?? finding.ruleId,
    })),
    suggestions: reviewSuggestions.listSuggestions(deps.db, reviewCase.id),
    letterNumber: findReviewLetterNumber(deps.db, reviewCase.id)?.number ?? null,
    opinion: reviewCase.opinion,
    outcomes,
    suggestedConclusion: outcomes.some((outcome) => outcome.code === suggestion.conclusion)
      ? suggestion.conclusion
      : null,
    summary: {
      conforming: summary.counts.conforming,
      nonconforming: summary.counts.nonconforming,
      notApplicable: summary.counts.not_applicable,
      pending: summary.counts.pending,
    },
  };
}

/** The audit entry of a change to a case names the case and its document. */
function describeCaseChange(
  ctx: ServiceContext,
  reviewCase: ReviewCaseRecord,
  detail: Record<string, unknown>,
) {
  // Every change to a case (opinion, checklist notes, findings, suggestions) passes here.
  indexDocumentRecords(ctx, reviewCase.documentId);
  ctx.describeChange({
    targetType: 'review_cases',
    targetId: reviewCase.id,
    detail: { documentId: reviewCase.documentId, title: reviewCase.documentTitle, ...detail },
  });
}

export function setReviewItem(ctx: ServiceContext, input: ParsedInput<'reviews.setItem'>): ReviewCaseDetail {
  const actor = requireAccount(ctx);
  const reviewCase = mustFindOpenCase(ctx, input.caseId);
  if (!checklistFor(reviewCase.kind).elements.some((element) => element.id === input.elementId)) {
    throw new DomainError('NOT_FOUND', '审核要素不存在。');
  }
  reviewItems.setReviewItem(ctx.db, { ...input, at: ctx.clock.now().toISOString(), by: actor.id });
  describeCaseChange(ctx, reviewCase, {
    elementId: input.elementId,
    verdict: input.verdict,
    note: input.note,
  });
  return getReview(ctx, { caseId: reviewCase.id });
}

/**
 * A finding accepted into the checklist marks its element 不符合 with the finding in the note;
 * a dismissed one keeps the reviewer's reason.
 */
export function decideFinding(
  ctx: ServiceContext,
  input: ParsedInput<'reviews.decideFinding'>,
): ReviewCaseDetail {
  const actor = requireAccount(ctx);
  const finding = reviewFindings.findFinding(ctx.db, input.findingId);
  if (!finding) throw new DomainError('NOT_FOUND', '预审发现不存在。');
  const reviewCase = mustFindOpenCase(ctx, finding.caseId);
  if (finding.state !== 'suggested') throw new DomainError('INVALID_STATE', '该预审发现已经处理过。');
  if (!input.accept && !input.reason) throw new DomainError('INVALID_INPUT', '不采纳预审发现时请说明理由。');
  const at = ctx.clock.now().toISOString();
  reviewFindings.decideFinding(ctx.db, finding.id, {
    state: input.accept ? 'accepted' : 'dismissed',
    reason: input.reason,
    at,
    by: actor.id,
  });
  if (input.accept) {
    const item = reviewItems.listReviewItems(ctx.db, reviewCase.id).get(finding.elementId);
    const line = `${finding.label ? `${finding.label}：` : ''}${finding.message}`;
    reviewItems.setReviewItem(ctx.db, {
      caseId: reviewCase.id,
      elementId: finding.elementId,
      verdict: 'nonconforming',
      note: item?.note ? `${item.note}\n${line}` : line,
      annotationIds: item?.annotationIds ?? [],
      at,
      by: actor.id,
    });
  }
  describeCaseChange(ctx, reviewCase, {
    findingId: finding.id,
    ruleId: finding.ruleId,
    accepted: input.accept,
    reason: input.reason,
  });
  return getReview(ctx, { caseId: reviewCase.id });
}

export function rerunPrecheck(
  ctx: ServiceContext,
  input: ParsedInput<'reviews.rerunPrecheck'>,
): ReviewCaseDetail {
  requireAccount(ctx);
  const reviewCase = mustFindOpenCase(ctx, input.caseId);
  runCasePrecheck(ctx, reviewCase);
  describeCaseChange(ctx, reviewCase, {});
  return getReview(ctx, { caseId: reviewCase.id });
}

export function addSuggestion(
  ctx: ServiceContext,
  input: ParsedInput<'reviews.addSuggestion'>,
): ReviewCaseDetail {
  const actor = requireAccount(ctx);
  const reviewCase = mustFindOpenCase(ctx, input.caseId);
  // A suggestion on a block without its own 第X条 (a 项, a later 款) is named by where it stands.
  const label =
    input.label ||
    (input.blockId ? blockCitation(versionBlocks(ctx, reviewCase.versionId).blocks, input.blockId) : '');
  reviewSuggestions.addSuggestion(ctx.db, {
    id: ctx.ids.next(),
    ...input,
    label,
    at: ctx.clock.now().toISOString(),
    by: actor.id,
  });
  describeCaseChange(ctx, reviewCase, { label, suggestion: input.suggestion });
  return getReview(ctx, { caseId: reviewCase.id });
}

export function removeSuggestion(
  ctx: ServiceContext,
  input: ParsedInput<'reviews.removeSuggestion'>,
): ReviewCaseDetail {
  requireAccount(ctx);
  const suggestion = reviewSuggestions.findSuggestion(ctx.db, input.id);
  if (!suggestion) throw new DomainError('NOT_FOUND', '修改建议不存在。');
  const reviewCase = mustFindOpenCase(ctx, suggestion.caseId);
  reviewSuggestions.removeSuggestion(ctx.db, suggestion.id, ctx.clock.now().toISOString());
  describeCaseChange(ctx, reviewCase, { suggestionId: suggestion.id });
  return getReview(ctx, { caseId: reviewCase.id });
}

export function setOpinion(ctx: ServiceContext, input: ParsedInput<'reviews.setOpinion'>): ReviewCaseDetail {
  requireAccount(ctx);
  const reviewCase = mustFindOpenCase(ctx, input.caseId);
  reviewCases.setOpinion(ctx.db, reviewCase.id, input.opinion);
  describeCaseChange(ctx, reviewCase, { opinion: input.opinion });
  return getReview(ctx, { caseId: reviewCase.id });
}
