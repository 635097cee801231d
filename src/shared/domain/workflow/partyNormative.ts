import { reviewOutcomeOf, type RuleProfile } from '../ruleProfileSchema';
import { deliberatedMachine } from './machine';
import type { EventOf } from './events';
import type { Guard, KindEnv, MachineEnv, WorkflowMachine } from './types';

/**
 * 党内规范性文件: 前置审核 by the Party committee's regulations office before the committee decides,
 * judged on the four dimensions of 备案审查规定 第十一条 (RULES.md §3.1–3.2). A problem under a blocking
 * dimension (政治性, 合法合规性 in the shipped profiles) stops the document; problems only under the
 * others (合理性, 规范性) let it pass with a 书面提醒. Which dimensions block is a profile setting
 * because the handling rule is unconfirmed [M].
 */

type Dimension = RuleProfile['partyReviewDimensions'][number];
const labels = (dimensions: readonly Dimension[]) =>
  dimensions.map((dimension) => dimension.label).join('、');

/** Conclusions that rest on the four-dimension review (not 退回补充材料 or 不属于规范性文件). */
function isSubmittedToDimensions(event: EventOf<'CONCLUDE_REVIEW'>, env: KindEnv): boolean {
  const outcome = reviewOutcomeOf(env.profile, env.kind, event.conclusion);
  return !!outcome && (outcome.allowsDeliberation || outcome.code === 'PARTY_NOT_PASSED');
}

export const dimensionsAssessed: Guard<'CONCLUDE_REVIEW'> = {
  id: 'party_dimensions_assessed',
  check: (event, _context, env) => {
    if (!isSubmittedToDimensions(event, env)) return null;
    const all = env.profile.partyReviewDimensions;
    const missing = all.filter((dimension) => !event.dimensions?.[dimension.id]);
    return missing.length === 0
      ? null
      : `前置审核应当对${labels(all)}逐项作出审查结论，尚缺：${labels(missing)}。`;
  },
};

export const dimensionsMatchConclusion: Guard<'CONCLUDE_REVIEW'> = {
  id: 'party_dimensions_match_conclusion',
  check: (event, _context, env) => {
    const outcome = reviewOutcomeOf(env.profile, env.kind, event.conclusion);
    if (!outcome || !isSubmittedToDimensions(event, env)) return null;
    const all = env.profile.partyReviewDimensions;
    const problems = all.filter((dimension) => event.dimensions?.[dimension.id]?.hasProblem);
    const blocking = problems.filter((dimension) => dimension.blocking);
    const minor = problems.filter((dimension) => !dimension.blocking);
    if (outcome.allowsDeliberation && blocking.length > 0) {
      return `${labels(blocking)}方面存在问题，不能通过前置审核，应当退回修改。`;
    }
    if (outcome.allowsDeliberation && minor.length > 0 && !outcome.writtenReminder) {
      return `${labels(minor)}方面存在问题，应当选择“${reminderLabel(env)}”并书面提醒。`;
    }
    if (outcome.writtenReminder && minor.length === 0) {
      return `${labels(all.filter((dimension) => !dimension.blocking))}方面均未发现问题，无需书面提醒。`;
    }
    if (!outcome.allowsDeliberation && blocking.length === 0) {
      return `不予通过应当指出${labels(all.filter((dimension) => dimension.blocking))}方面的问题；其他方面的问题可以通过并书面提醒。`;
    }
    return null;
  },
};

function reminderLabel(env: KindEnv): string {
  return env.profile.reviewOutcomes[env.kind].find((outcome) => outcome.writtenReminder)?.label ?? '书面提醒';
}

export function partyNormativeMachine(env: MachineEnv): WorkflowMachine {
  return deliberatedMachine({
    kind: 'party_normative',
    env,
    reviewName: '前置审核',
    issueName: '印发',
    stateLabels: { in_review: '前置审核中' },
    eventLabels: {
      SUBMIT: '报送前置审核',
      START_REVIEW: '受理并开始前置审核',
      CONCLUDE_REVIEW: '作出前置审核结论',
    },
    conclude: { guards: [dimensionsAssessed, dimensionsMatchConclusion] },
  });
}
