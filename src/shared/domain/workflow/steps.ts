import { type CalendarWarning, deadline } from '../calendar/deadline';
import { addMonths } from '../calendar/isoDate';
import { validUntil } from '../issuance';
import { addWorkingDays } from '../calendar/workingDays';
import { PARTY_REVIEW_DIMENSIONS } from '../ruleCodes';
import { filingOutcomeOf, reviewOutcomeOf, validityTermFor } from '../ruleProfileSchema';
import { DELIBERATION_DECISION_LABELS } from './events';
import {
  changedAfterDeliberation,
  deliberationAfterConclusion,
  materialsBeforeDeliberation,
} from './deliberation';
import * as guards from './guards';
import { requestedAnswerNotPast, submissionTiming } from './submission';
import type { Guard, KindEnv, TransitionSpec, WorkflowContext, WorkflowEffect } from './types';

/** The transitions every machine is built from; a machine adds guards and effects for its kind. */

const warningText = (warnings: readonly CalendarWarning[]) =>
  warnings.map((warning) => warning.message).join('');

export function submitStep(
  reviewName: string,
  extraGuards: Guard<'SUBMIT'>[] = [],
): TransitionSpec<'SUBMIT'> {
  return {
    guards: [requestedAnswerNotPast, ...extraGuards],
    target: () => 'submitted',
    effects: (event, _context, env) => {
      const timing = submissionTiming(event.on, event.requestedAnswerOn ?? null, env);
      return [
        {
          type: 'submitted',
          versionId: event.versionId,
          on: event.on,
          requestedAnswerOn: timing.requestedAnswerOn,
          earliestAnswerOn: timing.earliestAnswerOn,
          warning: timing.warning,
        },
      ];
    },
    describe: (event, _context, _env, effects) => {
      const submitted = effects.find((effect) => effect.type === 'submitted');
      const requested = submitted?.requestedAnswerOn ? `期望答复日期：${submitted.requestedAnswerOn}。` : '';
      return `提交${reviewName}，送审版本：${event.versionLabel ?? event.versionId}。${requested}${submitted?.warning ?? ''}`;
    },
  };
}

export const returnStep: TransitionSpec<'RETURN'> = {
  guards: [],
  target: () => 'returned',
  effects: (event) => [{ type: 'returned', reason: event.reason, on: event.on }],
  describe: (event) => `退回起草单位补正：${event.reason}`,
};

/** 受理: the review clock starts on the day the materials are complete (RULES.md §1.6). */
export function startReviewStep(reviewName: string): TransitionSpec<'START_REVIEW'> {
  return {
    guards: [guards.reviewMaterialsComplete, guards.materialsDateNotLater],
    target: () => 'in_review',
    effects: (event, _context, env) => {
      const start = event.materialsCompleteOn ?? event.on;
      const period = env.profile.reviewPeriod[env.kind];
      const due = deadline(start, { count: period.maxWorkingDays, unit: 'working' }, env.holidays);
      const earliestConclusionOn = addWorkingDays(start, period.minWorkingDays, env.holidays);
      return [
        {
          type: 'review_started',
          materialsCompleteOn: start,
          earliestConclusionOn,
          dueOn: due.due,
          warnings: due.warnings,
        },
      ];
    },
    describe: (_event, _context, env, effects) => {
      const started = effects.find((effect) => effect.type === 'review_started');
      if (!started) return `开始${reviewName}。`;
      const days = env.profile.reviewPeriod[env.kind].maxWorkingDays;
      const term = reviewName.endsWith('审查') ? '审查期限' : '审核期限';
      return `材料齐备（${started.materialsCompleteOn}），开始${reviewName}；${term} ${days} 个工作日，至 ${started.dueOn}。${warningText(started.warnings)}`;
    },
  };
}

export function concludeReviewStep(
  reviewName: string,
  extra: {
    guards?: Guard<'CONCLUDE_REVIEW'>[];
    effects?: TransitionSpec<'CONCLUDE_REVIEW'>['effects'];
  } = {},
): TransitionSpec<'CONCLUDE_REVIEW'> {
  return {
    guards: [guards.conclusionInProfile, guards.conclusionAfterMaterials, ...(extra.guards ?? [])],
    target: (event, _context, env) =>
      reviewOutcomeOf(env.profile, env.kind, event.conclusion)?.returnsToDrafting ? 'returned' : 'reviewed',
    effects: (event, context, env) => {
      const outcome = reviewOutcomeOf(env.profile, env.kind, event.conclusion);
      if (!outcome) return [];
      const nonBlocking = new Set(
        env.profile.partyReviewDimensions
          .filter((dimension) => !dimension.blocking)
          .map((dimension) => dimension.id),
      );
      const reminderDimensions = outcome.writtenReminder
        ? PARTY_REVIEW_DIMENSIONS.filter((id) => event.dimensions?.[id]?.hasProblem && nonBlocking.has(id))
        : [];
      const concluded: WorkflowEffect = {
        type: 'review_concluded',
        conclusion: outcome.code,
        label: outcome.label,
        on: event.on,
        allowsDeliberation: outcome.allowsDeliberation,
        returnsToDrafting: outcome.returnsToDrafting,
        reminderDimensions,
      };
      return [concluded, ...(extra.effects?.(event, context, env) ?? [])];
    },
    describe: (event, _context, env, effects) => {
      const concluded = effects.find((effect) => effect.type === 'review_concluded');
      const label = concluded?.label ?? event.conclusion;
      const reminder = concluded?.reminderDimensions.length
        ? `书面提醒：${concluded.reminderDimensions
            .map(
              (id) => env.profile.partyReviewDimensions.find((dimension) => dimension.id === id)?.label ?? id,
            )
            .join('、')}方面存在问题。`
        : '';
      return `作出${reviewName}结论：${label}。${reminder}`;
    },
  };
}

/** The reviewer checks the revised version against a conclusion that asked for changes (修改后提交). */
export const confirmRevisionStep: TransitionSpec<'CONFIRM_REVISION'> = {
  guards: [guards.revisionAwaited],
  target: () => 'reviewed',
  effects: (event) => [{ type: 'revision_confirmed', versionId: event.versionId, on: event.on }],
  describe: (event) =>
    `确认修改稿（${event.versionLabel ?? event.versionId}）已按审核意见修改。` +
    (event.note ? `说明：${event.note}` : ''),
};

export const reviseStep: TransitionSpec<'REVISE'> = {
  guards: [],
  target: () => 'drafting',
  effects: () => [],
  describe: (event) => (event.note ? `回到起草修改：${event.note}` : '回到起草修改，修改后须重新送审。'),
};

/**
 * 集体审议 on the reviewed text. `first` guards are asked before the others (in 已审议: that the last
 * meeting deferred the decision), the kind's own `guards` after the review's; the meeting's record
 * carries the version it deliberated and the materials checked before it.
 */
export function recordDeliberationStep(
  reviewName: string,
  extra: {
    first?: Guard<'RECORD_DELIBERATION'>[];
    guards?: Guard<'RECORD_DELIBERATION'>[];
    effects?: TransitionSpec<'RECORD_DELIBERATION'>['effects'];
  } = {},
): TransitionSpec<'RECORD_DELIBERATION'> {
  return {
    guards: [
      ...(extra.first ?? []),
      guards.reviewAllowsDeliberation(reviewName),
      guards.revisionConfirmedBeforeDeliberation(reviewName),
      guards.fairCompetitionReviewed,
      ...(extra.guards ?? []),
      deliberationAfterConclusion,
    ],
    target: () => 'deliberated',
    effects: (event, context, env) => [
      {
        type: 'deliberation_recorded',
        heldOn: event.heldOn ?? event.on,
        meetingType: event.meetingType,
        meetingName: event.meetingName,
        attendees: event.attendees,
        decision: event.decision,
        dissent: event.dissent ?? null,
        minutesAttachmentId: event.minutesAttachmentId ?? null,
        versionId: context.versions?.reviewed?.id ?? null,
        contentHash: context.versions?.reviewed?.contentHash ?? null,
        materials: materialsBeforeDeliberation(context, env, reviewName),
      },
      ...(extra.effects?.(event, context, env) ?? []),
    ],
    describe: (event) => {
      const changes =
        event.decision === 'approved_with_changes' ? '按审议意见修改文本并保存为新版本后印发。' : '';
      const dissent = event.dissent ? `不同意见：${event.dissent}` : '';
      return (
        `${event.heldOn ?? event.on} ${event.meetingName}（${event.meetingType}）集体审议，` +
        `出席：${event.attendees.join('、')}；结果：${DELIBERATION_DECISION_LABELS[event.decision]}。${changes}${dissent}`
      );
    },
  };
}

/** 有效期 from the profile's term for the title unless the event gives the years. */
function validity(
  event: { effectiveOn: string; validityYears?: number },
  context: WorkflowContext,
  env: KindEnv,
) {
  const term = validityTermFor(env.profile, env.kind, context.title);
  const years = event.validityYears ?? term?.defaultYears;
  if (years === undefined) return { validUntil: null, expiryReminderOn: null };
  const until = validUntil(event.effectiveOn, years);
  return {
    validUntil: until,
    expiryReminderOn: addMonths(until, -env.profile.validity.expiryReminderMonths),
  };
}

export function issueStep(issueName: string): TransitionSpec<'ISSUE'> {
  return {
    guards: [
      guards.deliberationApproved,
      changedAfterDeliberation,
      guards.deliberationMaterialsComplete,
      guards.fairCompetitionAllowsIssue,
      guards.numbersFollowProfile,
      guards.issueDatesInOrder,
      guards.effectiveDateGap,
      guards.validityWithinMaximum,
    ],
    target: () => 'issued',
    effects: (event, context, env) => {
      const filing = env.profile.filing[env.kind];
      const filingDue =
        filing.required && filing.period ? deadline(event.publishedOn, filing.period, env.holidays) : null;
      return [
        {
          type: 'issued',
          docNumber: event.docNumber,
          registrationNumber: event.registrationNumber ?? null,
          publishedOn: event.publishedOn,
          effectiveOn: event.effectiveOn,
          publishedIn: event.publishedIn,
          shortEffectReason: event.shortEffectReason ?? null,
          ...validity(event, context, env),
          filingDueOn: filingDue?.due ?? null,
          warnings: filingDue?.warnings ?? [],
        },
      ];
    },
    describe: (event, _context, _env, effects) => {
      const issued = effects.find((effect) => effect.type === 'issued');
      const parts = [`${issueName}，发文字号 ${event.docNumber}`];
      if (event.registrationNumber) parts.push(`登记号 ${event.registrationNumber}`);
      parts.push(`${event.publishedOn} 在${event.publishedIn.join('、')}公布，${event.effectiveOn} 起施行`);
      if (issued?.validUntil) parts.push(`有效期至 ${issued.validUntil}`);
      if (issued?.filingDueOn) parts.push(`应于 ${issued.filingDueOn} 前报送备案`);
      return `${parts.join('；')}。${event.shortEffectReason ? `施行日期的说明：${event.shortEffectReason}` : ''}${warningText(issued?.warnings ?? [])}`;
    },
  };
}

export const submitFilingStep: TransitionSpec<'SUBMIT_FILING'> = {
  guards: [guards.issuedBeforeFiling, guards.filingNotBeforePublication],
  target: () => 'issued',
  effects: (event, context, env) => {
    const period = env.profile.filing[env.kind].period;
    const publishedOn = context.issuance?.publishedOn ?? event.on;
    const original = period ? deadline(publishedOn, period, env.holidays) : { due: event.on, warnings: [] };
    // A re-submission after 暂缓/纠正 is due at the end of the correction period instead.
    const dueOn =
      context.filing?.status === 'correction'
        ? (context.filing.correctionDueOn ?? original.due)
        : original.due;
    return [
      {
        type: 'filing_submitted',
        on: event.on,
        recipients: event.recipients,
        dueOn,
        late: event.on > dueOn,
        warnings: original.warnings,
      },
    ];
  },
  describe: (event, _context, _env, effects) => {
    const submitted = effects.find((effect) => effect.type === 'filing_submitted');
    const due = submitted ? `，报送期限至 ${submitted.dueOn}${submitted.late ? '，已逾期报送' : ''}` : '';
    return `报送备案（${event.recipients.join('、')}）${due}。`;
  },
};

export const recordFilingResultStep: TransitionSpec<'RECORD_FILING_RESULT'> = {
  guards: [guards.filingAwaitingResult, guards.filingOutcomeInProfile],
  target: (event, _context, env) =>
    filingOutcomeOf(env.profile, env.kind, event.outcome)?.result === 'filed' ? 'filed' : 'issued',
  effects: (event, _context, env) => {
    const outcome = filingOutcomeOf(env.profile, env.kind, event.outcome);
    if (!outcome) return [];
    const correction = outcome.correction
      ? deadline(event.on, env.profile.correctionPeriods[outcome.correction].period, env.holidays)
      : null;
    return [
      {
        type: 'filing_result',
        outcome: outcome.code,
        label: outcome.label,
        result: outcome.result,
        writtenReminder: outcome.writtenReminder,
        correctionDueOn: correction?.due ?? null,
        warnings: correction?.warnings ?? [],
      },
    ];
  },
  describe: (event, _context, _env, effects) => {
    const result = effects.find((effect) => effect.type === 'filing_result');
    const correction = result?.correctionDueOn
      ? `，应于 ${result.correctionDueOn} 前补正（纠正）后重新报送`
      : '';
    const note = event.note ? `说明：${event.note}` : '';
    return `备案审查结果：${result?.label ?? event.outcome}${correction}。${note}${warningText(result?.warnings ?? [])}`;
  },
};

export const enterIntoForceStep: TransitionSpec<'ENTER_INTO_FORCE'> = {
  guards: [guards.effectiveDateReached],
  target: () => 'in_force',
  effects: (event) => [{ type: 'entered_into_force', on: event.on }],
  describe: (_event, context, env) => {
    const filingOpen = env.profile.filing[env.kind].required && context.filing?.status !== 'filed';
    return `自 ${context.issuance?.effectiveOn ?? ''} 起施行。${filingOpen ? '备案尚未办结，在备案登记簿中继续办理。' : ''}`;
  },
};

/** The issued text is in force or awaiting filing; a revision starts from it. */
const issuedText: Guard<'OPEN_REVISION'> = {
  id: 'revision_of_issued_text',
  contextOnly: true,
  check: (_event, context) => (context.issuance ? null : '文件尚未印发，没有可以修改的正式文本。'),
};

/**
 * 启动修改 (a cleanup decision to amend): back to 起草 with the issued text as the working draft; the
 * revised text goes through review and deliberation again and is issued anew (a new 文号).
 */
export const openRevisionStep: TransitionSpec<'OPEN_REVISION'> = {
  guards: [issuedText],
  target: () => 'drafting',
  effects: (event) => [
    { type: 'revision_opened', on: event.on, reason: event.reason, campaignId: event.campaignId ?? null },
  ],
  describe: (event) => `经文件清理决定修改，以印发文本为底稿重新起草：${event.reason}`,
};
