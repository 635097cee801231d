import type { Account, ParsedInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import type { WorkflowView } from '../../shared/api/schemas/review';
import { DOCUMENT_STATUS_LABELS } from '../../shared/domain/documentStatus';
import { hasAnyRole, ROLE_LABELS } from '../../shared/domain/roles';
import {
  allowedEvents,
  applyEffects,
  initialContext,
  machineStates,
  transition,
  type TransitionResult,
  type WorkflowContext,
  type WorkflowEffect,
  type VersionFact,
  type WorkflowEvent,
  workflowMachine,
} from '../../shared/domain/workflow';
import { WORKFLOW_EVENT_LABELS } from '../../shared/domain/workflow/events';
import { WORKFLOW_EVENT_ROLES } from '../../shared/domain/workflow/roles';
import { type DocumentRecord, setDocumentStatus } from '../db/repos/documents';
import { insertEvent } from '../db/repos/events';
import { concludeReviewCase, findOpenReviewCase } from '../db/repos/reviewCases';
import { findIssuance } from '../db/repos/issuances';
import { findVersion, latestVersionId } from '../db/repos/versions';
import { findWorkflow, putWorkflow } from '../db/repos/workflowContexts';
import type { Deps } from '../deps';
import { requireAccount, type ServiceContext } from './context';
import { mustFindDocument } from './documents';
import { draftFromIssuedVersion } from './drafting';
import { checkMinutes, prepareIssue, recordDeliberation, recordIssuance } from './issuance';
import { prepareLegalOpinion } from './legalOpinions';
import { marketActivityFacts } from './fairCompetition';
import { listMaterials } from './materials';
import type { PlannedNumber } from './numbers';
import { openReviewCase } from './reviews';
import { activeRuleProfile, holidayTable, today } from './rules';

function machineFor(deps: Deps, document: DocumentRecord) {
  return workflowMachine(document.kind, {
    profile: activeRuleProfile(deps).profile,
    holidays: holidayTable(deps),
  });
}

function versionFact(deps: Deps, versionId: string | null): VersionFact | null {
  const version = versionId ? findVersion(deps.db, versionId) : null;
  return version ? { id: version.id, contentHash: version.contentHash } : null;
}

/**
 * The facts the guards read: what the workflow stored, plus the live ones read afresh (the materials
 * checklist, the version under review and the newest version).
 */
function loadContext(
  deps: Deps,
  document: DocumentRecord,
): { context: WorkflowContext; submittedVersionId: string | null } {
  const stored = findWorkflow(deps.db, document.id);
  const materials = listMaterials(deps, { documentId: document.id }).checks;
  const base = stored
    ? (stored.context as unknown as WorkflowContext)
    : initialContext(document.title, materials);
  const submittedVersionId = stored?.submittedVersionId ?? null;
  const versions = {
    reviewed: versionFact(deps, submittedVersionId),
    latest: versionFact(deps, latestVersionId(deps.db, document.id)),
  };
  const market = marketActivityFacts(deps, document);
  return { context: { ...base, title: document.title, materials, versions, ...market }, submittedVersionId };
}

/** The context as stored: without the live facts. */
function storedFacts(context: WorkflowContext): Omit<WorkflowContext, 'materials' | 'versions'> {
  const {
    materials: _materials,
    versions: _versions,
    touchesBusiness: _touchesBusiness,
    touchesBusinessSuggested: _suggested,
    fairCompetition: _fairCompetition,
    ...facts
  } = context;
  return facts;
}

export function getWorkflow(deps: Deps, input: ParsedInput<'workflow.get'>): WorkflowView {
  const document = mustFindDocument(deps, input.documentId);
  const machine = machineFor(deps, document);
  const { context, submittedVersionId } = loadContext(deps, document);
  return {
    documentId: document.id,
    kind: document.kind,
    state: document.status,
    stateLabel: machine.states[document.status]?.label ?? DOCUMENT_STATUS_LABELS[document.status],
    reviewName: machine.reviewName,
    states: machineStates(machine),
    events: allowedEvents(machine, document.status, context)
      .filter((event) => !CLEANUP_EVENTS.includes(event.type))
      // 明示法律风险 is offered only where it applies: after a 不同意 opinion not yet overridden.
      .filter((event) => event.type !== 'ACCEPT_LEGAL_RISK' || event.blockedReason === null)
      .map((event) => ({
        ...event,
        roles: [...WORKFLOW_EVENT_ROLES[event.type]],
      })),
    submittedVersionId,
    context: storedFacts(context),
  };
}

/** The steps the filing register takes (备案 tab), so that the register and the workflow never disagree. */
const FILING_REGISTER_EVENTS: readonly WorkflowEvent['type'][] = ['SUBMIT_FILING', 'RECORD_FILING_RESULT'];
/** The steps a cleanup campaign takes when it is applied (启动修改), never offered as a button. */
const CLEANUP_EVENTS: readonly WorkflowEvent['type'][] = ['OPEN_REVISION'];

/** The account may take this kind of step (WORKFLOW_EVENT_ROLES). */
export function requireEventRole(actor: Account, type: WorkflowEvent['type']): void {
  const roles = WORKFLOW_EVENT_ROLES[type];
  if (!hasAnyRole(actor.roles, roles)) {
    throw new DomainError(
      'FORBIDDEN',
      `只有${roles.map((role) => ROLE_LABELS[role]).join('或')}可以执行这一步。`,
    );
  }
}

/**
 * One step of the document's lifecycle: the role may take it, the machine's guards allow it, and its
 * effects are recorded (review case, conclusion, deliberation, issuance with its numbers) together with
 * the new status and a timeline entry. 报送备案 and 登记备案结果 are recorded in the filing register,
 * which takes these steps itself.
 */
export function transitionWorkflow(
  ctx: ServiceContext,
  input: ParsedInput<'workflow.transition'>,
): WorkflowView {
  const actor = requireAccount(ctx);
  const document = mustFindDocument(ctx, input.documentId);
  const type = input.event.type;
  if (FILING_REGISTER_EVENTS.includes(type)) {
    throw new DomainError(
      'INVALID_STATE',
      `“${WORKFLOW_EVENT_LABELS[type]}”请在文件的“备案”页签中办理：备案登记簿记录每个备案机关的报送和结果，流程随之变化。`,
    );
  }
  if (CLEANUP_EVENTS.includes(type)) {
    throw new DomainError(
      'INVALID_STATE',
      '已印发文件的修改须经文件清理决定：在“清理”页的清理活动中拟定“修改”并经负责人批准，应用清理结果时重新进入起草。',
    );
  }
  requireEventRole(actor, type);
  const on = today(ctx);
  // 印发: the numbers are given by main (an administrator may correct them), never typed by the 负责人.
  const issue = type === 'ISSUE' ? prepareIssue(ctx, actor, document, input.event) : null;
  const sent =
    type === 'RECORD_LEGAL_OPINION' ? prepareLegalOpinion(ctx, actor, document, input.event) : input.event;
  const event = { ...(issue?.event ?? sent), on } as WorkflowEvent;
  if (event.type === 'SUBMIT') {
    const version = findVersion(ctx.db, event.versionId);
    if (!version || version.documentId !== document.id)
      throw new DomainError('NOT_FOUND', '要送审的版本不存在。');
  }
  if (event.type === 'RECORD_DELIBERATION') checkMinutes(ctx, document, input.event);
  const result = takeWorkflowStep(ctx, document, event, actor, {}, issue?.numbers ?? []);
  ctx.describeChange({
    targetType: 'documents',
    targetId: document.id,
    // An issuance's entry names the numbers given, not only what was typed.
    detail: {
      event: issue?.event ?? sent,
      from: result.timeline.from,
      to: result.timeline.to,
      title: document.title,
    },
  });
  return getWorkflow(ctx, { documentId: document.id });
}

/**
 * Runs a dated event through the document's machine and records what it implies: the effects, the
 * stored context, the status and the timeline entry. Refusals throw the machine's code and reason. The
 * caller has checked the role and describes the change. `facts` overrides parts of the stored context
 * with the records that hold them (the issuance); `numbers` are those an issuance gives.
 */
export function takeWorkflowStep(
  ctx: ServiceContext,
  document: DocumentRecord,
  event: WorkflowEvent,
  actor: Account,
  facts: Partial<WorkflowContext> = {},
  numbers: readonly PlannedNumber[] = [],
): Extract<TransitionResult, { ok: true }> {
  const machine = machineFor(ctx, document);
  const loaded = loadContext(ctx, document);
  const context = { ...loaded.context, ...facts };
  if (event.type === 'CONFIRM_REVISION')
    mustBeRevision(ctx, document, event.versionId, loaded.submittedVersionId);
  const result = transition(machine, document.status, event, context);
  if (!result.ok) throw new DomainError(result.code, result.reason);

  let submittedVersionId = loaded.submittedVersionId;
  const step: Step = { actor, document, numbers };
  for (const effect of result.effects) submittedVersionId = record(ctx, step, effect, submittedVersionId);

  const next = storedFacts(applyEffects(context, result.effects));
  const at = ctx.clock.now().toISOString();
  putWorkflow(ctx.db, document.id, { context: next, submittedVersionId }, at);
  setDocumentStatus(ctx.db, document.id, result.state, at);
  insertEvent(ctx.db, {
    id: ctx.ids.next(),
    documentId: document.id,
    kind: result.timeline.kind,
    at,
    actorId: actor.id,
    detail: { ...result.timeline, on: event.on },
  });
  return result;
}

/** A confirmed revision is the newest version of the document, made after the version that was reviewed. */
function mustBeRevision(
  deps: Deps,
  document: DocumentRecord,
  versionId: string,
  reviewedVersionId: string | null,
): void {
  const version = findVersion(deps.db, versionId);
  if (!version || version.documentId !== document.id)
    throw new DomainError('NOT_FOUND', '要确认的版本不存在。');
  if (versionId !== latestVersionId(deps.db, document.id))
    throw new DomainError('INVALID_STATE', '只能确认最新的版本；请选择修改后保存的最新版本。');
  if (versionId === reviewedVersionId)
    throw new DomainError('INVALID_STATE', '这是审核时的版本，尚未按审核意见修改；请先修改并保存为新版本。');
}

/** Who takes the step on which document, and the numbers an issuance gives. */
interface Step {
  actor: Account;
  document: DocumentRecord;
  numbers: readonly PlannedNumber[];
}

/** Keeps the records an effect implies; returns the submitted version id as it now stands. */
function record(
  deps: Deps,
  { actor, document, numbers }: Step,
  effect: WorkflowEffect,
  submittedVersionId: string | null,
): string | null {
  const actorId = actor.id;
  switch (effect.type) {
    case 'submitted':
      return effect.versionId;
    case 'review_started': {
      if (!submittedVersionId) throw new DomainError('INVALID_STATE', '尚无送审版本，不能开始审核。');
      openReviewCase(deps, document, submittedVersionId, effect, actorId);
      return submittedVersionId;
    }
    case 'review_concluded': {
      const open = findOpenReviewCase(deps.db, document.id);
      if (!open) throw new DomainError('INVALID_STATE', '没有进行中的审核案件。');
      concludeReviewCase(deps.db, open.id, {
        code: effect.conclusion,
        label: effect.label,
        on: effect.on,
        by: actorId,
      });
      return submittedVersionId;
    }
    case 'revision_confirmed':
      // From now on the confirmed revision is the text that goes to deliberation and issuance.
      return effect.versionId;
    case 'deliberation_recorded':
      recordDeliberation(deps, actor, document, effect, submittedVersionId);
      return submittedVersionId;
    case 'issued':
      recordIssuance(deps, actor, document, effect, numbers, submittedVersionId);
      return submittedVersionId;
    case 'revision_opened': {
      const issuance = findIssuance(deps.db, document.id);
      if (!issuance) throw new DomainError('INVALID_STATE', '文件尚未印发，没有可以修改的正式文本。');
      draftFromIssuedVersion(deps, actor, issuance.versionId);
      // The revision is a new text: nothing is under review until it is submitted again.
      return null;
    }
    default:
      return submittedVersionId;
  }
}
