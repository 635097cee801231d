import type { Account, IssuancePreview, ParsedInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import { deadline } from '../../shared/domain/calendar/deadline';
import { addDays, isIsoDate, yearOf } from '../../shared/domain/calendar/isoDate';
import { DOCUMENT_KIND_LABELS } from '../../shared/domain/documentKinds';
import { numberFields, validUntil } from '../../shared/domain/issuance';
import { basisNote } from '../../shared/domain/basisStanding';
import { hasDeliberation } from '../../shared/domain/ruleCodes';
import {
  docNumberTemplateFor,
  type RuleProfile,
  validityRuleFor,
} from '../../shared/domain/ruleProfileSchema';
import { versionName } from '../../shared/domain/versionName';
import type { WorkflowEffect } from '../../shared/domain/workflow';
import { findAttachment } from '../db/repos/attachments';
import { insertDeliberation, latestDeliberation } from '../db/repos/deliberations';
import { type DocumentRecord, setDocumentNumber } from '../db/repos/documents';
import { archiveIssuance, findIssuance, insertIssuance } from '../db/repos/issuances';
import { latestVersionId } from '../db/repos/versions';
import type { Deps } from '../deps';
import type { ServiceContext } from './context';
import { indexIssuedVersion } from './citationIndex';
import { mustFindDocument } from './documents';
import { freezeVersion } from './drafting';
import {
  chosenNumber,
  giveNumber,
  nextNumber,
  numberFormatWords,
  type NumberSeriesSpec,
  type PlannedNumber,
} from './numbers';
import { activeRuleProfile, holidayTable, today } from './rules';
import { getAgency } from './settings';
import { versionBlocks } from './versions';
import { indexDocumentRecords } from './searchIndex';

/**
 * 集体审议 and 印发 under 三统一 (RULES.md §1.7–1.9): the deliberation record on the exact version put to
 * the meeting, and the issuance with numbers given by main from the profile's templates (never typed,
 * except by an administrator correcting them), in the same transaction as the workflow step.
 */

type Effect<T extends WorkflowEffect['type']> = Extract<WorkflowEffect, { type: T }>;

/** A profile basis as the issue form shows it: the basis, and a plain note only where it matters. */
const sourceWords = (source: RuleProfile['numbering']['docNumber']['source'], locality: string) => {
  const note = basisNote(source.confidence, locality, source.basis, source.origin);
  return note ? `${source.basis}（${note}）` : source.basis;
};

/** The 发文字号 series of the kind and, where 三统一 applies to it, the 登记号 series. */
function numberSeries(deps: Deps, kind: DocumentRecord['kind']) {
  const { profile } = activeRuleProfile(deps);
  const fields = numberFields(profile, getAgency(deps).agencyCode);
  const known = { agencyCode: fields.agencyCode, region: fields.region };
  const docNumber: NumberSeriesSpec = {
    series: 'doc_number',
    name: '发文字号',
    seqName: '顺序号',
    template: docNumberTemplateFor(profile, kind),
    known,
  };
  const { registration } = profile.numbering;
  const registered = registration.requiredFor.includes(kind);
  const registrationSpec: NumberSeriesSpec | null = registered
    ? { series: 'registration', name: '登记号', seqName: '流水号', template: registration.template, known }
    : null;
  const usesRegion = registration.template.includes('{region}');
  const regionNote =
    registered && usesRegion && fields.regionFromAgency
      ? `规则配置未设置区域简称，暂以机关代字“${fields.agencyCode}”代替；可由管理员在规则配置中填写。`
      : null;
  return { profile, docNumber, registration: registrationSpec, regionNote };
}

function mustBeIssued(document: DocumentRecord): void {
  if (!hasDeliberation(document.kind)) {
    throw new DomainError(
      'INVALID_STATE',
      `${DOCUMENT_KIND_LABELS[document.kind]}经审核后即办结，不印发，也不编发文字号。`,
    );
  }
}

/** `issuance.preview`: the numbers an issuance published on the day would be given, and what it requires. */
export function previewIssuance(
  ctx: ServiceContext,
  input: ParsedInput<'issuance.preview'>,
): IssuancePreview {
  const document = mustFindDocument(ctx, input.documentId);
  mustBeIssued(document);
  const publishedOn = input.publishedOn ?? today(ctx);
  const year = yearOf(publishedOn);
  const series = numberSeries(ctx, document.kind);
  const { profile } = series;
  const validity = validityRuleFor(profile, document.kind, document.title);
  const years = input.validityYears ?? validity?.term.defaultYears;
  const effective = profile.effectiveDate;
  const filing = profile.filing[document.kind];
  return {
    documentId: document.id,
    publishedOn,
    year,
    docNumber: {
      number: nextNumber(ctx, series.docNumber, year).number,
      format: numberFormatWords(series.docNumber),
      note: null,
    },
    registrationNumber: series.registration
      ? {
          number: nextNumber(ctx, series.registration, year).number,
          format: numberFormatWords(series.registration),
          note: series.regionNote,
        }
      : null,
    canChangeNumbers: ctx.account?.roles.includes('admin') ?? false,
    validity: validity
      ? {
          defaultYears: validity.term.defaultYears,
          maxYears: validity.term.maxYears,
          basis: `${validity.basis}的，有效期默认 ${validity.term.defaultYears} 年、一般不超过 ${validity.term.maxYears} 年，自施行之日起计算`,
          source: sourceWords(profile.validity.source, profile.locality),
          validUntil: input.effectiveOn && years ? validUntil(input.effectiveOn, years) : null,
        }
      : null,
    effectiveDate: effective.appliesTo.includes(document.kind)
      ? {
          minDaysAfterPublication: effective.minDaysAfterPublication,
          earliestEffectiveOn: addDays(publishedOn, effective.minDaysAfterPublication),
          reasonRequired: effective.reasonRequiredIfShorter,
          source: sourceWords(effective.source, profile.locality),
        }
      : null,
    filingDueOn:
      filing.required && filing.period ? deadline(publishedOn, filing.period, holidayTable(ctx)).due : null,
  };
}

/** An ISSUE event with its numbers, and the numbers to give when the step is recorded. */
export interface PreparedIssue {
  event: Record<string, unknown>;
  numbers: PlannedNumber[];
}

const typed = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/**
 * Fills in the 发文字号 and 登记号 of the publication year. Numbers in the event are an administrator's
 * correction: only an administrator may give them, and each must read as the template and never have
 * been given before.
 */
export function prepareIssue(
  deps: Deps,
  actor: Account,
  document: DocumentRecord,
  event: Record<string, unknown>,
): PreparedIssue {
  mustBeIssued(document);
  const publishedOn = event.publishedOn;
  if (!isIsoDate(publishedOn)) throw new DomainError('INVALID_INPUT', '请填写公布日期（如 2026-05-25）。');
  const docText = typed(event.docNumber);
  const registrationText = typed(event.registrationNumber);
  if ((docText || registrationText) && !actor.roles.includes('admin')) {
    throw new DomainError(
      'FORBIDDEN',
      '发文字号和登记号由系统按规则配置统一编号；只有管理员可以改用其他编号。',
    );
  }
  const series = numberSeries(deps, document.kind);
  const year = yearOf(publishedOn);
  const docNumber = docText
    ? chosenNumber(deps, series.docNumber, docText)
    : nextNumber(deps, series.docNumber, year);
  if (!series.registration && registrationText) {
    throw new DomainError('INVALID_INPUT', `${DOCUMENT_KIND_LABELS[document.kind]}不编登记号。`);
  }
  const registration = series.registration
    ? registrationText
      ? chosenNumber(deps, series.registration, registrationText)
      : nextNumber(deps, series.registration, year)
    : null;
  if (registration && registration.number === docNumber.number) {
    throw new DomainError('INVALID_INPUT', '登记号不能与发文字号相同。');
  }
  const { registrationNumber: _typed, ...rest } = event;
  return {
    event: {
      ...rest,
      docNumber: docNumber.number,
      ...(registration ? { registrationNumber: registration.number } : {}),
    },
    numbers: registration ? [docNumber, registration] : [docNumber],
  };
}

/**
 * 签发 and 印发: gives the numbers, records the issuance on the 正式文本 (the deliberated version, or
 * after 原则通过 the version changed as the meeting asked) and keeps the registry's 文号 in step.
 */
export function recordIssuance(
  deps: Deps,
  actor: Account,
  document: DocumentRecord,
  effect: Effect<'issued'>,
  numbers: readonly PlannedNumber[],
  submittedVersionId: string | null,
): void {
  for (const number of numbers) giveNumber(deps, number, document.id, actor.id);
  const deliberation = latestDeliberation(deps.db, document.id);
  const versionId =
    deliberation?.decision === 'approved_with_changes'
      ? latestVersionId(deps.db, document.id)
      : (deliberation?.versionId ?? submittedVersionId);
  if (!versionId) throw new DomainError('INVALID_STATE', '尚无审议通过的版本，不能印发。');
  const at = deps.clock.now().toISOString();
  // 修改后重新印发: the earlier issuance goes to the history, its 文号 and 登记号 stay used.
  if (findIssuance(deps.db, document.id)) archiveIssuance(deps.db, document.id, at, actor.id);
  insertIssuance(deps.db, {
    documentId: document.id,
    versionId,
    deliberationId: deliberation?.id ?? null,
    docNumber: effect.docNumber,
    registrationNumber: effect.registrationNumber,
    publishedOn: effect.publishedOn,
    effectiveOn: effect.effectiveOn,
    validUntil: effect.validUntil,
    shortEffectReason: effect.shortEffectReason ?? '',
    publishedIn: effect.publishedIn,
    filingDueOn: effect.filingDueOn,
    approvedBy: actor.id,
    approvedAt: at,
  });
  indexIssuedVersion(deps, document.id, versionId);
  setDocumentNumber(deps.db, document.id, effect.docNumber);
  indexDocumentRecords(deps, document.id);
}

/** The minutes named in a RECORD_DELIBERATION event are a 集体审议记录 of this document, not withdrawn. */
export function checkMinutes(deps: Deps, document: DocumentRecord, event: Record<string, unknown>): void {
  const id = event.minutesAttachmentId;
  if (id === undefined || id === null || id === '') return;
  const attachment = typeof id === 'string' ? findAttachment(deps.db, id) : null;
  if (!attachment || attachment.documentId !== document.id)
    throw new DomainError('NOT_FOUND', '所选的会议纪要不是本文件的材料。');
  if (attachment.materialKind !== 'deliberation_record')
    throw new DomainError(
      'INVALID_INPUT',
      `“${attachment.fileName}”不是集体审议（讨论）记录，请选择会议纪要或审议记录。`,
    );
  if (attachment.withdrawnAt)
    throw new DomainError('INVALID_STATE', `“${attachment.fileName}”已经撤回，不能作为会议纪要。`);
}

/**
 * Keeps the meeting on the version put to it. 原则通过（按审议意见修改后印发）at once starts the text
 * that will be changed: a copy of the deliberated text as the newest version, so that opinions signed
 * on earlier versions turn stale and the text opens for the changes the meeting asked for.
 */
export function recordDeliberation(
  deps: Deps,
  actor: Account,
  document: DocumentRecord,
  effect: Effect<'deliberation_recorded'>,
  submittedVersionId: string | null,
): void {
  const versionId = effect.versionId ?? submittedVersionId;
  if (!versionId) throw new DomainError('INVALID_STATE', '尚无送审版本，不能记录集体审议。');
  const recordedAt = deps.clock.now().toISOString();
  insertDeliberation(deps.db, {
    id: deps.ids.next(),
    documentId: document.id,
    versionId,
    meetingType: effect.meetingType,
    meetingName: effect.meetingName,
    heldOn: effect.heldOn,
    attendees: effect.attendees,
    decision: effect.decision,
    dissent: effect.dissent ?? '',
    minutesAttachmentId: effect.minutesAttachmentId,
    materials: effect.materials,
    recordedAt,
    recordedBy: actor.id,
  });
  if (effect.decision !== 'approved_with_changes') return;
  const deliberated = versionBlocks(deps, versionId);
  freezeVersion(deps, actor, {
    documentId: document.id,
    label: '审议修改稿',
    note: `${effect.heldOn} ${effect.meetingName}原则通过，要求按审议意见修改后印发；以${versionName(deliberated.seq)}为底稿修改`,
    blocks: deliberated.blocks,
  });
}
