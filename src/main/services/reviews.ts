import type { z } from 'zod';
import { DomainError } from '../../shared/api';
import type {
  AddSuggestionInput,
  DecideFindingInput,
  ReviewCaseDetail,
  ReviewCaseSummary,
  SetReviewItemInput,
} from '../../shared/api/schemas/review';
import type { IsoDate } from '../../shared/domain/calendar/isoDate';
import { workingDaysBetween } from '../../shared/domain/calendar/workingDays';
import { checklistSummary, suggestedConclusion, type ChecklistItem } from '../../shared/domain/checklist';
import type { DocumentKind } from '../../shared/domain/documentKinds';
import { PRECHECK_RULES, runPrecheck } from '../../shared/domain/precheck';
import { REVIEW_CONCLUSIONS, type ReviewConclusion } from '../../shared/domain/ruleCodes';
import { validityTermFor } from '../../shared/domain/ruleProfileSchema';
import type { WorkflowEffect } from '../../shared/domain/workflow';
import type { HandlerContext } from '../api/context';
import { requireAccount } from '../api/context';
import type { DocumentRecord } from '../db/repos/documents';
import {
  type ReviewCaseRow,
  findReviewCase,
  insertReviewCase,
  listReviewCases,
  setCaseOpinion,
} from '../db/repos/reviewCases';
import {
  decideFinding,
  deleteUndecidedFindings,
  findFinding,
  insertFinding,
  listFindings,
  listReviewItems,
  listSuggestions,
  insertSuggestion,
  putReviewItem,
  removeSuggestion,
  suggestionCase,
} from '../db/repos/reviewItems';
import { findVersionSummary } from '../db/repos/versions';
import type { Deps } from '../deps';
import { checklistFor } from './checklists';
import { mustFindDocument, versionBlocks } from './drafting';
import { lawLibrary } from './lawLibrary';
import { activeRuleProfile, holidayTable, today } from './rules';
import { DOCX_MEDIA_TYPE } from '../export/gbt9704';
import { buildReviewOpinionDocx } from '../export/reviewOpinion';
import { SIGNOFF_OPINION_LABELS } from '../../shared/api/schemas/review';
import { materialsOverview } from './materials';
import { getAgency } from './settings';
import { signoffsOf } from './signoffs';

function submittedOn(deps: Deps, documentId: string): IsoDate | null {
  const row = deps.db
    .prepare(
      `SELECT json_extract(detail, '$.on') AS on_date FROM events
       WHERE document_id = ? AND json_extract(detail, '$.event') = 'SUBMIT' ORDER BY at DESC, rowid DESC LIMIT 1`,
    )
    .get(documentId) as { on_date: string | null } | undefined;
  return row?.on_date ?? null;
}

/** START_REVIEW: a case on the submitted version, its clock from materials-complete, and the pre-check run. */
export function openReviewCase(
  deps: Deps,
  document: DocumentRecord,
  versionId: string,
  effect: Extract<WorkflowEffect, { type: 'review_started' }>,
  reviewerId: string,
): string {
  const id = deps.ids.next();
  insertReviewCase(deps.db, {
    id,
    document_id: document.id,
    version_id: versionId,
    state: 'open',
    received_on: submittedOn(deps, document.id) ?? effect.materialsCompleteOn,
    materials_complete_on: effect.materialsCompleteOn,
    earliest_conclusion_on: effect.earliestConclusionOn,
    due_on: effect.dueOn,
    due_warnings: JSON.stringify(effect.warnings),
    reviewer_id: reviewerId,
    profile_id: activeRuleProfile(deps).profile.id,
    conclusion: null,
    conclusion_label: null,
    opinion: '',
    concluded_on: null,
    concluded_by: null,
    created_at: deps.clock.now().toISOString(),
    created_by: reviewerId,
  });
  runCasePrecheck(deps, id);
  return id;
}

/** 智能预审 over the reviewed version; findings already accepted or dismissed stay as decided. */
function runCasePrecheck(deps: Deps, caseId: string): void {
  const row = mustFindCase(deps, caseId);
  const document = mustFindDocument(deps, row.document_id);
  const { blocks } = versionBlocks(deps, row.version_id);
  const profile = activeRuleProfile(deps).profile;
  const general = validityTermFor(profile, document.kind, '');
  const provisional = validityTermFor(profile, document.kind, '暂行');
  const findings = runPrecheck({
    blocks,
    document: { title: document.title, kind: document.kind, issuingAuthority: document.issuingAuthority },
    library: lawLibrary(deps.db),
    options: {
      ...(general ? { maxValidityYears: general.maxYears } : {}),
      ...(provisional ? { provisionalMaxValidityYears: provisional.maxYears } : {}),
      minDaysToEffect: profile.effectiveDate.minDaysAfterPublication,
    },
  });
  const decided = new Set(
    listFindings(deps.db, caseId)
      .filter((finding) => finding.state !== 'suggested')
      .map((finding) => `${finding.rule_id}|${finding.block_id}|${finding.excerpt}`),
  );
  deleteUndecidedFindings(deps.db, caseId);
  for (const finding of findings) {
    if (decided.has(`${finding.ruleId}|${finding.blockId}|${finding.text}`)) continue;
    insertFinding(deps.db, {
      id: deps.ids.next(),
      case_id: caseId,
      rule_id: finding.ruleId,
      severity: finding.severity,
      element_id: finding.elementId,
      block_id: finding.blockId,
      label: finding.article ?? '',
      excerpt: finding.text,
      message: finding.message,
      basis: finding.basis,
    });
  }
}

function mustFindCase(deps: Deps, id: string): ReviewCaseRow {
  const row = findReviewCase(deps.db, id);
  if (!row) throw new DomainError('NOT_FOUND', '审核案件不存在。');
  return row;
}

function mustBeOpen(row: ReviewCaseRow): void {
  if (row.state !== 'open') throw new DomainError('INVALID_STATE', '该审核案件已作出结论，不能再修改。');
}

/** Working days until the due date; past it, negative (at least −1, even on a weekend right after). */
function workingDaysLeft(deps: Deps, dueOn: IsoDate): number {
  const now = today(deps);
  const table = holidayTable(deps);
  return dueOn < now
    ? -Math.max(1, workingDaysBetween(dueOn, now, table))
    : workingDaysBetween(now, dueOn, table);
}

function toSummary(deps: Deps, row: ReviewCaseRow): ReviewCaseSummary {
  return {
    id: row.id,
    documentId: row.document_id,
    documentTitle: row.document_title,
    kind: row.kind as DocumentKind,
    draftingUnit: row.drafting_unit,
    versionId: row.version_id,
    versionLabel: row.version_label,
    round: row.round,
    state: row.state,
    receivedOn: row.received_on,
    materialsCompleteOn: row.materials_complete_on,
    earliestConclusionOn: row.earliest_conclusion_on,
    dueOn: row.due_on,
    dueWarnings: JSON.parse(row.due_warnings) as ReviewCaseSummary['dueWarnings'],
    workingDaysLeft: workingDaysLeft(deps, row.due_on),
    reviewerId: row.reviewer_id,
    reviewerName: row.reviewer_name ?? '',
    conclusion: (row.conclusion as ReviewConclusion | null) ?? null,
    conclusionLabel: row.conclusion_label,
    concludedOn: row.concluded_on ?? null,
  };
}

export function listCases(
  ctx: HandlerContext,
  input: { mine: boolean; state?: 'open' | 'concluded' | undefined; documentId?: string | undefined },
) {
  const account = requireAccount(ctx);
  return listReviewCases(ctx.db, {
    reviewerId: input.mine ? account.id : undefined,
    state: input.state,
    documentId: input.documentId,
  }).map((row) => toSummary(ctx, row));
}

const RULE_TITLES = new Map<string, string>(
  Object.values(PRECHECK_RULES).map((rule) => [rule.id, rule.title]),
);

export function caseDetail(deps: Deps, caseId: string): ReviewCaseDetail {
  const row = mustFindCase(deps, caseId);
  const kind = row.kind as DocumentKind;
  const checklist = checklistFor(kind);
  const stored = listReviewItems(deps.db, caseId);
  const items = checklist.elements.map((element) => {
    const item = stored.get(element.id);
    return {
      element,
      verdict: item?.verdict ?? 'pending',
      note: item?.note ?? '',
      annotationIds: item ? (JSON.parse(item.annotation_ids) as string[]) : [],
      updatedAt: item?.updated_at ?? null,
      updatedByName: item?.updated_by_name ?? null,
    };
  });
  const checklistItems: ChecklistItem[] = items.map((item) => ({
    elementId: item.element.id,
    verdict: item.verdict,
  }));
  const summary = checklistSummary(checklistItems, checklist);
  const suggestion = suggestedConclusion(checklist, checklistItems);
  const version = findVersionSummary(deps.db, row.document_id, row.version_id);
  if (!version) throw new Error('reviewed version vanished');
  const profile = activeRuleProfile(deps).profile;
  const outcomes = (profile.reviewOutcomes[kind] ?? [])
    .filter((outcome) => (REVIEW_CONCLUSIONS as readonly string[]).includes(outcome.code))
    .map((outcome) => ({
      code: outcome.code,
      label: outcome.label,
      allowsDeliberation: outcome.allowsDeliberation,
    }));
  return {
    case: toSummary(deps, row),
    version,
    checklistTitle: checklist.title,
    groups: checklist.groups,
    items,
    findings: listFindings(deps.db, caseId).map((finding) => ({
      id: finding.id,
      ruleId: finding.rule_id,
      ruleTitle: RULE_TITLES.get(finding.rule_id) ?? finding.rule_id,
      severity: finding.severity,
      elementId: finding.element_id,
      blockId: finding.block_id,
      label: finding.label,
      excerpt: finding.excerpt,
      message: finding.message,
      basis: finding.basis,
      state: finding.state,
      reason: finding.reason,
      decidedAt: finding.decided_at,
      decidedByName: finding.decided_by_name,
    })),
    suggestions: listSuggestions(deps.db, caseId).map((s) => ({
      id: s.id,
      seq: s.seq,
      blockId: s.block_id,
      label: s.label,
      original: s.original,
      suggestion: s.suggestion,
      createdAt: s.created_at,
      createdByName: s.created_by_name ?? '',
    })),
    opinion: row.opinion,
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

function touchCase(ctx: HandlerContext, row: ReviewCaseRow, detail: Record<string, unknown>): void {
  ctx.audit.targetType = 'review_cases';
  ctx.audit.targetId = row.id;
  ctx.audit.detail = { documentId: row.document_id, title: row.document_title, ...detail };
}

export function setItem(ctx: HandlerContext, input: z.output<typeof SetReviewItemInput>): ReviewCaseDetail {
  const actor = requireAccount(ctx);
  const row = mustFindCase(ctx, input.caseId);
  mustBeOpen(row);
  if (!checklistFor(row.kind as DocumentKind).elements.some((element) => element.id === input.elementId)) {
    throw new DomainError('NOT_FOUND', '审核要素不存在。');
  }
  putReviewItem(ctx.db, { ...input, at: ctx.clock.now().toISOString(), by: actor.id });
  touchCase(ctx, row, { elementId: input.elementId, verdict: input.verdict, note: input.note });
  return caseDetail(ctx, row.id);
}

/**
 * A finding accepted into the checklist marks its element 不符合 with the finding in the note;
 * a dismissed one keeps the reviewer's reason.
 */
export function decideOnFinding(
  ctx: HandlerContext,
  input: z.output<typeof DecideFindingInput>,
): ReviewCaseDetail {
  const actor = requireAccount(ctx);
  const finding = findFinding(ctx.db, input.findingId);
  if (!finding) throw new DomainError('NOT_FOUND', '预审发现不存在。');
  const row = mustFindCase(ctx, finding.case_id);
  mustBeOpen(row);
  if (finding.state !== 'suggested') throw new DomainError('INVALID_STATE', '该预审发现已经处理过。');
  if (!input.accept && !input.reason) throw new DomainError('INVALID_INPUT', '不采纳预审发现时请说明理由。');
  const at = ctx.clock.now().toISOString();
  decideFinding(ctx.db, finding.id, input.accept ? 'accepted' : 'dismissed', input.reason, at, actor.id);
  if (input.accept) {
    const item = listReviewItems(ctx.db, row.id).get(finding.element_id);
    const line = `${finding.label ? `${finding.label}：` : ''}${finding.message}`;
    putReviewItem(ctx.db, {
      caseId: row.id,
      elementId: finding.element_id,
      verdict: 'nonconforming',
      note: item?.note ? `${item.note}\n${line}` : line,
      annotationIds: item ? (JSON.parse(item.annotation_ids) as string[]) : [],
      at,
      by: actor.id,
    });
  }
  touchCase(ctx, row, {
    findingId: finding.id,
    ruleId: finding.rule_id,
    accepted: input.accept,
    reason: input.reason,
  });
  return caseDetail(ctx, row.id);
}

export function rerunPrecheck(ctx: HandlerContext, caseId: string): ReviewCaseDetail {
  requireAccount(ctx);
  const row = mustFindCase(ctx, caseId);
  mustBeOpen(row);
  runCasePrecheck(ctx, caseId);
  touchCase(ctx, row, {});
  return caseDetail(ctx, caseId);
}

export function addSuggestion(
  ctx: HandlerContext,
  input: z.output<typeof AddSuggestionInput>,
): ReviewCaseDetail {
  const actor = requireAccount(ctx);
  const row = mustFindCase(ctx, input.caseId);
  mustBeOpen(row);
  insertSuggestion(ctx.db, { id: ctx.ids.next(), ...input, at: ctx.clock.now().toISOString(), by: actor.id });
  touchCase(ctx, row, { label: input.label, suggestion: input.suggestion });
  return caseDetail(ctx, row.id);
}

export function dropSuggestion(ctx: HandlerContext, id: string): ReviewCaseDetail {
  requireAccount(ctx);
  const caseId = suggestionCase(ctx.db, id);
  if (!caseId) throw new DomainError('NOT_FOUND', '修改建议不存在。');
  const row = mustFindCase(ctx, caseId);
  mustBeOpen(row);
  removeSuggestion(ctx.db, id, ctx.clock.now().toISOString());
  touchCase(ctx, row, { suggestionId: id });
  return caseDetail(ctx, caseId);
}

export function setOpinion(ctx: HandlerContext, caseId: string, opinion: string): ReviewCaseDetail {
  requireAccount(ctx);
  const row = mustFindCase(ctx, caseId);
  mustBeOpen(row);
  setCaseOpinion(ctx.db, caseId, opinion);
  touchCase(ctx, row, { opinion });
  return caseDetail(ctx, caseId);
}

/** The 合法性审核意见书 of a case as a Word file. */
export async function exportOpinion(ctx: HandlerContext, caseId: string) {
  requireAccount(ctx);
  const detail = caseDetail(ctx, caseId);
  const document = mustFindDocument(ctx, detail.case.documentId);
  const data = await buildReviewOpinionDocx({
    agencyName: getAgency(ctx).agencyName,
    documentTitle: document.title,
    draftingUnit: document.draftingUnit,
    detail,
    materials: materialsOverview(ctx, document.id).checks,
    signoffs: signoffsOf(ctx, document.id)
      .filter((signoff) => signoff.versionId === detail.case.versionId)
      .map((signoff) => ({ ...signoff, opinionLabel: SIGNOFF_OPINION_LABELS[signoff.opinion] })),
    date: today(ctx),
  });
  return {
    fileName: `关于《${document.title}》的合法性审核意见.docx`,
    mediaType: DOCX_MEDIA_TYPE,
    data: data.toString('base64'),
  };
}
