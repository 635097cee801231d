import type { CalendarWarning } from '../calendar/deadline';
import type { HolidayTable } from '../calendar/holidayTable';
import type { IsoDate } from '../calendar/isoDate';
import type { DocumentKind } from '../documentKinds';
import type { DocumentStatus } from '../documentStatus';
import type { MaterialCheck } from '../materials';
import type {
  FilingOutcomeCode,
  FilingResult,
  PartyReviewDimension,
  ReviewConclusion,
  WorkflowProcedure,
} from '../ruleCodes';
import type { FairCompetitionConclusion } from '../fairCompetition';
import type { RuleProfile } from '../ruleProfileSchema';
import type { DeliberationDecision, EventOf, WorkflowEventType } from './events';
import type { LegalOpinionFact, LegalRiskAcceptance } from './legalOpinionEvents';

export type { LegalOpinionFact, LegalRiskAcceptance } from './legalOpinionEvents';

/** What a machine needs besides the document: the locality's rules and the holiday calendar. */
export interface MachineEnv {
  profile: RuleProfile;
  holidays: HolidayTable;
}

/** The environment bound to the machine's document kind, as guards and steps see it. */
export type KindEnv = MachineEnv & { kind: DocumentKind };

export type ProcedureRecord =
  | {
      completedOn: IsoDate;
      /** 公开征求意见 / 公众参与: the comment window, and why it is shorter than the minimum (if it is). */
      commentPeriod?: { from: IsoDate; to: IsoDate };
      shortenedReason?: string;
      /** The materials that record it (评估论证报告, 征求意见稿及意见采纳情况). */
      attachmentIds?: string[];
    }
  /** `ground`: the profile's exemption a mandatory procedure was left out on. */
  | { notApplicableReason: string; ground?: string };

/** Where the filing stands: sent and awaiting registration, or the registration result. */
export type FilingStatus = 'submitted' | FilingResult;

/**
 * The facts the guards read, assembled by the caller from its records (materials, review case,
 * deliberation, issuance, filing). `applyEffects` gives the context after a transition.
 */
export interface WorkflowContext {
  title: string;
  /** checkMaterials(kind, presence) of the document's current materials. */
  materials: readonly MaterialCheck[];
  /**
   * 涉及经营者经济活动: a 公平竞争审查 conclusion is then needed before deliberation (RULES.md §1.6a). Live:
   * the answer on the document, else the pre-check's suggestion (`touchesBusinessSuggested`).
   */
  touchesBusiness?: boolean;
  touchesBusinessSuggested?: boolean;
  /** The recorded 公平竞争审查 (live, from its record). */
  fairCompetition?: { conclusion: FairCompetitionConclusion; reviewedOn: IsoDate } | null;
  review?: {
    materialsCompleteOn: IsoDate;
    dueOn: IsoDate;
    conclusion: ReviewConclusion | null;
    concludedOn: IsoDate | null;
    /** After a conclusion requiring changes: the day the reviewer confirmed the revised version. */
    revisionConfirmedOn?: IsoDate | null;
  } | null;
  deliberation?: {
    heldOn: IsoDate;
    decision: DeliberationDecision;
    /** The version put to the meeting and its content hash (absent in contexts stored before they were kept). */
    versionId?: string | null;
    contentHash?: string | null;
  } | null;
  issuance?: { publishedOn: IsoDate; effectiveOn: IsoDate; validUntil: IsoDate | null } | null;
  filing?: { status: FilingStatus; submittedOn: IsoDate; correctionDueOn: IsoDate | null } | null;
  /** The last 送审: the requested answer date and the warning given when it was too soon. */
  submission?: {
    on: IsoDate;
    requestedAnswerOn: IsoDate | null;
    earliestAnswerOn: IsoDate;
    warning: string | null;
  } | null;
  /** 重大行政决策 and 行政规范性文件: the procedures done so far. */
  procedures?: Partial<Record<WorkflowProcedure, ProcedureRecord>>;
  /** 重大行政决策: the 法律顾问/公职律师 opinion of the current review round (第二十八条). */
  legalOpinion?: LegalOpinionFact | null;
  /**
   * Live facts the caller reads afresh for each step, like `materials` (never stored): the version under
   * review (送审 or the confirmed revision) and the newest version of the text.
   */
  versions?: { reviewed: VersionFact | null; latest: VersionFact | null };
}

export interface VersionFact {
  id: string;
  contentHash: string;
}

/** One item checked before a meeting (重大行政决策程序暂行条例第二十九条): present, or why it need not be. */
export interface DeliberationMaterialCheck {
  item: string;
  label: string;
  present: boolean;
  /** e.g. the reason a procedure was recorded as not applicable. */
  note?: string;
}

/** What the caller records after a transition (and what `applyEffects` folds into the context). */
export type WorkflowEffect =
  | {
      type: 'submitted';
      versionId: string;
      on: IsoDate;
      /** 期望答复日期 and the earliest day the minimum review period allows (workflow/submission.ts). */
      requestedAnswerOn: IsoDate | null;
      earliestAnswerOn: IsoDate;
      warning: string | null;
    }
  | { type: 'returned'; reason: string; on: IsoDate }
  | {
      type: 'review_started';
      materialsCompleteOn: IsoDate;
      /** Materials-complete + the profile minimum: shown to the reviewer, never a bar to concluding. */
      earliestConclusionOn: IsoDate;
      dueOn: IsoDate;
      warnings: CalendarWarning[];
    }
  | {
      type: 'review_concluded';
      conclusion: ReviewConclusion;
      label: string;
      on: IsoDate;
      allowsDeliberation: boolean;
      returnsToDrafting: boolean;
      /** Dimensions named in a 书面提醒 (党内规范性文件). */
      reminderDimensions: PartyReviewDimension[];
    }
  | { type: 'revision_confirmed'; versionId: string; on: IsoDate }
  | { type: 'procedure_recorded'; procedure: WorkflowProcedure; record: ProcedureRecord }
  | { type: 'legal_opinion_recorded'; opinion: LegalOpinionFact }
  | { type: 'legal_risk_accepted'; acceptance: LegalRiskAcceptance }
  | {
      type: 'deliberation_recorded';
      heldOn: IsoDate;
      meetingType: string;
      meetingName: string;
      attendees: string[];
      decision: DeliberationDecision;
      dissent: string | null;
      minutesAttachmentId: string | null;
      /** The version put to the meeting (the one reviewed), as the caller's live facts give it. */
      versionId: string | null;
      contentHash: string | null;
      materials: DeliberationMaterialCheck[];
    }
  | {
      type: 'issued';
      docNumber: string;
      registrationNumber: string | null;
      publishedOn: IsoDate;
      effectiveOn: IsoDate;
      publishedIn: string[];
      shortEffectReason: string | null;
      validUntil: IsoDate | null;
      expiryReminderOn: IsoDate | null;
      filingDueOn: IsoDate | null;
      warnings: CalendarWarning[];
    }
  | {
      type: 'filing_submitted';
      on: IsoDate;
      recipients: string[];
      dueOn: IsoDate;
      late: boolean;
      warnings: CalendarWarning[];
    }
  | {
      type: 'filing_result';
      outcome: FilingOutcomeCode;
      label: string;
      result: FilingResult;
      writtenReminder: boolean;
      correctionDueOn: IsoDate | null;
      warnings: CalendarWarning[];
    }
  | { type: 'entered_into_force'; on: IsoDate }
  | { type: 'ended'; status: 'expired' | 'repealed'; on: IsoDate; reason: string }
  | {
      type: 'revision_opened';
      on: IsoDate;
      reason: string;
      campaignId: string | null;
    };

/** One line on the document's timeline (events table kind `status_changed` or `workflow_step`). */
export interface TimelineEntry {
  kind: 'status_changed' | 'workflow_step';
  event: WorkflowEventType;
  from: DocumentStatus;
  to: DocumentStatus;
  title: string;
  description: string;
}

export type TransitionResult =
  | { ok: true; state: DocumentStatus; effects: WorkflowEffect[]; timeline: TimelineEntry }
  | { ok: false; code: 'INVALID_STATE' | 'INVALID_INPUT'; reason: string; guard?: string };

/** A named rule that must hold for a transition; returns the Chinese reason when it does not. */
export interface Guard<T extends WorkflowEventType> {
  id: string;
  /** Reads only the context, so `allowedEvents` can grey out a button before any input is given. */
  contextOnly?: boolean;
  check: (event: EventOf<T>, context: WorkflowContext, env: KindEnv) => string | null;
}

export interface TransitionSpec<T extends WorkflowEventType> {
  guards: readonly Guard<T>[];
  target: (event: EventOf<T>, context: WorkflowContext, env: KindEnv) => DocumentStatus;
  effects: (event: EventOf<T>, context: WorkflowContext, env: KindEnv) => WorkflowEffect[];
  describe: (
    event: EventOf<T>,
    context: WorkflowContext,
    env: KindEnv,
    effects: readonly WorkflowEffect[],
  ) => string;
}

export type StateTransitions = { [T in WorkflowEventType]?: TransitionSpec<T> };

export interface StateSpec {
  label: string;
  on: StateTransitions;
}

export interface WorkflowMachine {
  kind: DocumentKind;
  /** 合法性审核 / 合法性审查 / 前置审核 … as the kind's rules call the review. */
  reviewName: string;
  initial: DocumentStatus;
  states: Partial<Record<DocumentStatus, StateSpec>>;
  eventLabels: Record<WorkflowEventType, string>;
  env: KindEnv;
}
