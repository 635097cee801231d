import { DomainError } from '../../shared/api';
import type {
  DocumentValidityView,
  LifecycleDecisionView,
  LifecycleTagView,
  LifecycleView,
  ParsedInput,
  ValidityPage,
  ValidityRow,
  ValidityRuleText,
  ValiditySummary,
} from '../../shared/api';
import type { IsoDate } from '../../shared/domain/calendar/isoDate';
import {
  computeLifecycle,
  type Lifecycle,
  LIFECYCLE_EVENT_LABELS,
  type LifecycleState,
} from '../../shared/domain/cleanup/lifecycle';
import {
  compareForView,
  daysLeft,
  inValidityView,
  reminderText,
  termsText,
  type ValidityView,
  validUntilBound,
} from '../../shared/domain/cleanup/validityWatch';
import { DOCUMENT_KIND_LABELS } from '../../shared/domain/documentKinds';
import { type RuleProfile, validityRuleFor } from '../../shared/domain/ruleProfileSchema';
import { findDocument } from '../db/repos/documents';
import { listIssuanceHistory } from '../db/repos/issuances';
import {
  decisionFactsByDocument,
  type IssuanceDatesFilter,
  listIssuanceDates,
} from '../db/repos/issuanceDates';
import { type IssuedDocumentRecord, listIssuedDocuments } from '../db/repos/issuedDocuments';
import { listLifecycleEvents } from '../db/repos/lifecycleEvents';
import { findUserById } from '../db/repos/users';
import type { Deps } from '../deps';
import type { ServiceContext } from './context';
import { documentLifecycle, issuedDocumentsWithLifecycle } from './lifecycle';
import { activeRuleProfile, today } from './rules';

/**
 * The validity watch (有效期监测): issued documents by their computed lifecycle — what expires within the
 * reminder window, what expired without a cleanup decision, what has ended — for the 清理 page, the
 * dashboard, the registry and the document page. Reads only.
 */

function ruleText(profile: RuleProfile): ValidityRuleText {
  const { validity } = profile;
  return {
    reminderMonths: validity.expiryReminderMonths,
    reminder: reminderText(validity.expiryReminderMonths),
    terms: termsText(validity),
    basis: validity.source.basis,
  };
}

function lifecycleView(lifecycle: Lifecycle, on: IsoDate): LifecycleView {
  return {
    state: lifecycle.state,
    label: lifecycle.label,
    since: lifecycle.since,
    reminderFrom: lifecycle.reminderFrom,
    validUntil: lifecycle.validUntil,
    daysLeft: daysLeft(lifecycle, on),
    lastDecision: lifecycle.lastDecision
      ? {
          label: LIFECYCLE_EVENT_LABELS[lifecycle.lastDecision.event],
          decidedOn: lifecycle.lastDecision.decidedOn,
        }
      : null,
  };
}

function validityRow(document: IssuedDocumentRecord, lifecycle: Lifecycle, on: IsoDate): ValidityRow {
  return {
    documentId: document.documentId,
    title: document.title,
    kind: document.kind,
    kindLabel: DOCUMENT_KIND_LABELS[document.kind],
    docNumber: document.docNumber,
    registrationNumber: document.registrationNumber,
    publishedOn: document.publishedOn,
    effectiveOn: document.effectiveOn,
    lifecycle: lifecycleView(lifecycle, on),
  };
}

interface DatedLifecycle {
  documentId: string;
  lifecycle: Lifecycle;
}

/** The lifecycles today of the issued documents matching the filter (from dates and decisions only). */
function datedLifecycles(
  deps: Deps,
  filter: IssuanceDatesFilter,
  on: IsoDate,
  profile: RuleProfile,
): DatedLifecycle[] {
  const events = decisionFactsByDocument(deps.db, on);
  const reminder = profile.validity.expiryReminderMonths;
  return listIssuanceDates(deps.db, filter).map((issuance) => ({
    documentId: issuance.documentId,
    lifecycle: computeLifecycle(issuance, events.get(issuance.documentId) ?? [], on, reminder),
  }));
}

/**
 * The documents of a view today, in its order. Only issuance dates and decisions are read for them (the
 * full rows are read for the page shown), so 10,000 documents take a few milliseconds.
 */
function lifecyclesInView(
  deps: Deps,
  view: ValidityView,
  months: number,
  filter: IssuanceDatesFilter,
  on: IsoDate,
  profile: RuleProfile,
): DatedLifecycle[] {
  const bound = validUntilBound(view, on, months) ?? undefined;
  // 即将到期 is still in force on its last day: what ended before today is not read at all.
  const from = view === 'expiring' ? on : undefined;
  return datedLifecycles(deps, { ...filter, validUntilBefore: bound, validUntilFrom: from }, on, profile)
    .filter((document) => inValidityView(view, document.lifecycle, on, months))
    .sort(compareForView(view));
}

/** `validity.list`: one view of the watch, a page at a time. */
export function listValidity(ctx: ServiceContext, input: ParsedInput<'validity.list'>): ValidityPage {
  const { profile } = activeRuleProfile(ctx);
  const on = today(ctx);
  const months = input.expiringMonths ?? profile.validity.expiryReminderMonths;
  const filter = { kind: input.kind, text: input.q || undefined };
  const documents = lifecyclesInView(ctx, input.view, months, filter, on, profile);
  const start = (input.page - 1) * input.pageSize;
  const page = documents.slice(start, start + input.pageSize);
  // The full rows for the page only (none asked for: no filter at all would mean every document).
  const ids = page.map((document) => document.documentId);
  const records = new Map(
    (ids.length > 0 ? listIssuedDocuments(ctx.db, { documentIds: ids }) : []).map((record) => [
      record.documentId,
      record,
    ]),
  );
  return {
    view: input.view,
    today: on,
    expiringMonths: months,
    items: page.flatMap((document) => {
      const record = records.get(document.documentId);
      return record ? [validityRow(record, document.lifecycle, on)] : [];
    }),
    total: documents.length,
    page: input.page,
    pageSize: input.pageSize,
    rule: ruleText(profile),
  };
}

/** `validity.summary`: the dashboard's counts, from the same views the 清理 page lists. */
export function validitySummary(ctx: ServiceContext): ValiditySummary {
  const { profile } = activeRuleProfile(ctx);
  const on = today(ctx);
  const months = profile.validity.expiryReminderMonths;
  // One read covers both: whatever expired, or expires within the window, ends before this bound.
  const count = (view: ValidityView) => lifecyclesInView(ctx, view, months, {}, on, profile).length;
  return {
    today: on,
    expiring: count('expiring'),
    expiredUndecided: count('expired_undecided'),
    rule: ruleText(profile),
  };
}

function decisionView(deps: Deps, names: Map<string, string>) {
  return (event: ReturnType<typeof listLifecycleEvents>[number]): LifecycleDecisionView => {
    if (!names.has(event.recordedBy)) {
      names.set(event.recordedBy, findUserById(deps.db, event.recordedBy)?.displayName ?? '');
    }
    return {
      id: event.id,
      docNumber: event.docNumber,
      event: event.event,
      label: LIFECYCLE_EVENT_LABELS[event.event],
      decidedOn: event.decidedOn,
      reason: event.reason,
      campaignId: event.campaignId,
      recordedAt: event.recordedAt,
      recordedByName: names.get(event.recordedBy) ?? '',
    };
  };
}

/** `validity.forDocument`: one document's lifecycle, the decisions about it and the rule of its term. */
export function validityForDocument(
  ctx: ServiceContext,
  input: ParsedInput<'validity.forDocument'>,
): DocumentValidityView {
  // The registry (services/documents) reads lifecycles from here, so the document is looked up directly.
  const document = findDocument(ctx.db, input.documentId);
  if (!document) throw new DomainError('NOT_FOUND', '文件不存在。');
  const { profile } = activeRuleProfile(ctx);
  const on = today(ctx);
  const issued = documentLifecycle(ctx, document.id, on);
  const term = validityRuleFor(profile, document.kind, document.title);
  const names = new Map<string, string>();
  return {
    documentId: document.id,
    lifecycle: issued ? lifecycleView(issued.lifecycle, on) : null,
    docNumber: issued?.docNumber ?? null,
    term: term ? { basis: term.basis, ...term.term } : null,
    rule: ruleText(profile),
    decisions: listLifecycleEvents(ctx.db, document.id).map(decisionView(ctx, names)),
    history: listIssuanceHistory(ctx.db, document.id).map((row) => ({
      docNumber: row.docNumber,
      registrationNumber: row.registrationNumber,
      publishedOn: row.publishedOn,
      effectiveOn: row.effectiveOn,
      validUntil: row.validUntil,
      replacedAt: row.replacedAt,
    })),
  };
}

/** The issued documents in a lifecycle state today (the registry's 效力状态 filter). */
export function documentIdsInState(deps: Deps, state: LifecycleState): string[] {
  const { profile } = activeRuleProfile(deps);
  return datedLifecycles(deps, {}, today(deps), profile)
    .filter((document) => document.lifecycle.state === state)
    .map((document) => document.documentId);
}

/** The lifecycle tags of the given documents that have been issued (the registry page's rows). */
export function lifecycleTags(deps: Deps, documentIds: readonly string[]): Map<string, LifecycleTagView> {
  const tags = new Map<string, LifecycleTagView>();
  if (documentIds.length === 0) return tags;
  for (const document of issuedDocumentsWithLifecycle(deps, { documentIds })) {
    tags.set(document.documentId, { state: document.lifecycle.state, label: document.lifecycle.label });
  }
  return tags;
}
