import type { ParsedInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import type { DocumentFilingView, FilingClock, FilingDueView, FilingRegisterPage } from '../../shared/api';
import { deadline, describePeriod } from '../../shared/domain/calendar/deadline';
import type { HolidayTable } from '../../shared/domain/calendar/holidayTable';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS } from '../../shared/domain/documentKinds';
import {
  combineFilingResults,
  isLateFiling,
  readClock,
  REGISTER_ROW_STATE_LABELS,
  resultOfState,
} from '../../shared/domain/filingRegister';
import type { FilingResult } from '../../shared/domain/ruleCodes';
import { filingOutcomeOf, type RuleProfile } from '../../shared/domain/ruleProfileSchema';
import type { DocumentRecord } from '../db/repos/documents';
import { insertEvent } from '../db/repos/events';
import {
  findFilingLetter,
  type FilingLetterRecord,
  insertFilingLetter,
  listFilingLetters,
  listOpenLetters,
} from '../db/repos/filingLetters';
import { findFilingPackage, listFilingPackages } from '../db/repos/filingPackages';
import {
  findFilingSubmission,
  type FilingSubmissionRecord,
  insertFilingSubmission,
  listFilingSubmissions,
  listRegister,
  type RegisterEntry,
  recordSubmissionOutcome,
  registerRecipients,
  supersedeSubmission,
} from '../db/repos/filingSubmissions';
import { findIssuance, type IssuanceRecord } from '../db/repos/issuances';
import type { Deps } from '../deps';
import { requireAccount, type ServiceContext } from './context';
import { mustFindDocument } from './documents';
import { activeRuleProfile, holidayTable, today } from './rules';
import { requireEventRole, takeWorkflowStep } from './workflow';
import { indexDocumentRecords } from './searchIndex';

/**
 * The filing register (备案登记簿): each submission of a package to a filing organ, the organ's answer
 * and the clocks they start. Sending and answering are also the document's workflow steps 报送备案 and
 * 登记备案结果, taken here in the same transaction, so the register and the workflow never disagree.
 */

const RESULT_WEIGHT: Record<FilingResult, number> = { filed: 0, correction: 1, refused: 2 };

function clockOf(dueOn: string | null, on: string, holidays: HolidayTable): FilingClock | null {
  return dueOn ? { dueOn, ...readClock(dueOn, on, holidays) } : null;
}

function filedKinds(profile: RuleProfile) {
  return DOCUMENT_KINDS.filter((kind) => profile.filing[kind].required);
}

/** The issuance as the machine's guards read it: the issuances register is where it is kept. */
function issuanceFacts(issuance: IssuanceRecord) {
  return {
    issuance: {
      publishedOn: issuance.publishedOn,
      effectiveOn: issuance.effectiveOn,
      validUntil: issuance.validUntil,
    },
  };
}

/**
 * Rows still standing: a correction answered by a later round no longer counts, nor does a submission of
 * an earlier issuance of the document (修改后重新印发: the re-issued text is filed afresh; the earlier
 * rows stay in the register as its history).
 */
const live = (submissions: readonly FilingSubmissionRecord[], issuance: IssuanceRecord | null) =>
  submissions.filter(
    (submission) =>
      submission.state !== 'superseded' && (!issuance || submission.createdAt >= issuance.approvedAt),
  );

function notAfterToday(ctx: Deps, date: string, what: string): void {
  if (date > today(ctx)) throw new DomainError('INVALID_INPUT', `${what}（${date}）不能晚于今天。`);
}

/** 报送备案: one submission per recipient of the document's latest package, and the workflow step. */
export function submitFiling(ctx: ServiceContext, input: ParsedInput<'filings.submit'>): DocumentFilingView {
  const actor = requireAccount(ctx);
  requireEventRole(actor, 'SUBMIT_FILING');
  const document = mustFindDocument(ctx, input.documentId);
  const issuance = findIssuance(ctx.db, document.id);
  if (!issuance) throw new DomainError('INVALID_STATE', '尚未印发公布，不能报送备案。');
  const filingPackage = findFilingPackage(ctx.db, input.packageId);
  if (!filingPackage || filingPackage.documentId !== document.id)
    throw new DomainError('NOT_FOUND', '该文件没有这个备案材料包。');
  const latest = listFilingPackages(ctx.db, document.id)[0];
  if (latest?.id !== filingPackage.id) {
    throw new DomainError(
      'INVALID_STATE',
      `只能报送最新生成的备案材料包（${latest?.fileName ?? ''}）；旧的材料包已被替换。`,
    );
  }
  const sentOn = input.sentOn ?? today(ctx);
  notAfterToday(ctx, sentOn, '报送日期');

  if (filingPackage.builtAt < issuance.approvedAt) {
    throw new DomainError(
      'INVALID_STATE',
      `该材料包（${filingPackage.fileName}）是重新印发前的文本的材料包；请为重新印发的文本（${issuance.docNumber}）生成新的备案材料包。`,
    );
  }
  const submissions = listFilingSubmissions(ctx.db, document.id);
  const standing = live(submissions, issuance);
  const round = submissions.reduce((last, submission) => Math.max(last, submission.round), 0) + 1;
  const recipients = input.recipients ?? defaultRecipients(filingPackage.recipients, standing);
  for (const recipient of recipients) {
    if (!filingPackage.recipients.includes(recipient)) {
      throw new DomainError(
        'INVALID_INPUT',
        `“${recipient}”不是该材料包的备案机关（${filingPackage.recipients.join('、')}）。`,
      );
    }
    const previous = standing.find((submission) => submission.recipient === recipient);
    if (previous && previous.state !== 'correction') {
      throw new DomainError(
        'INVALID_STATE',
        `已于 ${previous.sentOn} 向${recipient}报送（${REGISTER_ROW_STATE_LABELS[previous.state]}），不能重复报送。`,
      );
    }
  }
  if (recipients.length === 0) {
    const awaiting = standing.filter((submission) => submission.state === 'awaiting');
    throw new DomainError(
      'INVALID_STATE',
      awaiting.length > 0
        ? `已报送备案，正在等待${awaiting.map((submission) => submission.recipient).join('、')}登记。`
        : '没有需要报送的备案机关。',
    );
  }

  const step = takeWorkflowStep(
    ctx,
    document,
    { type: 'SUBMIT_FILING', on: sentOn, recipients },
    actor,
    issuanceFacts(issuance),
  );
  const submitted = step.effects.find((effect) => effect.type === 'filing_submitted');
  if (!submitted) throw new Error('SUBMIT_FILING gave no filing_submitted effect');
  const at = ctx.clock.now().toISOString();
  const rows = recipients.map((recipient) => {
    const previous = standing.find((submission) => submission.recipient === recipient);
    // A corrected package is due by the end of that organ's correction period.
    if (previous) supersedeSubmission(ctx.db, previous.id, at);
    const dueOn = previous?.correctionDueOn ?? submitted.dueOn;
    const row: FilingSubmissionRecord = {
      id: ctx.ids.next(),
      documentId: document.id,
      packageId: filingPackage.id,
      packageSha256: filingPackage.sha256,
      round,
      recipient,
      method: input.method,
      sentOn,
      dueOn,
      late: isLateFiling(sentOn, dueOn),
      state: 'awaiting',
      outcome: null,
      outcomeLabel: null,
      outcomeOn: null,
      outcomeNote: '',
      writtenReminder: false,
      correctionDueOn: null,
      createdAt: at,
      createdBy: actor.id,
      updatedAt: at,
    };
    insertFilingSubmission(ctx.db, row);
    return row;
  });
  ctx.describeChange({
    targetType: 'filing_submissions',
    targetId: document.id,
    detail: {
      title: document.title,
      round,
      packageId: filingPackage.id,
      packageSha256: filingPackage.sha256,
      method: input.method,
      sentOn,
      submissions: rows.map(({ id, recipient, dueOn, late }) => ({ id, recipient, dueOn, late })),
    },
  });
  return filingsForDocument(ctx, { documentId: document.id });
}

/** First round: every organ of the package; later: the organs that asked for a correction. */
function defaultRecipients(
  packageRecipients: readonly string[],
  standing: readonly FilingSubmissionRecord[],
): string[] {
  if (standing.length === 0) return [...packageRecipients];
  const sentTo = new Set(standing.map((submission) => submission.recipient));
  return packageRecipients.filter(
    (recipient) =>
      !sentTo.has(recipient) ||
      standing.some((submission) => submission.recipient === recipient && submission.state === 'correction'),
  );
}

/**
 * 登记备案结果 for one organ. When every organ of the document has answered, the document's workflow
 * takes the combined result: refused by one is refused, a correction by one must be made, 已备案 only
 * when every organ registered it.
 */
export function recordFilingOutcome(
  ctx: ServiceContext,
  input: ParsedInput<'filings.recordOutcome'>,
): DocumentFilingView {
  const actor = requireAccount(ctx);
  requireEventRole(actor, 'RECORD_FILING_RESULT');
  const { submission, document } = mustFindSubmission(ctx, input.submissionId);
  if (submission.state !== 'awaiting') {
    throw new DomainError(
      'INVALID_STATE',
      submission.state === 'superseded'
        ? '这次报送之后已经重新报送，请在最新一轮报送上登记结果。'
        : `${submission.recipient}的备案结果已于 ${submission.outcomeOn ?? ''} 登记为“${submission.outcomeLabel ?? ''}”。`,
    );
  }
  const profile = activeRuleProfile(ctx).profile;
  const outcome = filingOutcomeOf(profile, document.kind, input.outcome);
  if (!outcome) {
    const allowed = profile.filingOutcomes[document.kind].map((candidate) => candidate.label);
    throw new DomainError(
      'INVALID_INPUT',
      `“${input.outcome}”不是${DOCUMENT_KIND_LABELS[document.kind]}的备案结果（可选：${allowed.join('、') || '无'}）。`,
    );
  }
  const on = input.on ?? today(ctx);
  notAfterToday(ctx, on, '登记日期');
  if (on < submission.sentOn)
    throw new DomainError('INVALID_INPUT', `登记日期（${on}）不能早于报送日期（${submission.sentOn}）。`);
  const holidays = holidayTable(ctx);
  const correction = outcome.correction
    ? deadline(on, profile.correctionPeriods[outcome.correction].period, holidays)
    : null;
  const at = ctx.clock.now().toISOString();
  if (
    !recordSubmissionOutcome(
      ctx.db,
      submission.id,
      {
        state: outcome.result,
        outcome: outcome.code,
        outcomeLabel: outcome.label,
        outcomeOn: on,
        outcomeNote: input.note ?? '',
        writtenReminder: outcome.writtenReminder,
        correctionDueOn: correction?.due ?? null,
      },
      at,
    )
  )
    throw new DomainError('INVALID_STATE', '这条报送记录已经登记了结果。');
  indexDocumentRecords(ctx, submission.documentId);

  const clockText = correction
    ? `，应于 ${correction.due} 前${outcome.correction === 'rectification' ? '纠正' : '补正'}后重新报送`
    : '';
  insertEvent(ctx.db, {
    id: ctx.ids.next(),
    documentId: document.id,
    kind: 'workflow_step',
    at,
    actorId: actor.id,
    detail: {
      kind: 'workflow_step',
      event: 'RECORD_FILING_RESULT',
      from: document.status,
      to: document.status,
      title: '登记备案结果',
      description: `${submission.recipient}：${outcome.label}${clockText}。${input.note ? `说明：${input.note}` : ''}`,
      on,
    },
  });

  const issuance = findIssuance(ctx.db, document.id);
  const standing = live(listFilingSubmissions(ctx.db, document.id), issuance);
  const combined = combineFilingResults(standing.map((row) => resultOfState(row.state)));
  if (combined) {
    const deciding = decidingSubmission(standing, submission.id);
    takeWorkflowStep(
      ctx,
      document,
      {
        type: 'RECORD_FILING_RESULT',
        on,
        outcome: deciding.outcome ?? outcome.code,
        note: standing.map((row) => `${row.recipient}：${row.outcomeLabel ?? ''}`).join('；'),
      },
      actor,
      issuance ? issuanceFacts(issuance) : {},
    );
  }
  ctx.describeChange({
    targetType: 'filing_submissions',
    targetId: submission.id,
    detail: {
      title: document.title,
      recipient: submission.recipient,
      outcome: outcome.code,
      label: outcome.label,
      on,
      correctionDueOn: correction?.due ?? null,
      documentResult: combined,
    },
  });
  return filingsForDocument(ctx, { documentId: document.id });
}

/**
 * The answer that decides the document's result: the worst one, a 书面提醒 before a plain pass, and the
 * one just recorded among equals (its date starts the document's correction clock).
 */
function decidingSubmission(standing: readonly FilingSubmissionRecord[], justRecorded: string) {
  const rank = (row: FilingSubmissionRecord) => {
    const result = resultOfState(row.state) ?? 'filed';
    return RESULT_WEIGHT[result] * 4 + (row.writtenReminder ? 2 : 0) + (row.id === justRecorded ? 1 : 0);
  };
  return standing.reduce((best, row) => (rank(row) > rank(best) ? row : best));
}

/** A letter's own fields as the views show them. */
function letterFields(letter: FilingLetterRecord) {
  return {
    id: letter.id,
    submissionId: letter.submissionId,
    kind: letter.kind,
    reference: letter.reference,
    datedOn: letter.datedOn,
    dueOn: letter.dueOn,
    repliesTo: letter.repliesTo,
    text: letter.text,
  };
}

/** The submission and its document, or NOT_FOUND. */
function mustFindSubmission(ctx: ServiceContext, submissionId: string) {
  const submission = findFilingSubmission(ctx.db, submissionId);
  if (!submission) throw new DomainError('NOT_FOUND', '没有这条报送记录。');
  return { submission, document: mustFindDocument(ctx, submission.documentId) };
}

/** A 说明函 / 审查建议书 received about a submission, or the agency's reply to one. */
export function addFilingLetter(
  ctx: ServiceContext,
  input: ParsedInput<'filings.addLetter'>,
): DocumentFilingView {
  const actor = requireAccount(ctx);
  requireEventRole(actor, 'RECORD_FILING_RESULT');
  const { submission, document } = mustFindSubmission(ctx, input.submissionId);
  notAfterToday(ctx, input.datedOn, '来函或答复日期');
  if (input.datedOn < submission.sentOn) {
    throw new DomainError(
      'INVALID_INPUT',
      `日期（${input.datedOn}）不能早于报送日期（${submission.sentOn}）。`,
    );
  }
  let dueOn: string | null = null;
  if (input.kind === 'reply') {
    if (!input.repliesTo) throw new DomainError('INVALID_INPUT', '请选择所答复的来函。');
    const request = findFilingLetter(ctx.db, input.repliesTo);
    if (!request || request.submissionId !== submission.id || request.kind === 'reply')
      throw new DomainError('NOT_FOUND', '这次报送没有这份来函。');
    if (listFilingLetters(ctx.db, document.id).some((letter) => letter.repliesTo === request.id))
      throw new DomainError('INVALID_STATE', '这份来函已经答复。');
    if (input.datedOn < request.datedOn) {
      throw new DomainError(
        'INVALID_INPUT',
        `答复日期（${input.datedOn}）不能早于来函日期（${request.datedOn}）。`,
      );
    }
  } else {
    if (input.repliesTo) throw new DomainError('INVALID_INPUT', '来函不能答复另一份来函。');
    const period = activeRuleProfile(ctx).profile.correctionPeriods.rectification.period;
    dueOn = input.dueOn ?? deadline(input.datedOn, period, holidayTable(ctx)).due;
    if (dueOn < input.datedOn)
      throw new DomainError('INVALID_INPUT', `答复期限（${dueOn}）不能早于来函日期（${input.datedOn}）。`);
  }
  const letter: FilingLetterRecord = {
    id: ctx.ids.next(),
    submissionId: submission.id,
    kind: input.kind,
    reference: input.reference,
    datedOn: input.datedOn,
    dueOn,
    repliesTo: input.kind === 'reply' ? (input.repliesTo ?? null) : null,
    text: input.text,
    createdAt: ctx.clock.now().toISOString(),
    createdBy: actor.id,
  };
  insertFilingLetter(ctx.db, letter);
  ctx.describeChange({
    targetType: 'filing_letters',
    targetId: letter.id,
    detail: {
      title: document.title,
      recipient: submission.recipient,
      kind: letter.kind,
      reference: letter.reference,
      datedOn: letter.datedOn,
      dueOn,
      repliesTo: letter.repliesTo,
    },
  });
  return filingsForDocument(ctx, { documentId: document.id });
}

/** The document's filing: deadline, submissions with their outcomes and clocks, letters, packages. */
export function filingsForDocument(deps: Deps, input: { documentId: string }): DocumentFilingView {
  const document = mustFindDocument(deps, input.documentId);
  const profile = activeRuleProfile(deps).profile;
  const holidays = holidayTable(deps);
  const on = today(deps);
  const rule = profile.filing[document.kind];
  const issuance = findIssuance(deps.db, document.id);
  const submissions = listFilingSubmissions(deps.db, document.id);
  const letters = listFilingLetters(deps.db, document.id);
  const packages = listFilingPackages(deps.db, document.id);
  const standing = live(submissions, issuance);
  const state = documentFilingState(document, rule.required, issuance, standing);

  const letterView = (letter: FilingLetterRecord) => {
    const replied = letters.some((candidate) => candidate.repliesTo === letter.id);
    return {
      ...letterFields(letter),
      replied,
      clock: letter.kind !== 'reply' && !replied ? clockOf(letter.dueOn, on, holidays) : null,
    };
  };
  const runningDue =
    state === 'to_submit'
      ? (issuance?.filingDueOn ?? null)
      : state === 'correction'
        ? (standing
            .flatMap((row) =>
              row.state === 'correction' && row.correctionDueOn ? [row.correctionDueOn] : [],
            )
            .sort()[0] ?? null)
        : null;
  const nextRecipients = packages[0] ? defaultRecipients(packages[0].recipients, standing) : [];
  const outcomes = profile.filingOutcomes[document.kind].map((outcome) => ({
    code: outcome.code,
    label: outcome.label,
    result: outcome.result,
    writtenReminder: outcome.writtenReminder,
    correctionPeriod: outcome.correction
      ? describePeriod(profile.correctionPeriods[outcome.correction].period)
      : null,
    basis: outcome.correction
      ? `${outcome.source.basis}；期限：${profile.correctionPeriods[outcome.correction].source.basis}`
      : outcome.source.basis,
  }));
  const rectification = profile.correctionPeriods.rectification;
  return {
    documentId: document.id,
    kind: document.kind,
    status: document.status,
    required: rule.required,
    period: rule.period ? { text: describePeriod(rule.period), basis: rule.source.basis } : null,
    materials: rule.materials,
    issuance: issuance
      ? {
          docNumber: issuance.docNumber,
          registrationNumber: issuance.registrationNumber,
          publishedOn: issuance.publishedOn,
          effectiveOn: issuance.effectiveOn,
          validUntil: issuance.validUntil,
          filingDueOn: issuance.filingDueOn,
        }
      : null,
    state,
    stateLabel: DOCUMENT_FILING_STATE_LABELS[state],
    clock: clockOf(runningDue, on, holidays),
    submissions: submissions.map((row) => {
      const filingPackage = packages.find((candidate) => candidate.id === row.packageId);
      return {
        id: row.id,
        packageId: row.packageId,
        packageFileName: filingPackage?.fileName ?? '',
        reportNumber: filingPackage?.reportNumber ?? '',
        packageSha256: row.packageSha256,
        round: row.round,
        recipient: row.recipient,
        method: row.method,
        sentOn: row.sentOn,
        dueOn: row.dueOn,
        late: row.late,
        state: row.state,
        outcome: row.outcome,
        outcomeLabel: row.outcomeLabel,
        outcomeOn: row.outcomeOn,
        outcomeNote: row.outcomeNote,
        writtenReminder: row.writtenReminder,
        correctionDueOn: row.correctionDueOn,
        clock: row.state === 'correction' ? clockOf(row.correctionDueOn, on, holidays) : null,
        letters: letters.filter((letter) => letter.submissionId === row.id).map(letterView),
      };
    }),
    packages: packages.map((filingPackage, index) => ({
      id: filingPackage.id,
      fileName: filingPackage.fileName,
      reportNumber: filingPackage.reportNumber,
      recipients: filingPackage.recipients,
      sha256: filingPackage.sha256,
      builtAt: filingPackage.builtAt,
      latest: index === 0,
    })),
    nextRecipients,
    nextRound: submissions.reduce((last, row) => Math.max(last, row.round), 0) + 1,
    submitBlockedReason: submitBlockedReason(state, packages.length > 0),
    outcomes,
    letterPeriod: { text: describePeriod(rectification.period), basis: rectification.source.basis },
  };
}

type DocumentFilingState = DocumentFilingView['state'];

const DOCUMENT_FILING_STATE_LABELS: Record<DocumentFilingState, string> = {
  not_required: '无需报送备案',
  not_issued: '尚未印发',
  to_submit: '待报送',
  awaiting: '已报送待登记',
  correction: '暂缓/补正中',
  filed: '已备案',
  refused: '不予备案',
};

function documentFilingState(
  document: DocumentRecord,
  required: boolean,
  issuance: IssuanceRecord | null,
  standing: readonly FilingSubmissionRecord[],
): DocumentFilingState {
  if (!required && standing.length === 0) return 'not_required';
  if (!issuance) return 'not_issued';
  if (standing.length === 0) return 'to_submit';
  if (standing.some((row) => row.state === 'awaiting')) return 'awaiting';
  return combineFilingResults(standing.map((row) => resultOfState(row.state))) ?? 'awaiting';
}

function submitBlockedReason(state: DocumentFilingState, hasPackage: boolean): string | null {
  switch (state) {
    case 'not_required':
      return '按本机关规则配置，这类文件无需报送备案。';
    case 'not_issued':
      return '尚未印发公布，不能报送备案。';
    case 'awaiting':
      return '已报送备案，正在等待备案审查机关登记。';
    case 'filed':
      return '已完成备案。';
    case 'refused':
      return '备案审查机关已作出不予备案的决定，不能再次报送。';
    default:
      return hasPackage ? null : '请先生成备案材料包。';
  }
}

/** The register: one page, with the working days left on each running clock. */
export function listFilings(deps: Deps, input: ParsedInput<'filings.list'>): FilingRegisterPage {
  const profile = activeRuleProfile(deps).profile;
  const holidays = holidayTable(deps);
  const on = today(deps);
  const { items, total } = listRegister(deps.db, { ...input, filedKinds: filedKinds(profile), today: on });
  return {
    items: items.map((entry) => registerRow(entry, on, holidays)),
    total,
    page: input.page,
    pageSize: input.pageSize,
    recipients: registerRecipients(deps.db),
  };
}

function registerRow(entry: RegisterEntry, on: string, holidays: HolidayTable) {
  const { clockDueOn, ...row } = entry;
  return { ...row, clock: clockOf(clockDueOn, on, holidays) };
}

const DUE_ITEMS = 10;

/** The dashboard's filing work: documents to send and corrections to make by deadline, letters to answer. */
export function dueFilings(deps: Deps): FilingDueView {
  const page = (view: 'to_submit' | 'correction') => {
    const result = listFilings(deps, { view, page: 1, pageSize: DUE_ITEMS });
    return { items: result.items, total: result.total };
  };
  const holidays = holidayTable(deps);
  const on = today(deps);
  return {
    toSubmit: page('to_submit'),
    corrections: page('correction'),
    letters: listOpenLetters(deps.db, DUE_ITEMS).map((letter) => ({
      ...letterFields(letter),
      replied: false,
      clock: clockOf(letter.dueOn, on, holidays),
      documentId: letter.documentId,
      title: letter.title,
      recipient: letter.recipient,
    })),
  };
}
