import type { ParsedInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import type {
  DisclosureClocks,
  DisclosureView,
  ProactiveDisclosureView,
} from '../../shared/api/schemas/disclosure';
import {
  CLOCK_STATE_LABELS,
  extensionProblem,
  proactiveClock,
  replyClock,
} from '../../shared/domain/disclosure/clock';
import type { DocumentRecord } from '../db/repos/documents';
import * as disclosures from '../db/repos/disclosures';
import { findIssuance } from '../db/repos/issuances';
import { findUserById } from '../db/repos/users';
import type { Deps } from '../deps';
import { requireAccount, type ServiceContext } from './context';
import { mustFindDocument } from './documents';
import { activeRuleProfile, holidayTable, today } from './rules';

/**
 * 政府信息公开 clocks: the 答复期限 of a disclosure request (政府信息公开条例第三十三条, with 延期 and the
 * days of 征求第三方意见 left out) and the 主动公开 of an issued normative document (第二十六条).
 */

function rule(deps: Deps) {
  return activeRuleProfile(deps).profile.disclosure;
}

function mustBeDisclosure(deps: Deps, documentId: string): DocumentRecord {
  const document = mustFindDocument(deps, documentId);
  if (document.kind !== 'disclosure')
    throw new DomainError('INVALID_STATE', '只有政府信息公开类文件才登记公开申请和答复期限。');
  return document;
}

function mustHaveOpenRequest(deps: Deps, documentId: string): disclosures.DisclosureRequestRecord {
  const request = disclosures.findDisclosureRequest(deps.db, documentId);
  if (!request) throw new DomainError('INVALID_STATE', '尚未登记申请收到日期。');
  if (request.answeredOn)
    throw new DomainError('INVALID_STATE', `已于 ${request.answeredOn} 作出答复，答复期限已结束。`);
  return request;
}

function notAfterToday(deps: Deps, date: string, what: string): void {
  const now = today(deps);
  if (date > now) throw new DomainError('INVALID_INPUT', `${what}（${date}）不能晚于今天（${now}）。`);
}

export function getDisclosure(deps: Deps, input: ParsedInput<'disclosure.get'>): DisclosureView {
  const document = mustBeDisclosure(deps, input.documentId);
  const disclosureRule = rule(deps);
  const request = disclosures.findDisclosureRequest(deps.db, document.id);
  const extension = disclosures.findDisclosureExtension(deps.db, document.id);
  const consultations = disclosures.listConsultations(deps.db, document.id);
  const clock = request
    ? replyClock(
        {
          receivedOn: request.receivedOn,
          extensionDays: extension?.workingDays ?? 0,
          consultations,
          answeredOn: request.answeredOn,
        },
        disclosureRule,
        today(deps),
        holidayTable(deps),
      )
    : null;
  return {
    documentId: document.id,
    request: request
      ? { receivedOn: request.receivedOn, applicant: request.applicant, answeredOn: request.answeredOn }
      : null,
    extension: extension
      ? {
          workingDays: extension.workingDays,
          reason: extension.reason,
          approvedOn: extension.approvedOn,
          approvedByName: findUserById(deps.db, extension.approvedBy)?.displayName ?? '',
          notifiedOn: extension.notifiedOn,
        }
      : null,
    consultations,
    clock: clock ? { ...clock, stateLabel: CLOCK_STATE_LABELS[clock.state] } : null,
    basis: {
      reply: disclosureRule.reply.source.basis,
      extension: disclosureRule.extension.source.basis,
      consultation: disclosureRule.consultationExcluded.source.basis,
    },
  };
}

export function recordDisclosureRequest(
  ctx: ServiceContext,
  input: ParsedInput<'disclosure.recordRequest'>,
): DisclosureView {
  const actor = requireAccount(ctx);
  const document = mustBeDisclosure(ctx, input.documentId);
  const existing = disclosures.findDisclosureRequest(ctx.db, document.id);
  if (existing?.answeredOn)
    throw new DomainError('INVALID_STATE', `已于 ${existing.answeredOn} 作出答复，不能再修改申请收到日期。`);
  notAfterToday(ctx, input.receivedOn, '申请收到日期');
  disclosures.putDisclosureRequest(ctx.db, {
    documentId: document.id,
    receivedOn: input.receivedOn,
    applicant: input.applicant,
    by: actor.id,
    at: ctx.clock.now().toISOString(),
  });
  ctx.describeChange({ targetType: 'disclosure_requests', targetId: document.id, detail: { ...input } });
  return getDisclosure(ctx, { documentId: document.id });
}

/** 延长答复期限: approved by the acting 负责人 (the channel admits only leaders) and notified to the applicant. */
export function recordDisclosureExtension(
  ctx: ServiceContext,
  input: ParsedInput<'disclosure.recordExtension'>,
): DisclosureView {
  const actor = requireAccount(ctx);
  const document = mustBeDisclosure(ctx, input.documentId);
  const request = mustHaveOpenRequest(ctx, document.id);
  if (disclosures.findDisclosureExtension(ctx.db, document.id))
    throw new DomainError('INVALID_STATE', '答复期限已经延长过一次，不能再次延长。');
  const problem = extensionProblem(input.workingDays, rule(ctx));
  if (problem) throw new DomainError('INVALID_INPUT', problem);
  if (input.notifiedOn < request.receivedOn)
    throw new DomainError('INVALID_INPUT', `告知申请人日期不能早于申请收到日期（${request.receivedOn}）。`);
  notAfterToday(ctx, input.notifiedOn, '告知申请人日期');
  const view = getDisclosure(ctx, { documentId: document.id });
  if (view.clock && input.notifiedOn > view.clock.dueOn)
    throw new DomainError(
      'INVALID_INPUT',
      `延长答复期限应当在原答复期限（${view.clock.dueOn}）届满前告知申请人。`,
    );
  disclosures.insertDisclosureExtension(ctx.db, {
    documentId: document.id,
    workingDays: input.workingDays,
    reason: input.reason,
    approvedOn: today(ctx),
    approvedBy: actor.id,
    notifiedOn: input.notifiedOn,
    at: ctx.clock.now().toISOString(),
  });
  ctx.describeChange({ targetType: 'disclosure_extensions', targetId: document.id, detail: { ...input } });
  return getDisclosure(ctx, { documentId: document.id });
}

export function recordDisclosureConsultation(
  ctx: ServiceContext,
  input: ParsedInput<'disclosure.recordConsultation'>,
): DisclosureView {
  const actor = requireAccount(ctx);
  const document = mustBeDisclosure(ctx, input.documentId);
  const request = mustHaveOpenRequest(ctx, document.id);
  if (input.toOn < input.fromOn)
    throw new DomainError('INVALID_INPUT', '征求第三方意见的截止日期不能早于开始日期。');
  if (input.fromOn <= request.receivedOn)
    throw new DomainError('INVALID_INPUT', `征求第三方意见应当在申请收到日期（${request.receivedOn}）之后。`);
  const overlapping = disclosures
    .listConsultations(ctx.db, document.id)
    .find((other) => other.fromOn <= input.toOn && input.fromOn <= other.toOn);
  if (overlapping)
    throw new DomainError(
      'INVALID_INPUT',
      `与已登记的征求意见期间（${overlapping.thirdParty}，${overlapping.fromOn} 至 ${overlapping.toOn}）重叠。`,
    );
  const id = ctx.ids.next();
  disclosures.insertConsultation(ctx.db, {
    id,
    documentId: document.id,
    thirdParty: input.thirdParty,
    fromOn: input.fromOn,
    toOn: input.toOn,
    by: actor.id,
    at: ctx.clock.now().toISOString(),
  });
  ctx.describeChange({ targetType: 'disclosure_consultations', targetId: id, detail: { ...input } });
  return getDisclosure(ctx, { documentId: document.id });
}

export function recordDisclosureAnswer(
  ctx: ServiceContext,
  input: ParsedInput<'disclosure.recordAnswer'>,
): DisclosureView {
  requireAccount(ctx);
  const document = mustBeDisclosure(ctx, input.documentId);
  const request = mustHaveOpenRequest(ctx, document.id);
  if (input.answeredOn < request.receivedOn)
    throw new DomainError('INVALID_INPUT', `答复日期不能早于申请收到日期（${request.receivedOn}）。`);
  notAfterToday(ctx, input.answeredOn, '答复日期');
  disclosures.setDisclosureAnswered(ctx.db, document.id, input.answeredOn, ctx.clock.now().toISOString());
  ctx.describeChange({ targetType: 'disclosure_requests', targetId: document.id, detail: { ...input } });
  return getDisclosure(ctx, { documentId: document.id });
}

/** 主动公开 of an issued 行政规范性文件; null for a document that is not one. */
export function proactiveDisclosure(
  deps: Deps,
  input: ParsedInput<'disclosure.proactive'>,
): ProactiveDisclosureView | null {
  const document = mustFindDocument(deps, input.documentId);
  const issuance = findIssuance(deps.db, document.id);
  if (document.kind !== 'admin_normative' || !issuance) return null;
  const disclosureRule = rule(deps);
  const record = disclosures.findProactiveDisclosure(deps.db, document.id);
  const clock = proactiveClock(
    issuance.publishedOn,
    record?.disclosedOn ?? null,
    disclosureRule,
    today(deps),
    holidayTable(deps),
  );
  return {
    documentId: document.id,
    formedOn: issuance.publishedOn,
    ...clock,
    stateLabel: CLOCK_STATE_LABELS[clock.state],
    disclosedOn: record?.disclosedOn ?? null,
    channel: record?.channel ?? null,
    basis: disclosureRule.proactive.source.basis,
  };
}

export function recordProactiveDisclosure(
  ctx: ServiceContext,
  input: ParsedInput<'disclosure.recordProactive'>,
): ProactiveDisclosureView {
  const actor = requireAccount(ctx);
  const document = mustFindDocument(ctx, input.documentId);
  const issuance = findIssuance(ctx.db, document.id);
  if (document.kind !== 'admin_normative' || !issuance)
    throw new DomainError('INVALID_STATE', '只有已印发的行政规范性文件才登记主动公开。');
  if (disclosures.findProactiveDisclosure(ctx.db, document.id))
    throw new DomainError('INVALID_STATE', '该文件的主动公开已经登记。');
  if (input.disclosedOn < issuance.publishedOn)
    throw new DomainError('INVALID_INPUT', `公开日期不能早于印发公布日期（${issuance.publishedOn}）。`);
  notAfterToday(ctx, input.disclosedOn, '公开日期');
  disclosures.insertProactiveDisclosure(ctx.db, {
    documentId: document.id,
    disclosedOn: input.disclosedOn,
    channel: input.channel,
    by: actor.id,
    at: ctx.clock.now().toISOString(),
  });
  ctx.describeChange({ targetType: 'proactive_disclosures', targetId: document.id, detail: { ...input } });
  const view = proactiveDisclosure(ctx, { documentId: document.id });
  if (!view) throw new DomainError('INVALID_STATE', '只有已印发的行政规范性文件才登记主动公开。');
  return view;
}

/** Every clock still running (or overdue), soonest first: for the dashboard. */
export function disclosureClocks(deps: Deps): DisclosureClocks {
  const disclosureRule = rule(deps);
  const now = today(deps);
  const table = holidayTable(deps);
  const replies = disclosures.listOpenDisclosureRequests(deps.db).map((request) => {
    const clock = replyClock(
      {
        receivedOn: request.receivedOn,
        extensionDays: disclosures.findDisclosureExtension(deps.db, request.documentId)?.workingDays ?? 0,
        consultations: disclosures.listConsultations(deps.db, request.documentId),
        answeredOn: null,
      },
      disclosureRule,
      now,
      table,
    );
    return { documentId: request.documentId, title: request.title, clock: 'reply' as const, ...clock };
  });
  const proactive = disclosures.listUndisclosedIssued(deps.db).map((issued) => ({
    documentId: issued.documentId,
    title: issued.title,
    clock: 'proactive' as const,
    ...proactiveClock(issued.publishedOn, null, disclosureRule, now, table),
  }));
  return {
    items: [...replies, ...proactive]
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
      .map((item) => ({
        documentId: item.documentId,
        title: item.title,
        clock: item.clock,
        dueOn: item.dueOn,
        state: item.state,
        stateLabel: CLOCK_STATE_LABELS[item.state],
        workingDaysLeft: item.workingDaysLeft,
      })),
  };
}
